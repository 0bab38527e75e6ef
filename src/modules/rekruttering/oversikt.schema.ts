import { z } from 'zod';
import { HJEMTYPER, KILDER, TID_FASER, TRAKT_FASER, UTFALL_FASER } from '@/domain/rekrutteringOversikt';
import { isoDate } from '@/modules/core/fields.schema';

/** A period, both ends included; without one, the last twelve months up to today (Europe/Oslo). */
export const OversiktQuery = z
  .strictObject({ fra: isoDate.optional(), til: isoDate.optional() })
  .refine((p) => !p.fra || !p.til || p.fra <= p.til, { path: ['til'], message: 'date_order' });

export const OVERSIKT_TABELLER = ['alle', 'trakt', 'konvertering', 'tid', 'utfall', 'tilgjengelige'] as const;

export const OversiktExportQuery = z
  .strictObject({
    fra: isoDate.optional(),
    til: isoDate.optional(),
    tabell: z.enum(OVERSIKT_TABELLER).default('alle'),
    format: z.enum(['csv', 'xlsx']).default('csv'),
  })
  .refine((p) => !p.fra || !p.til || p.fra <= p.til, { path: ['til'], message: 'date_order' });

/** A count; null when hidden (from 1 to 4 where small numbers are suppressed). */
const N = z.number().nullable();
const perFase = <T extends readonly [string, ...string[]]>(faser: T) =>
  z.object(Object.fromEntries(faser.map((f) => [f, N])) as Record<T[number], typeof N>);

const TraktRad = z.object({
  kilde: z.enum(KILDER).nullable(),
  nadd: perFase(TRAKT_FASER),
  konvertering: perFase(TRAKT_FASER),
});
const Varighet = z.object({ antall: N, medianDager: N });
const Utfall = z.object({ antall: N, arsaker: z.record(z.string(), N) });
const Tilgjengelig = z.object({
  hjemtype: z.enum(HJEMTYPER).nullable(),
  antall: N,
  medianDager: N,
  lengsteDager: N,
});

export const RekrutteringOversikt = z.object({
  periode: z.object({ fra: z.string(), til: z.string() }),
  /** The date the ongoing stays and the waiting times are counted up to. */
  idag: z.string(),
  /** Counts from 1 to 4 are hidden (a head of a municipal service seeing other organisations' cases). */
  skjult: z.boolean(),
  trakt: z.object({ totalt: TraktRad, perKilde: z.array(TraktRad) }),
  tid: z.array(z.object({ fase: z.enum(TID_FASER), ferdige: Varighet, pagaende: Varighet })),
  utfall: z.object({
    godkjent: N,
    formidlet: N,
    trukket: Utfall,
    avslatt: Utfall,
    avsluttet: Utfall,
  }),
  tilgjengelige: z.object({ totalt: Tilgjengelig, perType: z.array(Tilgjengelig) }),
  /** Stage, source and reason names from content/rekruttering/pipeline.yaml, in the user's language. */
  etiketter: z.object({
    faser: z.record(z.string(), z.string()),
    kilder: z.record(z.string(), z.string()),
    arsaker: z.object(
      Object.fromEntries(UTFALL_FASER.map((f) => [f, z.record(z.string(), z.string())])) as Record<
        (typeof UTFALL_FASER)[number],
        z.ZodRecord<z.ZodString, z.ZodString>
      >,
    ),
  }),
});
export type RekrutteringOversiktSvar = z.infer<typeof RekrutteringOversikt>;
