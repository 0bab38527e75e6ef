import { z } from 'zod';
import { GODKJENNING_TYPER } from '@/domain/godkjenning';
import { Hjemmel, Plasseringstype, Version } from '@/modules/barn/barn.schema';
import { isoDate } from '@/modules/core/fields.schema';
import { Status } from '@/modules/maler/maler.schema';

export const Hjemtype = z.enum(['ordinaer', 'beredskap', 'forsterket']);
const Feil = z.object({ field: z.string(), code: z.string() });

/** The approval decision for a recruited home (domain.md §2.4). */
export const GodkjenningBody = z.strictObject({
  version: Version,
  godkjenningType: z.enum(GODKJENNING_TYPER),
  godkjentForBarnId: z.uuid().nullable().optional(),
  godkjentDato: isoDate,
  /** Who made the decision (name and role), as written on the decision. */
  godkjentAv: z.string().trim().min(1).max(200),
  rapportDokumentId: z.uuid(),
  hjemtyper: z.array(Hjemtype).max(3),
});
export type GodkjenningBody = z.infer<typeof GodkjenningBody>;

/** The approval part of a recruitment case: the reports, the decision, and what is missing. */
export const GodkjenningView = z.object({
  sakId: z.uuid(),
  fase: z.string(),
  version: z.number().int(),
  rapporter: z.array(z.object({ id: z.uuid(), tittel: z.string(), status: Status, endret: z.string() })),
  vedtak: z
    .object({
      type: z.enum(GODKJENNING_TYPER),
      /** The child the approval names, shown only to the child's own service. */
      barn: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
      annenTjenestesBarn: z.boolean(),
      dato: z.string(),
      /** The decision maker, shown only within the organisation that owns the case. */
      godkjentAv: z.string().nullable(),
      rapportDokumentId: z.uuid().nullable(),
      hjemtyper: z.array(Hjemtype),
    })
    .nullable(),
  /** Checklist points required before approval that are not done yet. */
  mangler: z.array(Feil),
  hjemtyper: z.array(Hjemtype),
  kanGodkjenne: z.boolean(),
  kanSkriveRapport: z.boolean(),
});

export const TilgjengeligListe = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      eier: z.string(),
      egenSak: z.boolean(),
      kommunenummer: z.string().nullable(),
      kommune: z.string().nullable(),
      poststed: z.string().nullable(),
      hjemtyper: z.array(Hjemtype),
      antallVoksne: z.number().int(),
      egneBarn: z.number().int(),
      godkjentFor: z.enum(['generell', 'eget_barn', 'annet_barn']),
      /** The named child, only when it is a child in the reader's service they may see. */
      barn: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
      godkjentDato: z.string().nullable(),
      dagerTilgjengelig: z.number().int(),
      version: z.number().int(),
    }),
  ),
});

export const FormidleBody = z.strictObject({
  version: Version,
  barnId: z.uuid(),
  innflytting: isoDate,
  plasseringstype: Plasseringstype,
  forsterket: z.boolean().default(false),
  hjemmel: Hjemmel,
  avtaleSlutt: isoDate.nullable().optional(),
  /** The new foster home's contact person in the service (defaults to the actor if a caseworker). */
  kontaktpersonId: z.uuid().nullable().optional(),
});
export type FormidleBody = z.infer<typeof FormidleBody>;

export const Formidlet = z.object({ fosterhjemId: z.uuid(), plasseringId: z.uuid() });

/** Where a foster home came from: its recruitment, stage by stage, without other organisations' people. */
export const RekrutteringHistorikk = z.object({
  sak: z
    .object({
      eier: z.string(),
      kilde: z.string(),
      kildeTittel: z.string(),
      forsteKontakt: z.string(),
      godkjenningType: z.enum(GODKJENNING_TYPER).nullable(),
      godkjentDato: z.string().nullable(),
      hjemtyper: z.array(Hjemtype),
      faser: z.array(
        z.object({
          fase: z.string(),
          tittel: z.string(),
          fra: z.string(),
          til: z.string().nullable(),
          organisasjon: z.string(),
        }),
      ),
    })
    .nullable(),
});
