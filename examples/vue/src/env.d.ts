// What TypeScript should make of `import App from './App.vue'` (as in Vue's own templates).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
