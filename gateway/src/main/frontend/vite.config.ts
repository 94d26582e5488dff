/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Maven passes the output directory (target/classes/static) so that the gateway serves the build
// from its jar; run on its own, the build lands in dist/.
const outDir = process.env.GROENAGENDA_UI_OUT_DIR ?? 'dist';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // The gateway's CSP forbids inline scripts and styles: no inlined module preload polyfill,
    // no assets inlined as data: URLs that the policy would then have to allow.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files stay in the browser's cache
        // across releases of the app's own code.
        manualChunks(id: string) {
          if (id.includes('node_modules/@utrecht/')) return 'nl-design-system';
          if (/node_modules\/(react|react-dom|react-router|scheduler|cookie|set-cookie-parser|@babel\/runtime)\//.test(id)) return 'react';
          // Everything else (Leaflet) goes with the lazily loaded section that needs it.
          return undefined;
        },
      },
    },
  },
  server: {
    // `npm run dev` against a running gateway: the session cookie stays on the gateway's origin.
    proxy: {
      '/api': 'http://localhost:8080',
      '/session': 'http://localhost:8080',
      '/oauth2': 'http://localhost:8080',
      '/login': 'http://localhost:8080',
      '/logout': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // Room for the 5 s that findBy* may wait (src/test/setup.ts) on a loaded CI machine.
    testTimeout: 20_000,
    unstubGlobals: true,
  },
});
