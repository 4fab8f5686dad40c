import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

// The gateway serves this build under a `default-src 'self'` policy: no inline scripts, and no
// assets inlined as data: URLs (fonts included), so every file comes from the same origin.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@yunghap/kernel': path.join(workspaceRoot, 'libs/shared/kernel/src/index.ts') } },
  build: {
    outDir: path.join(workspaceRoot, 'dist/services/console'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The bundler's timing advice is for plugin authors; in the build's output it only hides real warnings.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // `npx nx serve console`: the pages with hot reload, the gateway (npm start, port 3000) behind them.
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/auth': 'http://127.0.0.1:3000', '/live': 'http://127.0.0.1:3000' } },
});
