import { z } from 'zod';
import { BESLUTNINGER, GJENFORENING_STATUS, STEG_IDS } from '@/domain/tilbakeforing';
import { Version } from '@/modules/barn/barn.schema';
import { isoDate, optionalText } from '@/modules/core/fields.schema';
import { Tekst } from '@/modules/maler/malFormat';

const Person = z.object({ id: z.uuid(), navn: z.string() }).nullable();
export const StegId = z.enum(STEG_IDS as [string, ...string[]]);
export const Beslutning = z.enum(BESLUTNINGER);

// ---- the funnel's texts (content/tilbakeforing) -------------------------------------------

const Valg = z.object({ verdi: z.string(), etikett: Tekst });
export const TraktView = z.object({
  kilde: z.string(),
  mal: z.string(),
  tittel: Tekst,
  formal: Tekst,
  steg: z.array(
    z.object({
      id: z.string(),
      hjemmel: z.string().optional(),
      tittel: Tekst,
      sporsmal: Tekst,
      veiledning: Tekst,
      valg: z.array(Valg),
      grunnlag: Tekst,
    }),
  ),
  beslutninger: z.array(z.object({ verdi: Beslutning, etikett: Tekst, beskrivelse: Tekst })),
});

// ---- the assessment ---------------------------------------------------------------------------

/** A step in a draft: the answer ('' while unanswered) and the evidence it rests on. */
const StegInput = z.strictObject({
  svar: z.string().trim().max(40),
  grunnlag: z.string().trim().max(8000),
});

export const SaveVurderingBody = z.strictObject({
  /** The steps to save (others are kept as they are). */
  steg: z.partialRecord(StegId, StegInput),
  version: Version,
});
export type SaveVurderingBody = z.infer<typeof SaveVurderingBody>;

export const BeslutningBody = z.strictObject({
  beslutning: Beslutning,
  begrunnelse: z.string().trim().min(10).max(8000),
  version: Version,
});
export type BeslutningBody = z.infer<typeof BeslutningBody>;

const Sperre = z.enum([
  'ufullstendig',
  'omsorg_ikke_sannsynlig',
  'tilknytning_ikke_avklart',
  'mangler_grunn_for_avslutning',
]);

export const VurderingView = z.object({
  id: z.uuid(),
  barnId: z.uuid(),
  steg: z.record(z.string(), z.object({ svar: z.string(), grunnlag: z.string() })),
  status: z.enum(['utkast', 'besluttet']),
  beslutning: Beslutning.nullable(),
  begrunnelse: z.string().nullable(),
  besluttetDato: z.string().nullable(),
  besluttetAv: Person,
  opprettetAv: Person,
  opprettet: z.string(),
  version: z.number().int(),
  /** What the rules say about the answers so far. */
  regler: z.object({
    mangler: z.array(z.object({ steg: z.string(), felt: z.enum(['svar', 'grunnlag']) })),
    beslutninger: z.record(Beslutning, z.array(Sperre)),
    avslutningsgrunn: z.enum(['tilknytning', 'omsorg']).nullable(),
    vilkarOppfylt: z.boolean(),
  }),
  kanEndre: z.boolean(),
});

export const VurderingList = z.object({
  trakt: TraktView,
  items: z.array(VurderingView),
  /** Whether the child has a care-order placement now (an assessment can be started). */
  omsorgsovertakelse: z.boolean(),
  kanEndre: z.boolean(),
});

// ---- the safe reunification plan ------------------------------------------------------------

const PlanStegInput = z.strictObject({
  id: z.string().trim().min(1).max(60).optional(),
  beskrivelse: z.string().trim().min(1).max(1000),
  ansvar: z.string().trim().min(1).max(4000),
  fra: isoDate.nullable().optional(),
  til: isoDate.nullable().optional(),
  status: z.enum(GJENFORENING_STATUS).default('planlagt'),
  erfaring: optionalText(8000),
});

export const CreatePlanBody = z.strictObject({ steg: z.array(PlanStegInput).max(40).default([]) });
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

export const UpdatePlanBody = z.strictObject({
  steg: z.array(PlanStegInput).max(40),
  status: z.enum(['aktiv', 'fullfort', 'avbrutt']),
  version: Version,
});
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

export const PlanView = z.object({
  id: z.uuid(),
  barnId: z.uuid(),
  status: z.enum(['aktiv', 'fullfort', 'avbrutt']),
  steg: z.array(
    z.object({
      id: z.string(),
      beskrivelse: z.string(),
      ansvar: z.string(),
      fra: z.string().nullable(),
      til: z.string().nullable(),
      status: z.enum(GJENFORENING_STATUS),
      erfaring: z.string().nullable(),
    }),
  ),
  opprettetAv: Person,
  opprettet: z.string(),
  version: z.number().int(),
  kanEndre: z.boolean(),
});

export const PlanList = z.object({
  tittel: Tekst,
  formal: Tekst,
  forslag: z.array(z.object({ id: z.string(), beskrivelse: Tekst, ansvar: Tekst })),
  items: z.array(PlanView),
  /** A decision to bring the case, or a lifted care order, opens a plan. */
  kanStarte: z.boolean(),
  kanEndre: z.boolean(),
});
