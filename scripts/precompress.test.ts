import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress (build output)', () => {
  it('writes brotli and gzip beside each text file worth it, decompressing to the same bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'landsby-precompress-'));
    mkdirSync(join(dir, 'assets'));
    const js = 'export const tekst = "Oppfølgingsbesøk i fosterhjemmet";\n'.repeat(200);
    writeFileSync(join(dir, 'assets', 'index-abc.js'), js);
    writeFileSync(join(dir, 'assets', 'small.css'), 'a{color:red}');
    writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.alloc(4096, 7));

    const written = precompress(dir).map((f) => f.slice(dir.length + 1));

    expect(written.sort()).toEqual(['assets/index-abc.js.br', 'assets/index-abc.js.gz']);
    const br = readFileSync(join(dir, 'assets', 'index-abc.js.br'));
    expect(br.length).toBeLessThan(js.length / 10);
    expect(brotliDecompressSync(br).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'index-abc.js.gz'))).toString()).toBe(js);
  });
});
