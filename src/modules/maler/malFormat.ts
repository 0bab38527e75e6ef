import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The template format (content/maler/*.yaml). Every text exists in bokmål and nynorsk; every
 * section and field can carry guidance (veiledende tekst) and a legal reference. Documents keep
 * a snapshot of the template version they were written with. See content/maler/README.md.
 */

export const Tekst = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1) });
export type Tekst = z.infer<typeof Tekst>;

const Valg = z.strictObject({ verdi: z.string().min(1), etikett: Tekst });

export const FeltType = z.enum([
  'tekst', // one line
  'langtekst', // paragraphs
  'dato',
  'valg', // one of `valg`
  'flervalg', // several of `valg`
  'sjekkliste', // items to tick, each with an optional comment
  'personer', // people from the case (family, foster family, village, staff)
  'barnets_stemme', // the child's own words, how the child took part (SSB codes), how it was weighed
]);

export const Felt = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_]+$/),
    type: FeltType,
    etikett: Tekst,
    veiledning: Tekst.optional(),
    pakrevd: z.boolean().default(false),
    valg: z.array(Valg).optional(),
    /** Text the field starts with; may hold merge fields like {barn.fornavn} (letters). */
    standardtekst: Tekst.optional(),
  })
  .refine((f) => !['valg', 'flervalg', 'sjekkliste'].includes(f.type) || (f.valg?.length ?? 0) > 0, {
    message: 'choices needed',
  });
export type Felt = z.infer<typeof Felt>;

export const Seksjon = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  tittel: Tekst,
  veiledning: Tekst,
  /** The legal basis of the section, e.g. "Forskrift om fosterhjem § 10". */
  hjemmel: z.string().optional(),
  /** A working section for the writer (preparation, checks) left out of exported letters. */
  intern: z.boolean().default(false),
  felter: z.array(Felt).min(1),
});
export type Seksjon = z.infer<typeof Seksjon>;

export const Mal = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  versjon: z.number().int().min(1),
  kategori: z.enum(['samtale', 'plan', 'sjekkliste', 'vurdering', 'rapport', 'brev', 'oversikt']),
  /** What the document is written about. */
  gjelder: z.enum(['barn', 'fosterhjem', 'forelder']),
  /** Whether a team leader must approve the finished document. */
  godkjenning: z.boolean(),
  /** The årshjul rule a finished document of this template can complete. */
  oppgaveRegel: z
    .enum([
      'oppfolgingsbesok',
      'tilsynsbesok',
      'tilsynsrapport',
      'plan_evaluering',
      'ettervern',
      'avtale_evaluering',
      'foreldresamtale',
      'tilbakeforing',
      'arlig_evaluering',
      'samtale_ovrige_barn',
    ])
    .optional(),
  /** Where the template comes from, e.g. "seeds/003 §5.9.1 nr. 5 (P6)". */
  kilde: z.string(),
  tittel: Tekst,
  formal: Tekst,
  hjemmel: z.array(z.string()).default([]),
  seksjoner: z.array(Seksjon).min(1),
});
export type Mal = z.infer<typeof Mal>;

const folder = fileURLToPath(new URL('../../../content/maler', import.meta.url));

let cache: Map<string, Mal> | undefined;

/** Every template in content/maler, validated; throws naming the file when one is malformed. */
export function lastMaler(dir = folder): Map<string, Mal> {
  if (cache && dir === folder) return cache;
  const maler = new Map<string, Mal>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const parsed = Mal.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    if (`${parsed.data.id}.yaml` !== file)
      throw new Error(`${file}: id ${parsed.data.id} does not match the file name`);
    maler.set(parsed.data.id, parsed.data);
  }
  if (dir === folder) cache = maler;
  return maler;
}
