import { z } from 'zod';
import {
  AVLYST_ARSAK_KODER,
  MAKS_HORISONT,
  SAMVAER_GRUNNLAG,
  SAMVAER_PER,
  SAMVAER_TILSYN,
  VARIGHET,
} from '@/domain/samvaer';
import { FamilieRelasjon, Version } from '@/modules/barn/barn.schema';
import { isoDate, optionalText } from '@/modules/core/fields.schema';

export const SamvaerPer = z.enum(SAMVAER_PER);
export const SamvaerTilsyn = z.enum(SAMVAER_TILSYN);
export const SamvaerGrunnlag = z.enum(SAMVAER_GRUNNLAG);
export const AvlystArsak = z.enum(AVLYST_ARSAK_KODER as [string, ...string[]]);
export const OktStatus = z.enum(['planlagt', 'gjennomfort', 'avlyst']);
export const RapportStatus = z.enum(['ikke_aktuell', 'venter', 'ikke_gjennomgatt', 'gjennomgatt']);
export const Endring = z.enum(['forste', 'utvidet', 'redusert', 'uendret']);

// ---- requests -------------------------------------------------------------------------------

/**
 * A time of day, `HH:MM` (24-hour, Oslo time), or null/absent for none. That the end comes
 * after the start is checked in the use case (validerKlokkeslett), so the answer names the field.
 */
const klokkeslett = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullable()
  .optional();

/** A contact plan for one parent or relative from a date; a change is a new plan. */
export const CreateSamvaersplanBody = z.strictObject({
  familiemedlemId: z.uuid(),
  fra: isoDate,
  antall: z.number().int().min(1).max(365),
  per: SamvaerPer,
  varighetTimer: z.number().int().min(VARIGHET.min).max(VARIGHET.maks),
  sted: optionalText(200),
  tilsyn: SamvaerTilsyn,
  grunnlag: SamvaerGrunnlag,
  begrunnelse: optionalText(2000),
});
export type CreateSamvaersplanBody = z.infer<typeof CreateSamvaersplanBody>;

/** One session added by hand. */
export const CreateSamvaerBody = z.strictObject({
  familiemedlemId: z.uuid(),
  dato: isoDate,
  /** When the session starts; optional. */
  fraKl: klokkeslett,
  /** When it ends; needs `fraKl`, and comes after it. */
  tilKl: klokkeslett,
  notat: optionalText(2000),
});
export type CreateSamvaerBody = z.infer<typeof CreateSamvaerBody>;

/** The next sessions from the current plan, for a number of weeks or months ahead. */
export const GenerateSamvaerBody = z.strictObject({
  familiemedlemId: z.uuid(),
  /** Weeks (at most 26) or months (at most 12); the use case checks the limit per unit. */
  antall: z.number().int().min(1).max(MAKS_HORISONT.uke),
  enhet: z.enum(['uke', 'maned']),
});
export type GenerateSamvaerBody = z.infer<typeof GenerateSamvaerBody>;

/** Held or cancelled (with why), the report's date, moved to another day, a note. */
export const UpdateSamvaerBody = z.strictObject({
  dato: isoDate,
  /** Left out or null: the session has no time of day (a PUT replaces the times). */
  fraKl: klokkeslett,
  tilKl: klokkeslett,
  status: OktStatus,
  avlystArsak: AvlystArsak.nullable().optional(),
  rapportMottatt: isoDate.nullable().optional(),
  notat: optionalText(2000),
  version: Version,
});
export type UpdateSamvaerBody = z.infer<typeof UpdateSamvaerBody>;

export const ReviewSamvaerBody = z.strictObject({ version: Version });

export const LetterQuery = z.strictObject({
  familiemedlemId: z.uuid(),
  lang: z.enum(['nb', 'nn']).optional(),
});

// ---- responses ------------------------------------------------------------------------------

export const SamvaersplanView = z.object({
  id: z.string(),
  familiemedlemId: z.string(),
  fra: z.string(),
  /** The day before the next plan started; null for the plan in force. */
  til: z.string().nullable(),
  antall: z.number(),
  per: SamvaerPer,
  varighetTimer: z.number(),
  sted: z.string().nullable(),
  tilsyn: SamvaerTilsyn,
  grunnlag: z.string(),
  begrunnelse: z.string().nullable(),
  timerPerAr: z.number(),
  endring: Endring,
  registrertAv: z.object({ id: z.string(), navn: z.string() }).nullable(),
  opprettet: z.string(),
});

export const SamvaerPerson = z.object({
  familiemedlemId: z.string(),
  relasjon: FamilieRelasjon,
  fornavn: z.string(),
  etternavn: z.string(),
  /** The plan in force today (or the next one, if the first plan starts later). */
  gjeldende: SamvaersplanView.nullable(),
  /** Newest first. */
  historikk: z.array(SamvaersplanView),
});

export const SamvaersplanList = z.object({
  forstePlassering: z.string().nullable(),
  personer: z.array(SamvaerPerson),
});

export const SamvaerView = z.object({
  id: z.string(),
  familiemedlemId: z.string(),
  dato: z.string(),
  /** `HH:MM`, or null when only the day is set. */
  fraKl: z.string().nullable(),
  tilKl: z.string().nullable(),
  status: OktStatus,
  avlystArsak: z.string().nullable(),
  avlystAv: z.string().nullable(),
  rapportMottatt: z.string().nullable(),
  rapportStatus: RapportStatus,
  gjennomgang: z.object({ id: z.string(), status: z.string(), tittel: z.string() }).nullable(),
  notat: z.string().nullable(),
  /** From the plan in force on the day. */
  sted: z.string().nullable(),
  tilsyn: SamvaerTilsyn.nullable(),
  varighetTimer: z.number().nullable(),
  version: z.number(),
});

export const SamvaerList = z.object({
  items: z.array(SamvaerView),
  apne: z.object({
    /** Reports received but not yet reviewed. */
    ikkeGjennomgatt: z.number(),
    /** Held supervised sessions still waiting for their report. */
    venterRapport: z.number(),
    /** Planned sessions whose day has passed without being marked held or cancelled. */
    ikkeRegistrert: z.number(),
  }),
});

export const GenerateResult = z.object({ opprettet: z.number(), datoer: z.array(z.string()) });
export const ReviewResult = z.object({ dokumentId: z.string() });
