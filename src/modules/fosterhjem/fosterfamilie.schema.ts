import { z } from 'zod';
import { KURS } from '@/domain/fosterfamilie';
import { Version } from '@/modules/barn/barn.schema';
import { isoDate, optionalText } from '@/modules/core/fields.schema';
import { Tekst } from '@/modules/maler/malFormat';

export const Kurs = z.enum(KURS);

export const KursParams = z.object({ id: z.uuid(), kursId: z.uuid() });
export const VeiledningParams = z.object({ id: z.uuid(), veiledningId: z.uuid() });

/** Offering a course to one foster parent; the answer may be recorded at once. */
export const OfferKursBody = z.strictObject({
  medlemId: z.uuid(),
  kurs: Kurs,
  tilbudt: isoDate,
  gjennomfort: isoDate.nullable().optional(),
  takketNei: z.boolean().default(false),
  notat: optionalText(1000),
});
export type OfferKursBody = z.infer<typeof OfferKursBody>;

/** The answer to an offer: taken (with the date), declined, or not yet. */
export const UpdateKursBody = z.strictObject({
  tilbudt: isoDate,
  gjennomfort: isoDate.nullable(),
  takketNei: z.boolean(),
  notat: optionalText(1000),
  version: Version,
});
export type UpdateKursBody = z.infer<typeof UpdateKursBody>;

const KursMangel = z.object({ medlemId: z.uuid(), kurs: z.array(Kurs) });

export const KursList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      medlemId: z.uuid(),
      kurs: Kurs,
      tilbudt: z.string(),
      gjennomfort: z.string().nullable(),
      takketNei: z.boolean(),
      notat: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
  /** The recommended courses not yet offered, per foster parent, once the reminder applies. */
  ikkeTilbudt: z.array(KursMangel),
  /** The service's setting: months after the first move-in before the reminder shows. */
  paminnelseMaaneder: z.number().int(),
});

export const KursReminderList = z.object({ items: z.array(z.object({ fosterhjemId: z.uuid() })) });

export const VeiledningInput = z.strictObject({
  dato: isoDate,
  /** A supervisor in the service (role veileder) … */
  veilederId: z.uuid().nullable().optional(),
  /** … or the name of an outside supervisor. */
  veilederNavn: optionalText(200),
  tema: z.string().trim().min(1).max(300),
  notat: optionalText(4000),
});
export type VeiledningInput = z.infer<typeof VeiledningInput>;
export const UpdateVeiledningBody = VeiledningInput.extend({ version: Version });
export type UpdateVeiledningBody = z.infer<typeof UpdateVeiledningBody>;

export const VeiledningList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      dato: z.string(),
      veileder: z.object({ id: z.uuid().nullable(), navn: z.string() }),
      tema: z.string(),
      notat: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
  /** The service's supervisors, to choose from. */
  veiledere: z.array(z.object({ id: z.uuid(), navn: z.string() })),
});

export const FamilieOppfolging = z.object({
  /** The family's own children, with the yearly conversation's last date and next deadline. */
  egneBarn: z.array(
    z.object({
      id: z.uuid(),
      fornavn: z.string(),
      etternavn: z.string(),
      fodselsdato: z.string().nullable(),
      alder: z.number().int().nullable(),
    }),
  ),
  samtale: z.object({ sist: z.string().nullable(), nesteFrist: z.string().nullable() }),
  /** The annual evaluation with the foster parents. */
  evaluering: z.object({ sist: z.string().nullable(), nesteFrist: z.string().nullable() }),
  /** The differentiated track for kinship and network homes, when the current placement is one. */
  slektNettverk: z
    .object({
      tittel: Tekst,
      ingress: Tekst,
      punkter: z.array(z.object({ id: z.string(), tittel: Tekst, tekst: Tekst })),
    })
    .nullable(),
});
