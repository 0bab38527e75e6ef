import { and, eq, gt, ilike, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, tilgang } from '@/db/schema';
import { tilknytning } from '@/modules/barn/barn.policy';
import type { Actor } from '@/modules/core/actor';
import { auditBy } from '@/modules/core/writeAudit';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Finds children in the service by name or identity number. A hit shows only name and birth
 * year, and whether the searcher may open it directly or must state a purpose first. The
 * search words are not logged (they may be an identity number); the number of hits is.
 */
export async function searchBarn(tx: Tx, actor: Actor, q: string) {
  const digits = q.replace(/\s/g, '');
  // 11 digits: an identity number; 6 or 8 digits: a birth date as DDMMYY or DDMMYYYY.
  const byNumber = /^(\d{6}|\d{8}|\d{11})$/.test(digits);
  const words = q.split(/\s+/).filter(Boolean).map(escapeLike);
  const rows = await tx
    .select()
    .from(barn)
    .where(
      byNumber
        ? digits.length === 11
          ? eq(barn.fodselsnummer, digits)
          : sql`to_char(${barn.fodselsdato}, ${digits.length === 6 ? 'DDMMYY' : 'DDMMYYYY'}) = ${digits}`
        : sql.join(
            words.map((w) => or(ilike(barn.fornavn, `%${w}%`), ilike(barn.etternavn, `%${w}%`))),
            sql` and `,
          ),
    )
    .limit(25);
  const grants = new Set(
    (
      await tx
        .select({ id: tilgang.entitetId })
        .from(tilgang)
        .where(and(eq(tilgang.brukerId, actor.userId), gt(tilgang.utloper, new Date())))
    ).map((g) => g.id),
  );
  await auditBy(tx, actor, {
    handling: 'barn.search',
    entitetType: 'barn',
    detaljer: { treff: rows.length },
  });
  return {
    items: rows.map((b) => ({
      id: b.id,
      navn: `${b.fornavn} ${b.etternavn}`,
      fodselsar: Number(b.fodselsdato.slice(0, 4)),
      tilgang:
        tilknytning(
          actor,
          { kontaktpersonIds: [b.kontaktpersonId], teamIds: [b.teamId] },
          grants.has(b.id),
        ) !== null,
    })),
  };
}
