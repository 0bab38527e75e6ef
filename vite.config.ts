import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/precompress.ts';

// The React app lives in src/web; Fastify serves the built files from dist/web (or WEB_DIST,
// so that two builds on one machine need not share a folder).
export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompressPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: process.env.WEB_DIST || fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // One bundle of about 1.5 MB (React, the router, Designsystemet and every page), sent as
    // about 0.3 MB of brotli and cached for a year (src/server/webApp.ts); pages are not split yet.
    chunkSizeWarningLimit: 1600,
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
