import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditHead, auditLog } from '@/db/schema';
import { type ChainBreak, verifyChain } from '@/domain/auditChain';

/**
 * Recomputes every hash chain the transaction can see: all of them in a system
 * transaction (`npm run audit:verify`), the own service's chain under row-level security.
 */
export async function verifyAuditLog(tx: Tx) {
  const heads = await tx.select().from(auditHead);
  const names = await tx.selectDistinct({ kjede: auditLog.kjede }).from(auditLog);
  const kjeder = new Set([...names.map((n) => n.kjede), ...heads.map((h) => h.kjede)]);

  // One chain in memory at a time: the national data set has chains of 100,000 rows and more.
  const brudd: ChainBreak[] = [];
  let rader = 0;
  for (const kjede of kjeder) {
    const chainRows = await tx
      .select()
      .from(auditLog)
      .where(eq(auditLog.kjede, kjede))
      .orderBy(asc(auditLog.sekvens));
    rader += chainRows.length;
    const head = heads.find((h) => h.kjede === kjede) ?? null;
    const links = chainRows.map((r) => ({ ...r, tidspunkt: r.tidspunkt.toISOString() }));
    brudd.push(...verifyChain(kjede, links, head && head.sekvens > 0 ? head : null));
  }
  return { ok: brudd.length === 0, kjeder: kjeder.size, rader, brudd };
}
