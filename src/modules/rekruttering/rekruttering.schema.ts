import { z } from 'zod';
import { godkjenningType, hjemtype, rekrutteringFase, rekrutteringKilde } from '@/db/schema';
import { Version } from '@/modules/barn/barn.schema';
import { isoDate, optionalText } from '@/modules/core/fields.schema';

export const RekrutteringFase = z.enum(rekrutteringFase.enumValues);
export const RekrutteringKilde = z.enum(rekrutteringKilde.enumValues);
export const Hjemtype = z.enum(hjemtype.enumValues);
export const Avslutning = z.enum(['trukket', 'avslatt', 'avsluttet']);

const Voksen = z.strictObject({
  fornavn: z.string().trim().min(1).max(100),
  etternavn: z.string().trim().min(1).max(100),
  fodselsdato: isoDate.nullable().optional(),
  telefon: z
    .string()
    .trim()
    .max(20)
    .regex(/^[0-9+ ]*$/)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  epost: z
    .union([z.literal(''), z.email().max(200)])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});

// ---- requests -------------------------------------------------------------------------------

/** A family who has shown interest, as the recruiter registers it. */
export const CreateSakBody = z.strictObject({
  /** How the family is named in lists, e.g. "Familien Nilsen". */
  navn: z.string().trim().min(1).max(200),
  voksne: z.array(Voksen).max(4).default([]),
  egneBarn: z.number().int().min(0).max(20).default(0),
  adresse: optionalText(200),
  postnummer: z
    .string()
    .regex(/^(\d{4})?$/)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  poststed: optionalText(100),
  kommunenummer: z
    .string()
    .regex(/^(\d{4})?$/)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  kilde: RekrutteringKilde,
  kildeDetalj: optionalText(200),
  hjemtyper: z.array(Hjemtype).min(1).max(3).default(['ordinaer']),
  forsteKontakt: isoDate,
  /** A recruiter in the owning organisation; the one who registers the family when left out. */
  ansvarligId: z.uuid().nullable().optional(),
});
export type CreateSakBody = z.infer<typeof CreateSakBody>;

/** The details changed, with the version they were read at. */
export const UpdateSakBody = CreateSakBody.extend({ version: Version });
export type UpdateSakBody = z.infer<typeof UpdateSakBody>;

