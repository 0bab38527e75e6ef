import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { Tekst } from '@/modules/maler/malFormat';

/**
 * The programme format (content/programmer/*.yaml): En god start for a new foster home and
 * Veien videre for parents after a care order. Every text exists in bokmål and nynorsk. A run
 * keeps the programme version it was proposed with.
 */

export const VerktoyType = z.enum(['undervisning', 'film', 'refleksjon', 'oppgave']);

const Klokkeslett = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const Planlegging = z
  .strictObject({
    /** One session every n months, on the same day of the month as the first. */
    intervallMaaneder: z.number().int().min(1).max(12).optional(),
    /** One session every n weeks. */
    intervallUker: z.number().int().min(1).max(26).optional(),
    /** The first session this many days after the start date. */
    forsteEtterDager: z.number().int().min(0).max(365),
    /** Default time of day, Europe/Oslo. */
    klokkeslett: Klokkeslett,
  })
  .refine((p) => (p.intervallMaaneder === undefined) !== (p.intervallUker === undefined), {
    message: 'exactly one of intervallMaaneder and intervallUker',
  });
export type Planlegging = z.infer<typeof Planlegging>;

export const Samling = z.strictObject({
  nummer: z.number().int().min(1),
  tema: Tekst,
  mal: Tekst,
  verktoy: z.array(z.strictObject({ type: VerktoyType, tekst: Tekst })).min(1),
  tenkPaFor: Tekst,
  veiledning: Tekst,
});
export type Samling = z.infer<typeof Samling>;

export const Program = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_]+$/),
    versjon: z.number().int().min(1),
    navn: Tekst,
    malgruppe: z.enum(['fosterhjem', 'foreldre']),
    frivillig: z.boolean(),
    kilde: Tekst,
    beskrivelse: Tekst,
    planlegging: Planlegging,
    dokumentmal: z.string().regex(/^[a-z0-9_]+$/),
    samlinger: z.array(Samling).min(1).max(20),
    avslutning: Tekst,
  })
  .refine((p) => p.samlinger.every((s, i) => s.nummer === i + 1), {
    message: 'samlinger must be numbered 1, 2, 3 … in order',
    path: ['samlinger'],
  });
export type Program = z.infer<typeof Program>;

const folder = fileURLToPath(new URL('../../../content/programmer', import.meta.url));

let cache: Map<string, Program> | undefined;

/** Every programme in content/programmer, validated; throws naming the file when one is malformed. */
export function lastProgrammer(dir = folder): Map<string, Program> {
  if (cache && dir === folder) return cache;
  const programmer = new Map<string, Program>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  for (const file of files.sort()) {
    const parsed = Program.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    if (`${parsed.data.id}.yaml` !== file)
      throw new Error(`${file}: id ${parsed.data.id} does not match the file name`);
    programmer.set(parsed.data.id, parsed.data);
  }
  if (dir === folder) cache = programmer;
  return programmer;
}

/** The programme ids the engine has rules for (automatic proposal, who a run is for). */
export const EN_GOD_START = 'en_god_start';
export const VEIEN_VIDERE = 'veien_videre';
