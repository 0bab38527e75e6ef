import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { AVSLUTTENDE_FASER, FASER_I_LOP } from '@/domain/rekruttering';
import { Tekst } from '@/modules/maler/malFormat';

const Kode = z.string().regex(/^[a-z0-9_]+$/);
const Valg = z.strictObject({ id: Kode, tittel: Tekst });

/**
 * The shared recruitment pipeline (content/rekruttering/pipeline.yaml): the stages with their
 * guidance and checklist points, the terminal stages, where families come from, and the reason
 * codes for withdrawn, rejected and ended cases, in bokmål and nynorsk.
 */
export const Pipeline = z
  .strictObject({
    kilde: z.string().min(1),
    faser: z
      .array(
        z.strictObject({
          id: z.enum(FASER_I_LOP),
          tittel: Tekst,
          veiledning: Tekst,
          punkter: z.array(
            z.strictObject({
              id: Kode,
              pakrevd: z.boolean(),
              gjelder: z.literal('egne_barn').optional(),
              tittel: Tekst,
            }),
          ),
        }),
      )
      .length(FASER_I_LOP.length),
    avsluttende: z
      .array(z.strictObject({ id: z.enum(AVSLUTTENDE_FASER), tittel: Tekst, veiledning: Tekst }))
      .length(AVSLUTTENDE_FASER.length),
    kilder: z.array(Valg).min(1),
    arsaker: z.strictObject({
      trukket: z.array(Valg).min(1),
      avslatt: z.array(Valg).min(1),
      avsluttet: z.array(Valg).min(1),
    }),
  })
  .superRefine((p, ctx) => {
    p.faser.forEach((f, i) => {
      if (f.id !== FASER_I_LOP[i])
        ctx.addIssue({ code: 'custom', message: `stage ${i} must be ${FASER_I_LOP[i]}` });
    });
    const ids = p.faser.flatMap((f) => f.punkter.map((x) => x.id));
    const dupe = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dupe) ctx.addIssue({ code: 'custom', message: `checklist point ${dupe} appears twice` });
  });
export type Pipeline = z.infer<typeof Pipeline>;

const file = fileURLToPath(new URL('../../../content/rekruttering/pipeline.yaml', import.meta.url));

let cached: Pipeline | undefined;

export function lastPipeline(): Pipeline {
  if (cached) return cached;
  const parsed = Pipeline.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/rekruttering/pipeline.yaml: ${parsed.error.message}`);
  cached = parsed.data;
  return cached;
}

/** Every checklist point id, with the stage it belongs to. */
export function punktFase(pipeline: Pipeline, punktId: string): string | undefined {
  return pipeline.faser.find((f) => f.punkter.some((p) => p.id === punktId))?.id;
}
