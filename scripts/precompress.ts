import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images and fonts are compressed already. */
const TEKST = /\.(js|css|html|svg|json|txt)$/;
/** Below this a compressed copy saves less than the request costs. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip, best level) beside every text
 * file of 1 KiB or more under `dir`, each only where it is smaller than the file. The server sends
 * them to browsers that accept them (`preCompressed` in `src/server/webApp.ts`), so the app's
 * 1.5 MB of JavaScript crosses the network as about 0.3 MB, with no compressing per request.
 * Returns the files written.
 */
export function precompress(dir: string): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEKST.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    const variants: [string, Buffer][] = [
      [`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })],
      [`${file}.gz`, gzipSync(data, { level: 9 })],
    ];
    for (const [name, compressed] of variants) {
      if (compressed.length >= data.length) continue;
      writeFileSync(name, compressed);
      written.push(name);
    }
  }
  return written;
}

/** Vite plugin: compresses the build output once it is written (see `precompress`). */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'landsby-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompress(outDir);
    },
  };
}
