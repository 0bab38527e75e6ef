import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { inSystem } from '@/db/context';
import { verifyAuditLog } from '@/modules/core/verifyAuditLog';

// npm run audit:verify: recomputes every audit hash chain; exits 1 when any link is broken.
const database = await openDatabase(loadConfig());
const result = await inSystem(database.db, verifyAuditLog);
await database.close();
if (result.ok) {
  console.log(`Audit log intact: ${result.rader} rows in ${result.kjeder} chains.`);
} else {
  console.error(`Audit log BROKEN: ${result.brudd.length} break(s) in ${result.rader} rows.`);
  for (const b of result.brudd) console.error(`  chain ${b.kjede} sequence ${b.sekvens}: ${b.arsak}`);
  process.exitCode = 1;
}
