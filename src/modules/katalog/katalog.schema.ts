import { z } from 'zod';
import { isoDate } from '@/modules/core/fields.schema';
import { Anbefaling, Kontakt, Oy, ProduktStatus, Ressurs } from '@/modules/katalog/katalogFormat';

const Tekst = z.object({ nb: z.string(), nn: z.string() });
const TekstInput = z.strictObject({
  nb: z.string().trim().min(1).max(3000),
  nn: z.string().trim().min(1).max(3000),
});

export const ProduktId = z.object({ productId: z.string().regex(/^[a-z0-9_]{3,60}$/) });
export const AdopsjonStatus = z.enum(['interessert', 'adoptert', 'avsluttet']);
export const StegStatus = z.enum(['ikke_startet', 'pagar', 'fullfort']);

export const ListQuery = z.object({
  oy: Oy.optional(),
  status: ProduktStatus.optional(),
  anbefaling: z.coerce.number().int().min(1).max(4).optional(),
  ressurs: z.enum(['liten', 'moderat', 'hoy', 'ukjent']).optional(),
  adopsjon: z.enum(['interessert', 'adoptert', 'avsluttet', 'ingen']).optional(),
});

const AdopsjonKort = z.object({
  status: AdopsjonStatus,
  adoptertDato: z.string().nullable(),
  version: z.number().int(),
  fremdrift: z.object({ fullfort: z.number().int(), totalt: z.number().int(), forfalt: z.number().int() }),
});

export const ProduktView = z.object({
  id: z.string(),
  oy: Oy,
  kilde: z.string(),
  prosjekter: z.array(z.string()),
  status: ProduktStatus,
  anbefaling: z.number().int(),
  ressurs: Ressurs.nullable(),
  ressursMerknad: Tekst.nullable(),
  tittel: Tekst,
  beskrivelse: Tekst,
  vurdering: Tekst,
  kontakt: z.array(z.object({ navn: z.string(), organisasjon: z.string() })),
  iLandsby: Tekst.nullable(),
  maler: z.array(z.object({ id: z.string(), tittel: Tekst })),
  programmer: z.array(z.string()),
  regler: z.array(z.string()),
  sistEndret: z.string().nullable(),
  nytt: z.boolean(),
  adopsjon: AdopsjonKort.nullable(),
});

const Betydning = z.object({ navn: Tekst, betydning: Tekst });
export const Ramme = z.object({
  oyer: z.array(z.object({ id: Oy, nummer: z.number().int(), navn: Tekst })),
  status: z.object({ gull: Betydning, solv: Betydning }),
  anbefalinger: z.record(z.string(), z.object({ kort: Tekst, betydning: Tekst })),
  ressurser: z.record(z.string(), Betydning),
  prosjekter: z.array(
    z.object({ id: z.string(), nummer: z.string(), navn: z.string(), kommuner: z.array(z.string()) }),
  ),
});

export const KatalogListe = z.object({ ramme: Ramme, items: z.array(ProduktView) });

export const Steg = z.strictObject({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/),
  tekst: z.string().trim().min(1).max(300),
  ansvarlig: z
    .string()
    .trim()
    .max(120)
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  frist: isoDate.nullable(),
  status: StegStatus,
});

/** A step as the API returns it. */
const StegUt = z.object({
  id: z.string(),
  tekst: z.string(),
  ansvarlig: z.string().nullable(),
  frist: z.string().nullable(),
  status: StegStatus,
});

export const ProduktDetalj = z.object({
  produkt: ProduktView,
  ramme: Ramme,
  adopsjon: z
    .object({
      status: AdopsjonStatus,
      adoptertDato: z.string().nullable(),
      plan: z.array(StegUt),
      version: z.number().int(),
      updatedAt: z.string(),
    })
    .nullable(),
  bruk: z
    .object({
      dokumenter: z.number().int(),
      ferdigeDokumenter: z.number().int(),
      dokumenterSidenAdopsjon: z.number().int(),
      perMal: z.array(z.object({ malId: z.string(), antall: z.number().int() })),
      okterGjennomfort: z.number().int(),
      forlop: z.number().int(),
    })
    .nullable(),
  samarbeid: z.array(z.object({ id: z.string(), navn: z.string() })),
});

export const AdopsjonBody = z.strictObject({
  status: AdopsjonStatus,
  /** 0 when the service has no record for the product yet. */
  version: z.number().int().min(0),
});

export const PlanBody = z.strictObject({
  plan: z.array(Steg).max(30),
  version: z.number().int().min(1),
});

export const AdopsjonSvar = z.object({
  status: AdopsjonStatus,
  version: z.number().int(),
  plan: z.array(StegUt),
});

export const EndringFelter = z.strictObject({
  oy: Oy.optional(),
  status: ProduktStatus.optional(),
  anbefaling: Anbefaling.optional(),
  ressurs: Ressurs.nullable().optional(),
  tittel: TekstInput.optional(),
  beskrivelse: TekstInput.optional(),
  vurdering: TekstInput.optional(),
  kontakt: z.array(Kontakt).min(1).max(6).optional(),
  prosjekter: z
    .array(z.string().regex(/^[a-z0-9_]+$/))
    .max(8)
    .optional(),
});
export type EndringFelter = z.infer<typeof EndringFelter>;

export const EndringBody = z.strictObject({
  /** Which of the caller's collaborations the change is for; needed when there are several. */
  samarbeidId: z.uuid().optional(),
  endring: EndringFelter,
  begrunnelse: z.string().trim().min(5).max(1000),
});

export const Historikk = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      samarbeid: z.object({ id: z.string(), navn: z.string() }),
      endring: z.record(z.string(), z.unknown()),
      begrunnelse: z.string(),
      endretAv: z.string().nullable(),
      tidspunkt: z.string(),
    }),
  ),
});

export const Nettverk = z.object({
  samarbeid: z.array(
    z.object({
      id: z.string(),
      navn: z.string(),
      tjenester: z.array(z.object({ id: z.string(), navn: z.string() })),
      produkter: z.array(
        z.object({
          produktId: z.string(),
          interessert: z.array(z.string()),
          adoptert: z.array(z.string()),
          avsluttet: z.array(z.string()),
        }),
      ),
    }),
  ),
});
