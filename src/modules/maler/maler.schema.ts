import { z } from 'zod';
import { Tilpasning } from '@/modules/maler/maler';
import { Mal, Tekst } from '@/modules/maler/malFormat';

const Person = z.object({ id: z.uuid(), navn: z.string() });
export const Status = z.enum(['utkast', 'til_godkjenning', 'ferdig', 'godkjent']);

export const MalListe = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      versjon: z.number().int(),
      kategori: z.string(),
      gjelder: z.enum(['barn', 'fosterhjem', 'forelder']),
      godkjenning: z.boolean(),
      oppgaveRegel: z.string().nullable(),
      tittel: Tekst,
      formal: Tekst,
      tilpasset: z.boolean(),
      basisEndret: z.boolean(),
      /** Offered for new documents: outside the treasure map, or one of its products is adopted. */
      aktiv: z.boolean(),
      /** The treasure-map products that provide the template. */
      produkter: z.array(z.string()),
    }),
  ),
});

export const MalView = z.object({
  mal: Mal,
  base: Mal,
  tilpasning: Tilpasning.nullable(),
  tilpasningVersion: z.number().int(),
  basisEndret: z.boolean(),
});

export const TilpasningBody = Tilpasning.extend({ version: z.number().int().min(0) });

export const CreateDokumentBody = z
  .strictObject({
    malId: z.string().min(1).max(100),
    barnId: z.uuid().nullable().optional(),
    fosterhjemId: z.uuid().nullable().optional(),
    familiemedlemId: z.uuid().nullable().optional(),
    /** A home-study report for a family in recruitment (issue 8). */
    rekrutteringssakId: z.uuid().nullable().optional(),
    oppgaveId: z.uuid().nullable().optional(),
  })
  .refine(
    (b) => [b.barnId, b.fosterhjemId, b.familiemedlemId, b.rekrutteringssakId].filter(Boolean).length >= 1,
    {
      path: ['barnId'],
      message: 'required',
    },
  );

export const DokumentView = z.object({
  id: z.uuid(),
  tittel: z.string(),
  malId: z.string(),
  malVersjon: z.number().int(),
  mal: Mal,
  sprak: z.enum(['nb', 'nn']),
  innhold: z.record(z.string(), z.unknown()),
  status: Status,
  versjon: z.number().int(),
  revisjon: z.number().int(),
  barnId: z.uuid().nullable(),
  fosterhjemId: z.uuid().nullable(),
  familiemedlemId: z.uuid().nullable(),
  rekrutteringssakId: z.uuid().nullable(),
  oppgaveId: z.uuid().nullable(),
  forfatter: Person.nullable(),
  ferdigstilt: z.string().nullable(),
  ferdigstiltAv: Person.nullable(),
  godkjent: z.string().nullable(),
  godkjentAv: Person.nullable(),
  returKommentar: z.string().nullable(),
  opprettet: z.string(),
  endret: z.string(),
  kanEndre: z.boolean(),
  kanGodkjenne: z.boolean(),
});

export const SaveBody = z.strictObject({
  innhold: z.record(z.string(), z.unknown()),
  revisjon: z.number().int().min(1),
});
export const RevisjonBody = z.strictObject({ revisjon: z.number().int().min(1) });
export const ReturBody = z.strictObject({ kommentar: z.string().trim().min(5).max(2000) });

export const DokumentListe = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      tittel: z.string(),
      malId: z.string(),
      status: Status,
      versjon: z.number().int(),
      forfatter: z.string(),
      endret: z.string(),
      barnId: z.uuid().nullable(),
      fosterhjemId: z.uuid().nullable(),
    }),
  ),
});
export const ListQuery = z.strictObject({ barnId: z.uuid().optional(), fosterhjemId: z.uuid().optional() });
export const SearchBody = z.strictObject({
  q: z.string().trim().max(100).nullable().optional(),
  status: Status.optional(),
});

export const Revisjoner = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      versjon: z.number().int(),
      revisjon: z.number().int(),
      status: Status,
      lagret: z.string(),
      lagretAv: z.string(),
    }),
  ),
});
export const DiffQuery = z.strictObject({ fra: z.uuid(), til: z.uuid() });
export const Diff = z.object({
  felter: z.array(
    z.object({
      feltId: z.string(),
      etikett: z.string(),
      endret: z.boolean(),
      deler: z.array(z.object({ type: z.enum(['lik', 'lagt_til', 'fjernet']), tekst: z.string() })),
    }),
  ),
});
