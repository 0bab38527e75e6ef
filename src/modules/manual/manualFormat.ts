import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { HENDELSE_TYPER } from '@/domain/arshjul';
import { Tekst } from '@/modules/maler/malFormat';

/**
 * The user manual (brukermanual, seeds/003 §5.4 and seeds/001) as content: for each course
 * (the child's and the foster home's) its phases before, during and after a placement, and in
 * each phase the points that say what to do, why, on what legal basis, with which templates
 * and årshjul rules. See content/manual/README.md.
 */

/** The six levels the manual speaks to (decision 0008). */
export const NIVAER = ['barnet', 'fosterforeldre', 'foreldre', 'egne_barn', 'nettverk', 'tjenesten'] as const;

export const Punkt = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** Goes up when the point's text changes, so services that adapted it see the change. */
  versjon: z.number().int().min(1),
  niva: z.enum(NIVAER),
  tittel: Tekst,
  hva: Tekst,
  hvorfor: Tekst,
  hjemmel: z.string().optional(),
  ansvar: z.enum(['kontaktperson', 'teamleder', 'leder', 'veileder', 'rekrutterer']),
  /** Templates that carry the work; a finished document from one of them marks the point done. */
  maler: z.array(z.string()).default([]),
  /** Årshjul events that mark the point done. */
  hendelser: z.array(z.enum(HENDELSE_TYPER)).default([]),
  /** Programmes the point uses (by id in content/programmer, e.g. en_god_start, veien_videre), as they land. */
  programmer: z.array(z.string()).default([]),
});
export type Punkt = z.infer<typeof Punkt>;

export const Fase = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  del: z.enum(['for', 'under', 'etter']),
  tittel: Tekst,
  beskrivelse: Tekst,
  punkter: z.array(Punkt).min(1),
});
export type Fase = z.infer<typeof Fase>;

export const Forlop = z.strictObject({
  forlop: z.enum(['barn', 'fosterhjem']),
  versjon: z.number().int().min(1),
  tittel: Tekst,
  innledning: Tekst,
  faser: z.array(Fase).length(6),
});
export type Forlop = z.infer<typeof Forlop>;

/** The phases of each course, in order (seeds/004). */
export const FASER = {
  barn: ['tildeling', 'formidling', 'innflytting', 'oppfolging', 'avslutning', 'ettervern'],
  fosterhjem: ['rekruttering', 'opplaering', 'oppdrag', 'oppfolging', 'avslutning', 'gjenrekruttering'],
} as const;

let cache: { barn: Forlop; fosterhjem: Forlop } | undefined;

export function lastManual(): { barn: Forlop; fosterhjem: Forlop } {
  if (cache) return cache;
  const read = (name: 'barn' | 'fosterhjem') => {
    const file = fileURLToPath(new URL(`../../../content/manual/${name}.yaml`, import.meta.url));
    const parsed = Forlop.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`manual/${name}.yaml: ${parsed.error.message}`);
    const ids = parsed.data.faser.map((f) => f.id);
    if (ids.join() !== FASER[name].join())
      throw new Error(`manual/${name}.yaml: phases must be ${FASER[name].join(', ')}`);
    return parsed.data;
  };
  cache = { barn: read('barn'), fosterhjem: read('fosterhjem') };
  return cache;
}
