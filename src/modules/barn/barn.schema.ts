import { z } from 'zod';
import { ARSAK_KODER, FLYTTING_TIL } from '@/domain/plasseringsforlop';
import { isoDate, optionalText, text } from '@/modules/core/fields.schema';

export const Id = z.object({ id: z.uuid() });
export const Version = z.number().int().min(1);

export const Fase = z.enum(['for_flytting', 'innflytting', 'oppfolging', 'avslutning', 'ettervern']);
export const Plasseringstype = z.enum(['slekt_nettverk', 'ordinaer', 'beredskap']);
/** Legal basis: bvl. § 5-1 care order, § 6-3 behaviour placement, ch. 3 support measure, emergency decision. */
export const Hjemmel = z.enum(['bvl_5_1', 'bvl_6_3', 'bvl_kap3', 'akutt']);
export const FamilieRelasjon = z.enum([
  'mor',
  'far',
  'forelder',
  'sosken',
  'halvsosken',
  'besteforelder',
  'tante_onkel',
  'annen',
]);
export const LandsbyKategori = z.enum([
  'familie',
  'fosterfamilie',
  'skole_barnehage',
  'helse',
  'fritid',
  'hjelpere',
  'annet',
]);
export const Tilknytning = z.enum(['egen', 'team', 'tjeneste', 'formal']);

// ---- requests -------------------------------------------------------------------------------

export const BarnInput = z.strictObject({
  fornavn: text(),
  etternavn: text(),
  fodselsnummer: optionalText(20),
  fodselsdato: isoDate.nullable().optional(),
  sprak: z.array(text(60)).max(10).default([]),
  kultur: optionalText(500),
  religion: optionalText(200),
});

export const CreateBarnBody = BarnInput.extend({
  kontaktpersonId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional(),
});
export type CreateBarnBody = z.infer<typeof CreateBarnBody>;

export const UpdateBarnBody = BarnInput.extend({ version: Version });
export type UpdateBarnBody = z.infer<typeof UpdateBarnBody>;

export const CaseloadQuery = z.strictObject({
  omfang: z.enum(['mine', 'team', 'tjeneste']).default('mine'),
  fase: Fase.optional(),
  plasseringstype: Plasseringstype.optional(),
});

export const SearchBody = z.strictObject({ q: z.string().trim().min(2).max(100) });

export const AccessBody = z.strictObject({ formal: z.string().trim().min(10).max(500) });

export const FamiliemedlemInput = z.strictObject({
  relasjon: FamilieRelasjon,
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
  adresse: optionalText(300),
  foreldreansvar: z.boolean().default(false),
});
export const UpdateFamiliemedlemBody = FamiliemedlemInput.extend({ version: Version });

export const CreatePlasseringBody = z.strictObject({
  fosterhjemId: z.uuid(),
  innflytting: isoDate,
  plasseringstype: Plasseringstype,
  forsterket: z.boolean().default(false),
  hjemmel: Hjemmel,
  /** End date of the foster-home agreement, when one is signed with the placement. */
  avtaleSlutt: isoDate.nullable().optional(),
});
export type CreatePlasseringBody = z.infer<typeof CreatePlasseringBody>;

export const EndPlasseringBody = z.strictObject({
  version: Version,
  utflytting: isoDate,
  avslutning: z.enum(['planlagt', 'utilsiktet']),
  initiativ: z.enum(['fosterforeldre', 'tjenesten', 'barnet', 'foreldrene', 'annet']),
  arsakKode: z.enum(Object.keys(ARSAK_KODER) as [keyof typeof ARSAK_KODER]),
  flyttingTil: z.enum(FLYTTING_TIL),
  notat: optionalText(2000),
});
export type EndPlasseringBody = z.infer<typeof EndPlasseringBody>;

export const LandsbymedlemInput = z.strictObject({
  kategori: LandsbyKategori,
  navn: text(),
  rolle: text(),
  kontakt: optionalText(300),
});
export const UpdateLandsbymedlemBody = LandsbymedlemInput.extend({ version: Version });
export const LandsbyMalInput = z.strictObject({ tekst: text(1000), avtaltDato: isoDate });

export const RammefortellingInput = z.strictObject({
  tittel: text(),
  periode: optionalText(100),
  tekst: z.string().trim().min(1).max(50_000),
});
export const UpdateRammefortellingBody = RammefortellingInput.extend({ version: Version });

export const HandoverBody = z.strictObject({
  tilBrukerId: z.uuid(),
  planlagt: optionalText(4000),
  utestaende: optionalText(4000),
  viktigForBarnet: optionalText(4000),
});
export type HandoverBody = z.infer<typeof HandoverBody>;

// ---- responses ------------------------------------------------------------------------------

const Person = z.object({ id: z.uuid(), navn: z.string() });

