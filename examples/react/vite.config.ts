import { defineConfig } from 'vite';

// Vite turns JSX into React's automatic runtime itself; @vitejs/plugin-react adds Fast Refresh
// in development, which this recipe does not need.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
