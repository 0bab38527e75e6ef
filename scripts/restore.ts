import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { inSystem } from '@/db/context';
import { verifyAuditLog } from '@/modules/core/verifyAuditLog';
import { restorePglite, restorePostgres } from './backupLib';

// npm run restore -- <file> [--reset]: into an empty database (or replace it with --reset).
// PGlite: stop the app first. Afterwards the audit chain is verified.
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run restore -- <backup file> [--reset]');
  process.exit(2);
}
const reset = args.includes('--reset');
const config = loadConfig();
if (config.databaseUrl) await restorePostgres(config.databaseUrl, file, { reset });
else await restorePglite(file, config.dataDir, { reset });
const database = await openDatabase(config);
const result = await inSystem(database.db, verifyAuditLog);
await database.close();
console.log(
  `Restored from ${file}. Audit log: ${result.ok ? 'intact' : 'BROKEN'}, ${result.rader} rows in ${result.kjeder} chains.`,
);
process.exitCode = result.ok ? 0 : 1;
