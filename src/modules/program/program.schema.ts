import { z } from 'zod';
import { isoDate, optionalText } from '@/modules/core/fields.schema';

/** Types of the programme API (En god start, Veien videre); see helpers' contract and README. */

const Version = z.number().int().min(1);

export const ProgramId = z
  .string()
  .regex(/^[a-z0-9_]+$/)
  .max(60);
export const ForlopStatus = z.enum(['foreslatt', 'akseptert', 'avslatt', 'fullfort', 'avbrutt']);
export const OktStatus = z.enum(['planlagt', 'gjennomfort', 'avlyst']);

// ---- definitions ------------------------------------------------------------------------------

export const Materiale = z.object({ id: z.uuid(), tittel: z.string(), url: z.string() });

export const ProgramDefinisjon = z.object({
  id: z.string(),
  versjon: z.number().int(),
  navn: z.string(),
  malgruppe: z.enum(['fosterhjem', 'foreldre']),
  frivillig: z.boolean(),
  kilde: z.string(),
  beskrivelse: z.string(),
  planlegging: z.object({
    intervallMaaneder: z.number().int().optional(),
    intervallUker: z.number().int().optional(),
    forsteEtterDager: z.number().int(),
    klokkeslett: z.string(),
  }),
  dokumentmal: z.string(),
  samlinger: z.array(
    z.object({
      nummer: z.number().int(),
      tema: z.string(),
      mal: z.string(),
      verktoy: z.array(
        z.object({ type: z.enum(['undervisning', 'film', 'refleksjon', 'oppgave']), tekst: z.string() }),
      ),
      tenkPaFor: z.string(),
      veiledning: z.string(),
      materiale: z.array(Materiale),
    }),
  ),
  avslutning: z.string(),
});
export type ProgramDefinisjon = z.infer<typeof ProgramDefinisjon>;

export const ProgramParams = z.object({ programId: ProgramId });
export const SessionMaterialParams = z.object({
  programId: ProgramId,
  nummer: z.coerce.number().int().min(1).max(20),
});
export const MaterialParams = z.object({ programId: ProgramId, id: z.uuid() });

export const MaterialBody = z.strictObject({
  tittel: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

// ---- runs -------------------------------------------------------------------------------------

export const ProgramOkt = z.object({
  id: z.uuid(),
  nummer: z.number().int(),
  tema: z.string(),
  planlagt: z.string(),
  status: OktStatus,
  gjennomfort: z.string().nullable(),
  deltakere: z.array(z.string()),
  notat: z.string().nullable(),
  dokumentId: z.uuid().nullable(),
  forsinket: z.boolean(),
  version: z.number().int(),
});
export type ProgramOkt = z.infer<typeof ProgramOkt>;

export const Programforlop = z.object({
  id: z.uuid(),
  programId: z.string(),
  programNavn: z.string(),
  programVersjon: z.number().int(),
  barn: z.object({ id: z.uuid(), navn: z.string() }),
  plasseringId: z.uuid().nullable(),
  fosterhjem: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
  familiemedlem: z.object({ id: z.uuid(), navn: z.string(), relasjon: z.string() }).nullable(),
  status: ForlopStatus,
  foreslatt: z.string(),
  svarDato: z.string().nullable(),
  arsak: z.string().nullable(),
  ansvarligId: z.uuid().nullable(),
  okter: z.array(ProgramOkt),
  gjennomfortAntall: z.number().int(),
  version: z.number().int(),
});
export type Programforlop = z.infer<typeof Programforlop>;

export const RunId = z.object({ id: z.uuid() });
export const SessionParams = z.object({ id: z.uuid(), nummer: z.coerce.number().int().min(1).max(20) });

export const ProposeBody = z.strictObject({
  programId: ProgramId,
  barnId: z.uuid(),
  plasseringId: z.uuid().nullable().optional(),
  fosterhjemId: z.uuid().nullable().optional(),
  familiemedlemId: z.uuid().nullable().optional(),
  start: isoDate,
});
export type ProposeBody = z.infer<typeof ProposeBody>;

const arsak = optionalText(2000);

export const RespondBody = z.strictObject({
  svar: z.enum(['akseptert', 'avslatt']),
  dato: isoDate,
  arsak,
  version: Version,
});
export type RespondBody = z.infer<typeof RespondBody>;

export const EndBody = z.strictObject({
  status: z.enum(['fullfort', 'avbrutt']),
  arsak,
  version: Version,
});
export type EndBody = z.infer<typeof EndBody>;

/**
 * A session's planned time: an ISO instant ("2026-03-24T17:00:00Z"), a time in Norway without
 * offset ("2026-03-24T18:00", as a datetime-local field sends it) or a date that keeps the
 * session's time of day ("2026-03-24").
 */
export const Planlagt = z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true }), isoDate]);

export const UpdateSessionBody = z.strictObject({
  planlagt: Planlagt.optional(),
  status: OktStatus.optional(),
  gjennomfort: isoDate.nullable().optional(),
  deltakere: z.array(z.string().trim().min(1).max(120)).max(30).optional(),
  notat: z.string().trim().max(10_000).nullable().optional(),
  dokumentId: z.uuid().nullable().optional(),
  version: Version,
});
export type UpdateSessionBody = z.infer<typeof UpdateSessionBody>;

export const CalendarQuery = z.strictObject({ lang: z.enum(['nb', 'nn']).optional() });

// ---- fidelity ---------------------------------------------------------------------------------

export const FidelityQuery = z
  .strictObject({ fra: isoDate, til: isoDate })
  .refine((q) => q.fra <= q.til, { message: 'fra must not be after til', path: ['til'] });

const Antall = z.number().int().nullable();
const Andel = z.number().nullable();

export const Fidelity = z.object({
  fra: z.string(),
  til: z.string(),
  definisjon: z.object({ nb: z.string(), nn: z.string() }),
  programmer: z.array(
    z.object({
      programId: z.string(),
      programNavn: z.string(),
      antallOkter: z.number().int(),
      startet: Antall,
      akseptert: Antall,
      avslatt: Antall,
      avbrutt: Antall,
      alleGjennomfort: Antall,
      alleITide: Antall,
      andelAkseptert: Andel,
      andelAlleGjennomfort: Andel,
      andelAlleITide: Andel,
    }),
  ),
});
export type Fidelity = z.infer<typeof Fidelity>;
