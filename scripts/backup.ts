import { statSync } from 'node:fs';
import { loadConfig } from '@/config';
import { backupPglite, backupPostgres } from './backupLib';

// npm run backup [-- <file>]: PostgreSQL (DATABASE_URL) with pg_dump, while the app runs;
// PGlite (DATA_DIR) as a gzipped tar of the data directory: STOP THE APP FIRST.
const config = loadConfig();
const stamp = new Date().toISOString().replaceAll(':', '-').slice(0, 19);
const file =
  process.argv[2] ??
  `backups/landsby-${config.databaseUrl ? 'postgres' : 'pglite'}-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`;
if (config.databaseUrl) backupPostgres(config.databaseUrl, file);
else await backupPglite(config.dataDir, file);
console.log(`Backup written to ${file} (${Math.round(statSync(file).size / 1024)} KiB).`);
