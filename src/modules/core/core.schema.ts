import { z } from 'zod';
import { isoDate } from '@/modules/core/fields.schema';
import { ROLLER } from '@/modules/core/policy';
import { AUDIT_HANDLINGER } from '@/modules/core/writeAudit';

export const Sprak = z.enum(['nb', 'nn']);

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  navn: z.string(),
  rolle: z.enum(ROLLER),
  sprak: Sprak,
  team: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
  tjeneste: z.object({
    id: z.uuid(),
    kode: z.string(),
    navn: z.string(),
    interkommunal: z.boolean(),
    organisasjonstype: z.enum(['kommune', 'bufetat']),
  }),
  tillatelser: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

export const SessionResponse = z.object({ user: Me, csrfToken: z.string() });

export const LanguageBody = z.strictObject({ sprak: Sprak });

export const TjenesteOverview = z.object({
  id: z.uuid(),
  kode: z.string(),
  navn: z.string(),
  interkommunal: z.boolean(),
  organisasjonstype: z.enum(['kommune', 'bufetat']),
  kommuner: z.array(z.object({ nummer: z.string(), navn: z.string() })),
  samarbeid: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      type: z.enum(['interkommunalt', 'laeringsnettverk', 'rekruttering']),
      tjenester: z.array(z.object({ id: z.uuid(), navn: z.string() })),
    }),
  ),
  team: z.array(z.object({ id: z.uuid(), navn: z.string(), antallBrukere: z.number().int() })),
  antallBrukere: z.number().int(),
});

export const AuditQuery = z.strictObject({
  fra: isoDate.optional(),
  til: isoDate.optional(),
  handling: z.enum(AUDIT_HANDLINGER).optional(),
  aktorId: z.uuid().optional(),
  side: z.coerce.number().int().min(1).max(100_000).default(1),
  perSide: z.coerce.number().int().min(1).max(100).default(25),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      tidspunkt: z.string(),
      aktor: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
      aktorRolle: z.string().nullable(),
      handling: z.string(),
      entitetType: z.string(),
      entitetId: z.string().nullable(),
      formal: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  side: z.number().int(),
  perSide: z.number().int(),
  handlinger: z.array(z.string()),
  brukere: z.array(z.object({ id: z.uuid(), navn: z.string() })),
});

export const AuditVerification = z.object({
  ok: z.boolean(),
  kjeder: z.number().int(),
  rader: z.number().int(),
  brudd: z.array(
    z.object({
      kjede: z.string(),
      sekvens: z.number().int(),
      arsak: z.enum(['hash', 'lenke', 'mangler', 'hode']),
    }),
  ),
});

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

export const UserList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      navn: z.string(),
      rolle: z.enum(ROLLER),
      team: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
    }),
  ),
});
