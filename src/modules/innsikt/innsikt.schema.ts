import { z } from 'zod';
import { isoDate } from '@/modules/core/fields.schema';

const n = z.number().nullable();
const Andel = z.object({ barn: n, oppfylt: n, andel: n });

export const Maal = z.object({
  flytting: z.object({
    plasseringer: n,
    barn: n,
    plasseringsar: z.number(),
    avsluttet: n,
    utilsiktet: n,
    utilsiktetPer100Ar: n,
    utilsiktetAndel: n,
    forsteAr: z.object({ kohort: n, utilsiktet: n, andel: n }),
    etterType: z.record(z.string(), z.object({ avsluttet: n, utilsiktet: n })),
    etterInitiativ: z.record(z.string(), n),
    etterArsak: z.record(z.string(), n),
  }),
  medianDager: n,
  etterlevelse: z.object({
    oppfolgingsbesok: Andel,
    tilsynsbesok: Andel,
    tilsynsrapporter: z.object({ antall: n, iTide: n, andel: n }),
  }),
  skjult: z.boolean().optional(),
});

export const PeriodeQuery = z
  .strictObject({ fra: isoDate, til: isoDate })
  .refine((p) => p.fra <= p.til, { path: ['til'], message: 'date_order' });

const Periode = z.object({ fra: z.string(), til: z.string() });

export const TjenesteInnsikt = z.object({
  periode: Periode,
  tjeneste: z.object({ id: z.uuid(), navn: z.string(), maal: Maal.nullable() }),
  team: z.array(z.object({ id: z.uuid(), navn: z.string(), maal: Maal })),
  trend: z.array(
    z.object({ fra: z.string(), til: z.string(), utilsiktet: z.number(), utilsiktetPer100Ar: n }),
  ),
});

export const SamarbeidInnsikt = z.object({
  periode: Periode,
  samarbeid: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      samlet: Maal,
      tjenester: z.array(
        z.object({
          id: z.uuid(),
          navn: z.string(),
          maal: Maal,
          /** Programme fidelity per programme: counts from 1 to 4 hidden (null). */
          program: z.array(
            z.object({
              programId: z.string(),
              programNavn: z.string(),
              startet: n,
              akseptert: n,
              alleGjennomfort: n,
              alleITide: n,
            }),
          ),
          /** Treasure-map products adopted, and how many of them were used in the period. */
          produkter: z.object({ adoptert: z.number().int(), iBruk: z.number().int() }),
        }),
      ),
    }),
  ),
});
export type SamarbeidInnsikt = z.infer<typeof SamarbeidInnsikt>;

export const ExportQuery = z.strictObject({
  fra: isoDate,
  til: isoDate,
  niva: z.enum(['tjeneste', 'samarbeid']).default('tjeneste'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

/** Adopted products in use in the service over a period. */
export const ProduktBruk = z.object({
  periode: z.object({ fra: z.string(), til: z.string() }),
  definisjon: z.string(),
  produkter: z.array(
    z.object({
      produktId: z.string(),
      tittel: z.string(),
      status: z.enum(['adoptert', 'avsluttet']),
      adoptertDato: z.string().nullable(),
      dokumenter: z.number().int(),
      ferdigeDokumenter: z.number().int(),
      samlinger: z.number().int(),
      harMalerEllerProgram: z.boolean(),
    }),
  ),
});
export type ProduktBruk = z.infer<typeof ProduktBruk>;
