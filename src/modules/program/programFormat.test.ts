import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lastMaler } from '@/modules/maler/malFormat';
import { EN_GOD_START, lastProgrammer, type Program, VEIEN_VIDERE } from '@/modules/program/programFormat';

const folder = fileURLToPath(new URL('../../../content/programmer', import.meta.url));

/** Every bilingual text in a value, with where it sits. */
function tekster(v: unknown, path: string, out: { path: string; nb: unknown; nn: unknown }[] = []) {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) tekster(x, `${path}[${i}]`, out);
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('nb' in o || 'nn' in o) out.push({ path, nb: o.nb, nn: o.nn });
    else for (const [k, x] of Object.entries(o)) tekster(x, `${path}.${k}`, out);
  }
  return out;
}

describe('the programmes in content/programmer', () => {
  const programmer = lastProgrammer();

  it('every file parses and is loaded', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect([...programmer.keys()].sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
  });

  it('En god start has exactly six sessions, monthly, for the foster home, and cannot be declined', () => {
    const p = programmer.get(EN_GOD_START) as Program;
    expect(p.samlinger).toHaveLength(6);
    expect(p.malgruppe).toBe('fosterhjem');
    expect(p.planlegging.intervallMaaneder).toBe(1);
    expect(p.frivillig).toBe(false);
  });

  it('Veien videre has exactly four conversations, for parents, who may decline', () => {
    const p = programmer.get(VEIEN_VIDERE) as Program;
    expect(p.samlinger).toHaveLength(4);
    expect(p.malgruppe).toBe('foreldre');
    expect(p.frivillig).toBe(true);
  });

  for (const p of programmer.values()) {
    it(`${p.id}: every text has bokmål and nynorsk, and they differ somewhere`, () => {
      const all = tekster(p, p.id);
      expect(all.length).toBeGreaterThan(10);
      for (const t of all) {
        expect(typeof t.nb === 'string' && t.nb.trim().length > 0, `${t.path}.nb`).toBe(true);
        expect(typeof t.nn === 'string' && t.nn.trim().length > 0, `${t.path}.nn`).toBe(true);
      }
      expect(all.some((t) => t.nb !== t.nn)).toBe(true);
    });

    it(`${p.id}: its document template exists in content/maler`, () => {
      expect(lastMaler().has(p.dokumentmal), p.dokumentmal).toBe(true);
    });
  }

  it('a malformed programme is refused, naming the file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'program-'));
    writeFileSync(join(dir, 'feil.yaml'), 'id: feil\nversjon: 1\n');
    expect(() => lastProgrammer(dir)).toThrow(/feil\.yaml/);
  });
});
