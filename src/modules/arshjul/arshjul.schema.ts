import { z } from 'zod';
import { HENDELSE_TYPER } from '@/domain/arshjul';
import { InnstillingerSchema } from '@/modules/arshjul/innstillinger';
import { isoDate, optionalText } from '@/modules/core/fields.schema';

export const RegelId = z.enum([
  'oppfolgingsbesok',
  'tilsynsbesok',
  'tilsynsrapport',
  'plan_evaluering',
  'ettervern',
  'avtale_evaluering',
  'foreldresamtale',
  'tilbakeforing',
  'arlig_evaluering',
  'samtale_ovrige_barn',
]);
export const OppgaveStatus = z.enum(['fullfort', 'forfalt', 'denne_uken', 'kommende']);
/** How the child took part (SSB BarnetsMedvirkningType; domain.md §1.5). */
export const Medvirkning = z.enum(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2']);

export const HendelseBody = z
  .strictObject({
    type: z.enum(HENDELSE_TYPER),
    dato: isoDate,
    ref: optionalText(100),
    medvirkning: Medvirkning.nullable().optional(),
    snakketAlene: z.boolean().nullable().optional(),
    notat: optionalText(4000),
  })
  .refine((b) => !['oppfolgingsbesok', 'tilsynsbesok'].includes(b.type) || b.medvirkning, {
    path: ['medvirkning'],
    message: 'required',
  });
export type HendelseBody = z.infer<typeof HendelseBody>;

export const AvvikBody = z.strictObject({
  arsak: z.string().trim().min(5).max(1000),
  nyFrist: isoDate,
  version: z.number().int().min(1),
});

export const PlanBody = z.strictObject({
  /** Local date and time in Norway, e.g. "2026-03-29T10:00". */
  planlagt: z.iso.datetime({ local: true }).nullable(),
  version: z.number().int().min(1),
});

export const HyppighetBody = z.strictObject({
  type: z.enum(['oppfolging', 'tilsyn']),
  antall: z.union([z.literal(2), z.literal(4)]),
  fra: isoDate,
  begrunnelse: z.string().trim().min(10).max(2000),
});

export const OppgaveQuery = z.strictObject({ omfang: z.enum(['mine', 'team']).default('mine') });
export const WheelQuery = z.strictObject({ ar: z.coerce.number().int().min(2000).max(2100).optional() });

export const OppgaveItem = z.object({
  id: z.uuid(),
  regel: RegelId,
  art: z.enum(['lovkrav', 'lokal_praksis']),
  kilde: z.string(),
  ref: z.string().nullable(),
  vinduStart: z.string(),
  frist: z.string(),
  status: OppgaveStatus,
  fullfortDato: z.string().nullable(),
  planlagt: z.string().nullable(),
  avvik: z.object({ arsak: z.string(), nyFrist: z.string() }).nullable(),
  barn: z.object({ id: z.uuid(), navn: z.string() }),
  fosterhjem: z.object({ id: z.uuid(), navn: z.string() }),
  ansvarlig: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
  version: z.number().int(),
});
export type OppgaveItem = z.infer<typeof OppgaveItem>;
export const OppgaveList = z.object({ items: z.array(OppgaveItem) });

export const Summary = z.object({
  forfalt: z.number().int(),
  denneUken: z.number().int(),
  avvik: z.number().int(),
});

export const TeamView = z.object({
  personer: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      fullfort: z.number().int(),
      forfalt: z.number().int(),
      avvik: z.number().int(),
      kommende: z.number().int(),
      /** Share of tasks due in the last 12 months done on time, 0–100; null when none were due. */
      etterlevelse: z.number().nullable(),
    }),
  ),
  barn: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      kontaktperson: z.string().nullable(),
      fullfort: z.number().int(),
      forfalt: z.number().int(),
      avvik: z.number().int(),
      etterlevelse: z.number().nullable(),
    }),
  ),
  avvik: z.array(OppgaveItem),
  forfalt: z.array(OppgaveItem),
});

export const Wheel = z.object({
  ar: z.number().int(),
  maneder: z.array(z.object({ maned: z.number().int(), oppgaver: z.array(OppgaveItem) })),
});

export const SettingsView = InnstillingerSchema.extend({ version: z.number().int() });
export const SettingsBody = InnstillingerSchema.extend({ version: z.number().int().min(0) });

export const FeedStatus = z.object({ aktiv: z.boolean(), opprettet: z.string().nullable() });
export const FeedCreated = z.object({ url: z.string() });
