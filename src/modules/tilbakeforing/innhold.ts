import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { BESLUTNINGER, STEG_IDS, TRAKT_STEG } from '@/domain/tilbakeforing';
import { Tekst } from '@/modules/maler/malFormat';

/**
 * The texts of the reunification assessment (content/tilbakeforing/vurderingstrakt.yaml) and the
 * suggested steps of a safe reunification plan (trygg_gjenforening.yaml), in bokmål and nynorsk.
 * The step ids and answers must be exactly those the rules in src/domain/tilbakeforing.ts know.
 */

const Valg = z.strictObject({ verdi: z.string().min(1), etikett: Tekst });

export const TraktSteg = z.strictObject({
  id: z.enum(STEG_IDS as [string, ...string[]]),
  hjemmel: z.string().optional(),
  tittel: Tekst,
  sporsmal: Tekst,
  veiledning: Tekst,
  valg: z.array(Valg).min(2),
  grunnlag: Tekst,
});

export const Trakt = z
  .strictObject({
    kilde: z.string(),
    mal: z.string(),
    tittel: Tekst,
    formal: Tekst,
    steg: z.array(TraktSteg),
    beslutninger: z.array(
      z.strictObject({ verdi: z.enum(BESLUTNINGER), etikett: Tekst, beskrivelse: Tekst }),
    ),
  })
  .superRefine((t, ctx) => {
    const ids = t.steg.map((s) => s.id);
    if (ids.join() !== STEG_IDS.join())
      ctx.addIssue({ code: 'custom', message: `steps must be ${STEG_IDS.join(', ')} in order` });
    for (const s of t.steg) {
      const want = TRAKT_STEG[s.id as keyof typeof TRAKT_STEG] as readonly string[];
      if (s.valg.map((v) => v.verdi).join() !== want.join())
        ctx.addIssue({ code: 'custom', message: `${s.id}: answers must be ${want.join(', ')}` });
    }
    if (t.beslutninger.map((b) => b.verdi).join() !== BESLUTNINGER.join())
      ctx.addIssue({ code: 'custom', message: `decisions must be ${BESLUTNINGER.join(', ')}` });
  });
export type Trakt = z.infer<typeof Trakt>;

export const GjenforeningForslag = z.strictObject({
  kilde: z.string(),
  tittel: Tekst,
  formal: Tekst,
  forslag: z.array(
    z.strictObject({ id: z.string().regex(/^[a-z0-9_]+$/), beskrivelse: Tekst, ansvar: Tekst }),
  ),
});
export type GjenforeningForslag = z.infer<typeof GjenforeningForslag>;

const folder = fileURLToPath(new URL('../../../content/tilbakeforing', import.meta.url));

function load<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(`${folder}/${file}`, 'utf8')));
  if (!parsed.success) throw new Error(`content/tilbakeforing/${file}: ${parsed.error.message}`);
  return parsed.data;
}

let trakt: Trakt | undefined;
let forslag: GjenforeningForslag | undefined;

export const lastTrakt = (): Trakt => {
  trakt ??= load('vurderingstrakt.yaml', Trakt);
  return trakt;
};
export const lastGjenforeningForslag = (): GjenforeningForslag => {
  forslag ??= load('trygg_gjenforening.yaml', GjenforeningForslag);
  return forslag;
};
