import { asc } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditHead, auditLog } from '@/db/schema';
import { type ChainBreak, verifyChain } from '@/domain/auditChain';

/**
 * Recomputes every hash chain the transaction can see: all of them in a system
 * transaction (`npm run audit:verify`), the own service's chain under row-level security.
 */
export async function verifyAuditLog(tx: Tx) {
  const heads = await tx.select().from(auditHead);
  const rows = await tx.select().from(auditLog).orderBy(asc(auditLog.kjede), asc(auditLog.sekvens));
  const byChain = new Map<string, typeof rows>();
  for (const row of rows) byChain.set(row.kjede, [...(byChain.get(row.kjede) ?? []), row]);
  for (const head of heads) if (!byChain.has(head.kjede)) byChain.set(head.kjede, []);

  const brudd: ChainBreak[] = [];
  for (const [kjede, chainRows] of byChain) {
    const head = heads.find((h) => h.kjede === kjede) ?? null;
    const links = chainRows.map((r) => ({ ...r, tidspunkt: r.tidspunkt.toISOString() }));
    brudd.push(...verifyChain(kjede, links, head && head.sekvens > 0 ? head : null));
  }
  return { ok: brudd.length === 0, kjeder: byChain.size, rader: rows.length, brudd };
}
