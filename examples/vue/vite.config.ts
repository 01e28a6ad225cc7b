import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tell Vue's template compiler that <support-finder> is a custom element, not a Vue
      // component: without this Vue warns "Failed to resolve component: support-finder".
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'support-finder' } },
    }),
  ],
});