export const CaseloadItem = z.object({
  id: z.uuid(),
  navn: z.string(),
  fodselsdato: z.string(),
  alder: z.number().int(),
  fase: Fase,
  fosterhjem: z.object({ id: z.uuid(), navn: z.string(), kommunenummer: z.string().nullable() }).nullable(),
  fosterforeldre: z.array(z.string()),
  siden: z.string().nullable(),
  plasseringstype: Plasseringstype.nullable(),
  forsterket: z.boolean().nullable(),
  kontaktperson: Person.nullable(),
  team: Person.nullable(),
});
export const Caseload = z.object({ items: z.array(CaseloadItem) });

export const SearchResult = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      fodselsar: z.number().int(),
      /** Whether the searcher may open the record directly, or must state a purpose first. */
      tilgang: z.boolean(),
    }),
  ),
});

export const Plassering = z.object({
  id: z.uuid(),
  fosterhjem: z.object({ id: z.uuid(), navn: z.string() }),
  innflytting: z.string(),
  utflytting: z.string().nullable(),
  plasseringstype: Plasseringstype,
  forsterket: z.boolean(),
  hjemmel: Hjemmel,
  avslutning: z.enum(['planlagt', 'utilsiktet']).nullable(),
  initiativ: z.string().nullable(),
  arsakKode: z.string().nullable(),
  flyttingTil: z.string().nullable(),
  avslutningNotat: z.string().nullable(),
  avtaleSlutt: z.string().nullable(),
  version: z.number().int(),
});

export const Tidslinjehendelse = z.object({
  dato: z.string(),
  type: z.enum(['innflytting', 'utflytting', 'tildeling', 'rammefortelling', 'landsby_mal', 'avtale_slutt']),
  /** A name or title the UI puts into the event's text (foster home, person, part, goal). */
  tittel: z.string(),
  utilsiktet: z.boolean().optional(),
});

export const BarnView = z.object({
  id: z.uuid(),
  fornavn: z.string(),
  etternavn: z.string(),
  /** Masked: birth date digits and five stars. The full number is a separate, audited read. */
  fodselsnummerMaskert: z.string().nullable(),
  fodselsdato: z.string(),
  alder: z.number().int(),
  sprak: z.array(z.string()),
  kultur: z.string().nullable(),
  religion: z.string().nullable(),
  fase: Fase,
  kontaktperson: Person.nullable(),
  team: Person.nullable(),
  tilknytning: Tilknytning,
  kanEndre: z.boolean(),
  version: z.number().int(),
  plasseringer: z.array(Plassering),
  familie: z.array(
    z.object({
      id: z.uuid(),
      relasjon: FamilieRelasjon,
      fornavn: z.string(),
      etternavn: z.string(),
      fodselsdato: z.string().nullable(),
      telefon: z.string().nullable(),
      epost: z.string().nullable(),
      adresse: z.string().nullable(),
      foreldreansvar: z.boolean(),
      version: z.number().int(),
    }),
  ),
  fosterhjem: z
    .object({
      id: z.uuid(),
      navn: z.string(),
      adresse: z.string().nullable(),
      kommunenummer: z.string().nullable(),
      medlemmer: z.array(
        z.object({
          id: z.uuid(),
          rolle: z.enum(['fosterforelder', 'eget_barn', 'annet_husstandsmedlem']),
          navn: z.string(),
          fodselsdato: z.string().nullable(),
          telefon: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  landsby: z.object({
    medlemmer: z.array(
      z.object({
        id: z.uuid(),
        kategori: LandsbyKategori,
        navn: z.string(),
        rolle: z.string(),
        kontakt: z.string().nullable(),
        version: z.number().int(),
      }),
    ),
    mal: z.array(z.object({ id: z.uuid(), tekst: z.string(), avtaltDato: z.string() })),
  }),
  rammefortelling: z.array(
    z.object({
      id: z.uuid(),
      tittel: z.string(),
      periode: z.string().nullable(),
      tekst: z.string(),
      forfatter: Person,
      opprettet: z.string(),
      endret: z.string(),
      version: z.number().int(),
    }),
  ),
  overlevering: z
    .object({
      dato: z.string(),
      fra: Person.nullable(),
      til: Person,
      planlagt: z.string().nullable(),
      utestaende: z.string().nullable(),
      viktigForBarnet: z.string().nullable(),
    })
    .nullable(),
  tidslinje: z.array(Tidslinjehendelse),
});
export type BarnView = z.infer<typeof BarnView>;

export const Created = z.object({ id: z.uuid() });

export const RammefortellingVersjoner = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      tittel: z.string(),
      periode: z.string().nullable(),
      tekst: z.string(),
      forfatter: Person,
      lagret: z.string(),
    }),
  ),
});
