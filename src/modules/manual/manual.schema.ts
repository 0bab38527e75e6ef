import { z } from 'zod';
import { isoDate } from '@/modules/core/fields.schema';
import { Tekst } from '@/modules/maler/malFormat';
import { LokaltPunkt, PunktTekst } from '@/modules/manual/manual';
import { NIVAER } from '@/modules/manual/manualFormat';

export const ForlopParam = z.enum(['barn', 'fosterhjem']);
export const CaseParams = z.object({ forlop: ForlopParam, id: z.uuid() });
export const PunktParams = z.object({ forlop: ForlopParam, punktId: z.string().max(100) });

const Sist = z
  .object({
    dato: z.string(),
    av: z.string().nullable(),
    kilde: z.enum(['dokument', 'hendelse', 'manuell']),
    id: z.uuid(),
    notat: z.string().nullable(),
  })
  .nullable();

export const ForlopView = z.object({
  forlop: ForlopParam,
  entitetId: z.uuid(),
  fase: z.object({
    id: z.string(),
    fra: z.string(),
    kilde: z.enum(['beregnet', 'manuell']),
    begrunnelse: z.string().nullable(),
    beregnet: z.string(),
  }),
  faser: z.array(
    z.object({
      id: z.string(),
      del: z.enum(['for', 'under', 'etter']),
      tittel: Tekst,
      beskrivelse: Tekst,
      status: z.enum(['tidligere', 'na', 'kommende']),
      punkter: z.array(
        z.object({
          id: z.string(),
          niva: z.enum(NIVAER),
          tittel: Tekst,
          hva: Tekst,
          hvorfor: Tekst,
          hjemmel: z.string().nullable(),
          ansvar: z.string(),
          maler: z.array(z.object({ id: z.string(), tittel: Tekst })),
          hendelser: z.array(z.string()),
          programmer: z.array(z.string()),
          lokal: z.boolean(),
          tilpasset: z.boolean(),
          status: z.enum(['utfort', 'apen', 'kommende']),
          sist: Sist,
        }),
      ),
    }),
  ),
});

export const FaseBody = z.strictObject({
  fase: z.string().max(40).nullable(),
  begrunnelse: z.string().trim().max(1000).nullable().optional(),
});
export const MarkBody = z.strictObject({
  utfort: isoDate,
  notat: z.string().trim().max(2000).nullable().optional(),
});

export const ManualView = z.object({
  forlop: ForlopParam,
  versjon: z.number().int(),
  tittel: Tekst,
  innledning: Tekst,
  faser: z.array(
    z.object({
      id: z.string(),
      del: z.enum(['for', 'under', 'etter']),
      tittel: Tekst,
      beskrivelse: Tekst,
      punkter: z.array(
        z.object({
          id: z.string(),
          versjon: z.number().int(),
          niva: z.enum(NIVAER),
          tittel: Tekst,
          hva: Tekst,
          hvorfor: Tekst,
          hjemmel: z.string().optional(),
          ansvar: z.string(),
          maler: z.array(z.string()),
          hendelser: z.array(z.string()),
          programmer: z.array(z.string()),
          lokal: z.boolean(),
          tilpasset: z.boolean(),
          basisEndret: z.boolean(),
        }),
      ),
    }),
  ),
});

export const AdaptBody = PunktTekst.extend({ version: z.number().int().min(0) });
export const AcceptBody = z.strictObject({ folgBasis: z.boolean() });
export const LokaltPunktBody = LokaltPunkt;

export const PunktDetalj = z.object({
  base: z.object({ tittel: Tekst, hva: Tekst, hvorfor: Tekst, versjon: z.number().int() }).nullable(),
  version: z.number().int(),
  historikk: z.array(
    z.object({ data: z.unknown(), basisVersjon: z.number().int(), endret: z.string(), endretAv: z.string() }),
  ),
});

export const ReviewOverview = z.object({
  intervallUker: z.number().int(),
  items: z.array(
    z.object({
      kontaktperson: z.object({ id: z.uuid(), navn: z.string() }),
      sistGjennomgang: z.string().nullable(),
      nesteGjennomgang: z.string(),
      forfalt: z.boolean(),
      antallBarn: z.number().int(),
      apnePunkter: z.number().int(),
    }),
  ),
});

export const ReviewPrepare = z.object({
  kontaktperson: z.object({ id: z.uuid(), navn: z.string() }),
  barn: z.array(
    z.object({
      barn: z.object({ id: z.uuid(), navn: z.string() }),
      fase: z.string(),
      apne: z.array(z.object({ id: z.string(), tittel: Tekst, ansvar: z.string() })),
    }),
  ),
  forrige: z
    .object({
      dato: z.string(),
      oppsummering: z.string().nullable(),
      avtaler: z.array(
        z.object({
          entitetId: z.uuid(),
          punktId: z.string(),
          avtale: z.string(),
          frist: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
});

export const ReviewBody = z.strictObject({
  kontaktpersonId: z.uuid(),
  dato: isoDate,
  oppsummering: z.string().trim().max(4000).nullable().optional(),
  avtaler: z
    .array(
      z.strictObject({
        barnId: z.uuid(),
        punktId: z.string().max(100),
        avtale: z.string().trim().min(3).max(2000),
        frist: isoDate.nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
});

export const ReviewList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      dato: z.string(),
      teamleder: z.string(),
      oppsummering: z.string().nullable(),
      avtaler: z.array(
        z.object({
          barn: z.object({ id: z.uuid(), navn: z.string() }),
          punktId: z.string(),
          avtale: z.string(),
          frist: z.string().nullable(),
        }),
      ),
    }),
  ),
});
