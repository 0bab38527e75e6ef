import { z } from 'zod';
import {
  FREMGANGSMATER,
  GJENREKRUTTERING_ARSAKER,
  GJENREKRUTTERING_SVAR,
  KANDIDAT_RELASJONER,
  KANDIDAT_VURDERINGER,
  NETTVERKSSOK_UTFALL,
} from '@/domain/slektForst';
import { Version } from '@/modules/barn/barn.schema';
import { isoDate, optionalText } from '@/modules/core/fields.schema';

export const Fremgangsmate = z.enum(FREMGANGSMATER);
export const KandidatRelasjon = z.enum(KANDIDAT_RELASJONER);
export const KandidatVurdering = z.enum(KANDIDAT_VURDERINGER);
export const NettverkssokUtfall = z.enum(NETTVERKSSOK_UTFALL);

// ---- family and network search ----------------------------------------------------------------

/** A person considered: initials or a short name, the relation, the assessment and why. */
export const KandidatInput = z.strictObject({
  /** Present for a person already on the list; a new person gets an id from the server. */
  id: z.uuid().optional(),
  navn: z.string().trim().min(1).max(100),
  relasjon: KandidatRelasjon,
  vurdering: KandidatVurdering,
  begrunnelse: optionalText(1000),
});

export const StartNettverkssokBody = z.strictObject({
  startet: isoDate,
  fremgangsmater: z.array(Fremgangsmate).max(FREMGANGSMATER.length).default([]),
});
export type StartNettverkssokBody = z.infer<typeof StartNettverkssokBody>;

/** The whole list of people considered and the ways the network was asked, replaced at once. */
export const UpdateNettverkssokBody = z.strictObject({
  version: Version,
  fremgangsmater: z.array(Fremgangsmate).max(FREMGANGSMATER.length),
  kandidater: z.array(KandidatInput).max(50),
});
export type UpdateNettverkssokBody = z.infer<typeof UpdateNettverkssokBody>;

export const ConcludeNettverkssokBody = z.strictObject({
  version: Version,
  utfall: NettverkssokUtfall,
  konklusjon: z.string().trim().min(1).max(4000),
  avsluttetDato: isoDate,
});
export type ConcludeNettverkssokBody = z.infer<typeof ConcludeNettverkssokBody>;

export const Kandidat = z.object({
  id: z.string(),
  navn: z.string(),
  relasjon: z.string(),
  vurdering: KandidatVurdering,
  begrunnelse: z.string().nullable(),
});

export const Nettverkssok = z.object({
  id: z.uuid(),
  startet: z.string(),
  fremgangsmater: z.array(Fremgangsmate),
  kandidater: z.array(Kandidat),
  utfall: NettverkssokUtfall.nullable(),
  konklusjon: z.string().nullable(),
  avsluttetDato: z.string().nullable(),
  avsluttetAv: z.string().nullable(),
  registrertAv: z.string(),
  version: z.number().int(),
});

export const NettverkssokList = z.object({
  /** Whether the service requires a concluded search before an ordinary (neutral) home. */
  kreverNettverkssok: z.boolean(),
  /** Newest first: the open search, if any, and the history. */
  items: z.array(Nettverkssok),
});

// ---- re-recruitment ---------------------------------------------------------------------------

export const GjenrekrutteringSvar = z.enum(GJENREKRUTTERING_SVAR);
export const GjenrekrutteringArsak = z.enum(GJENREKRUTTERING_ARSAKER);
export const GjenrekrutteringTilstand = z.enum(['apen', 'forfalt', 'pause', 'pause_utlopt', 'avsluttet']);

export const AnswerGjenrekrutteringBody = z.strictObject({
  version: Version,
  samtaleDato: isoDate,
  svar: GjenrekrutteringSvar,
  pauseTil: isoDate.nullable().optional(),
  arsak: GjenrekrutteringArsak.nullable().optional(),
  notat: optionalText(2000),
  /** For «klar»: share the home with the recruitment collaboration, with the family's consent date. */
  delMedSamarbeid: z.boolean().default(false),
  samtykkeDato: isoDate.nullable().optional(),
});
export type AnswerGjenrekrutteringBody = z.infer<typeof AnswerGjenrekrutteringBody>;

export const CloseGjenrekrutteringBody = z.strictObject({ version: Version });

export const Gjenrekruttering = z.object({
  id: z.uuid(),
  fosterhjemId: z.uuid(),
  fosterhjemNavn: z.string(),
  opprettet: z.string(),
  frist: z.string(),
  tilstand: GjenrekrutteringTilstand,
  samtaleDato: z.string().nullable(),
  svar: GjenrekrutteringSvar.nullable(),
  pauseTil: z.string().nullable(),
  arsak: z.string().nullable(),
  sakId: z.uuid().nullable(),
  avsluttet: z.string().nullable(),
  version: z.number().int(),
});

/** A row of the service's list: may this user record the answer, and who is the home's contact person. */
export const GjenrekrutteringRad = Gjenrekruttering.extend({
  /** The user's tie to the home allows changes (the rule the answer applies: openFosterhjem, write). */
  kanSvare: z.boolean(),
  /** The home's own contact person, who normally asks; null when the home has none. */
  kontaktpersonNavn: z.string().nullable(),
});

export const GjenrekrutteringList = z.object({
  /** The homes to ask now (open, overdue, or their pause is over), earliest deadline first. */
  items: z.array(GjenrekrutteringRad),
  /** Homes paused until a later date. */
  pause: z.array(GjenrekrutteringRad),
});

export const GjenrekrutteringForHjem = z.object({ items: z.array(Gjenrekruttering) });
