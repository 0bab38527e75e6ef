import { z } from 'zod';
import { Plasseringstype, Tilknytning, Version } from '@/modules/barn/barn.schema';
import { isoDate, optionalText, text } from '@/modules/core/fields.schema';

export const HusstandRolle = z.enum(['fosterforelder', 'eget_barn', 'annet_husstandsmedlem']);

export const MedlemInput = z.strictObject({
  rolle: HusstandRolle,
  fornavn: text(),
  etternavn: text(),
  fodselsdato: isoDate.nullable().optional(),
  telefon: optionalText(40),
  epost: z
    .email()
    .max(200)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
});
export type MedlemInput = z.infer<typeof MedlemInput>;

export const FosterhjemInput = z.strictObject({
  navn: text(),
  adresse: optionalText(300),
  postnummer: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  poststed: optionalText(100),
  kommunenummer: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  godkjentDato: isoDate.nullable().optional(),
});

export const CreateFosterhjemBody = FosterhjemInput.extend({
  medlemmer: z.array(MedlemInput).max(20).default([]),
  kontaktpersonId: z.uuid().nullable().optional(),
});
export type CreateFosterhjemBody = z.infer<typeof CreateFosterhjemBody>;
export const UpdateFosterhjemBody = FosterhjemInput.extend({ version: Version });
export type UpdateFosterhjemBody = z.infer<typeof UpdateFosterhjemBody>;

export const AvtaleInput = z.strictObject({
  startDato: isoDate,
  sluttDato: isoDate.nullable().optional(),
  plasseringId: z.uuid().nullable().optional(),
});

export const FosterhjemList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      kommunenummer: z.string().nullable(),
      poststed: z.string().nullable(),
      godkjentDato: z.string().nullable(),
      antallPlassertNa: z.number().int(),
      avtaleUtloper: z.string().nullable(),
      /** A foster parent has not been offered the recommended courses (seeds/001). */
      kursIkkeTilbudt: z.boolean(),
    }),
  ),
});

export const FosterhjemView = z.object({
  id: z.uuid(),
  navn: z.string(),
  adresse: z.string().nullable(),
  postnummer: z.string().nullable(),
  poststed: z.string().nullable(),
  kommunenummer: z.string().nullable(),
  godkjentDato: z.string().nullable(),
  kontaktperson: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
  tilknytning: Tilknytning,
  kanEndre: z.boolean(),
  version: z.number().int(),
  medlemmer: z.array(
    z.object({
      id: z.uuid(),
      rolle: HusstandRolle,
      fornavn: z.string(),
      etternavn: z.string(),
      fodselsdato: z.string().nullable(),
      telefon: z.string().nullable(),
      epost: z.string().nullable(),
    }),
  ),
  plasseringer: z.array(
    z.object({
      id: z.uuid(),
      barn: z.object({ id: z.uuid(), navn: z.string() }),
      innflytting: z.string(),
      utflytting: z.string().nullable(),
      plasseringstype: Plasseringstype,
      forsterket: z.boolean(),
      avslutning: z.enum(['planlagt', 'utilsiktet']).nullable(),
      na: z.boolean(),
    }),
  ),
  avtaler: z.array(
    z.object({
      id: z.uuid(),
      startDato: z.string(),
      sluttDato: z.string().nullable(),
      barn: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
      /** Days until the agreement ends; negative when it has ended. */
      dagerIgjen: z.number().int().nullable(),
    }),
  ),
});
