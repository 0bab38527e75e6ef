import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The React app lives in src/web; Fastify serves the built files from dist/web (or WEB_DIST,
// so that two builds on one machine need not share a folder).
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: process.env.WEB_DIST || fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // One bundle of about 600 kB (mostly React, the router and Designsystemet) is fine for an
    // internal tool on a municipal network; pages are not split yet.
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
