import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from '@/server/errors';

/** A year: the build names every asset by its content hash, so an asset never changes. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app from `root` (when it is built), and answers every other address:
 * a page address gets the app's index.html, which owns it; the API and assets keep the
 * problem+json 404. Assets are sent as the build compressed them (brotli or gzip, see
 * `scripts/precompress.ts`) to browsers that accept it, and cached for a year; index.html is
 * revalidated on every load (`no-cache`), so a new release reaches everyone at once.
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  const hasWeb = existsSync(root);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      // Files are looked up per request, so a rebuild needs no restart.
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? ASSET_CACHE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const page =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/');
    if (hasWeb && page) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, request.locale, 404, 'not_found');
  });
}