export const ListQuery = z.strictObject({
  fase: RekrutteringFase.optional(),
  kilde: RekrutteringKilde.optional(),
  ansvarligId: z.uuid().optional(),
  /** `egne`: cases the actor's organisation owns; `delte`: cases shared with it. */
  eierskap: z.enum(['egne', 'delte']).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

/** To the next stage (when its required points are done), or back one stage with a note. */
export const StageBody = z.strictObject({
  retning: z.enum(['neste', 'forrige']),
  /** The date the case entered the new stage; today when left out. */
  dato: isoDate.optional(),
  notat: optionalText(1000),
  version: Version,
});
export type StageBody = z.infer<typeof StageBody>;

export const CheckpointParams = z.object({ id: z.uuid(), punktId: z.string().regex(/^[a-z0-9_]{1,60}$/) });

export const CheckpointBody = z.strictObject({
  dato: isoDate,
  notat: optionalText(1000),
});
export type CheckpointBody = z.infer<typeof CheckpointBody>;

/** Share the case with an organisation in a recruitment collaboration, with the family's consent. */
export const ShareBody = z.strictObject({
  tjenesteId: z.uuid(),
  /** The date the family consented to the sharing. */
  samtykkeDato: isoDate,
});
export type ShareBody = z.infer<typeof ShareBody>;

export const ShareParams = z.object({ id: z.uuid(), tjenesteId: z.uuid() });

/** Withdrawn, rejected or ended, with a reason code from content/rekruttering/pipeline.yaml. */
export const CloseBody = z.strictObject({
  utfall: Avslutning,
  arsak: z.string().regex(/^[a-z0-9_]{1,60}$/),
  dato: isoDate.optional(),
  notat: optionalText(1000),
  version: Version,
});
export type CloseBody = z.infer<typeof CloseBody>;

/** One setting or both; what is left out keeps its value. */
export const SettingsBody = z
  .strictObject({
    slettefristManeder: z.number().int().min(1).max(120).optional(),
    kreverNettverkssok: z.boolean().optional(),
    /** 0 when the service has no settings row yet. */
    version: z.number().int().min(0),
  })
  .refine((b) => b.slettefristManeder !== undefined || b.kreverNettverkssok !== undefined, {
    path: ['slettefristManeder'],
    message: 'required',
  });
export type SettingsBody = z.infer<typeof SettingsBody>;

// ---- responses ------------------------------------------------------------------------------

const Organisasjon = z.object({ id: z.uuid(), navn: z.string() });

/** A person in the actor's organisation; `navn` is null when the person belongs to another one. */
const Person = z.object({ id: z.uuid(), navn: z.string().nullable() });

export const SakListItem = z.object({
  id: z.uuid(),
  navn: z.string(),
  fase: RekrutteringFase,
  faseFra: z.string(),
  kilde: RekrutteringKilde,
  forsteKontakt: z.string(),
  hjemtyper: z.array(Hjemtype),
  ansvarlig: Person.nullable(),
  eier: Organisasjon,
  egen: z.boolean(),
  avsluttetArsak: z.string().nullable(),
  version: z.number(),
});
export const SakList = z.object({ items: z.array(SakListItem) });

export const SakDetail = z.object({
  id: z.uuid(),
  navn: z.string(),
  voksne: z.array(
    z.object({
      fornavn: z.string(),
      etternavn: z.string(),
      fodselsdato: z.string().nullable(),
      telefon: z.string().nullable(),
      epost: z.string().nullable(),
    }),
  ),
  egneBarn: z.number(),
  adresse: z.string().nullable(),
  postnummer: z.string().nullable(),
  poststed: z.string().nullable(),
  kommunenummer: z.string().nullable(),
  kilde: RekrutteringKilde,
  kildeDetalj: z.string().nullable(),
  hjemtyper: z.array(Hjemtype),
  fase: RekrutteringFase,
  faseFra: z.string(),
  forsteKontakt: z.string(),
  samtykkeDato: z.string().nullable(),
  avsluttetArsak: z.string().nullable(),
  avsluttetDato: z.string().nullable(),
  godkjenningType: z.enum(godkjenningType.enumValues).nullable(),
  godkjentDato: z.string().nullable(),
  fosterhjemId: z.uuid().nullable(),
  ansvarlig: Person.nullable(),
  eier: Organisasjon,
  egen: z.boolean(),
  /** Whether the actor may work the case (a recruiter in the owner or a shared organisation). */
  kanArbeide: z.boolean(),
  historikk: z.array(
    z.object({
      id: z.uuid(),
      fase: RekrutteringFase,
      fra: z.string(),
      til: z.string().nullable(),
      endretAv: Person,
      endretAvOrganisasjon: Organisasjon,
      notat: z.string().nullable(),
    }),
  ),
  sjekkpunkter: z.array(
    z.object({
      punktId: z.string(),
      dato: z.string(),
      notat: z.string().nullable(),
      utfortAv: Person,
      utfortAvOrganisasjon: Organisasjon,
    }),
  ),
  /** The required points of the current stage not done yet. */
  mangler: z.array(z.string()),
  delinger: z.array(
    z.object({ organisasjon: Organisasjon, samtykkeDato: z.string(), opprettet: z.string() }),
  ),
  /** Organisations in a recruitment collaboration with the owner the case can be shared with (owner only). */
  kanDelesMed: z.array(Organisasjon),
  version: z.number(),
});
export type SakDetail = z.infer<typeof SakDetail>;

const Tekst = z.object({ nb: z.string(), nn: z.string() });
const Valg = z.object({ id: z.string(), tittel: Tekst });

export const PipelineResponse = z.object({
  faser: z.array(
    z.object({
      id: RekrutteringFase,
      tittel: Tekst,
      veiledning: Tekst,
      punkter: z.array(
        z.object({ id: z.string(), pakrevd: z.boolean(), gjelder: z.string().optional(), tittel: Tekst }),
      ),
    }),
  ),
  avsluttende: z.array(z.object({ id: RekrutteringFase, tittel: Tekst, veiledning: Tekst })),
  kilder: z.array(Valg),
  arsaker: z.object({ trukket: z.array(Valg), avslatt: z.array(Valg), avsluttet: z.array(Valg) }),
});

export const RecruiterList = z.object({ items: z.array(z.object({ id: z.uuid(), navn: z.string() })) });

/**
 * The service's recruitment settings (one row, one version: either change bumps it): months
 * before closed applicants are deleted, and whether an ordinary (neutral) home needs a concluded
 * family and network search first. Version 0: not set, the defaults (12, on).
 */
export const Settings = z.object({
  slettefristManeder: z.number(),
  kreverNettverkssok: z.boolean(),
  version: z.number(),
});
