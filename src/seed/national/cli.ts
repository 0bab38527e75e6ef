import { count } from 'drizzle-orm';
import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { tjeneste } from '@/db/schema';
import { dropEverything } from '@/seed/demo';
import { seedNational } from '@/seed/national/generate';

// npm run seed:national [-- --scale 0.1] [--seed 2026] [--reset]
// Fills an EMPTY database (PGlite in DATA_DIR, or PostgreSQL with DATABASE_URL) with the national
// data set; refuses a database that has data unless --reset (which wipes it first). On PGlite,
// stop the app first: PGlite allows one connection at a time.
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = Number(arg('--scale') ?? 1);
const seed = Number(arg('--seed') ?? 2026);
if (!(scale > 0 && scale <= 5) || !Number.isInteger(seed)) {
  console.error('Usage: npm run seed:national -- [--scale 0<s<=5] [--seed n] [--reset]');
  process.exit(2);
}
const config = loadConfig();
let database = await openDatabase(config);
const [row] = await database.db.select({ n: count() }).from(tjeneste);
if ((row?.n ?? 0) > 0) {
  if (!args.includes('--reset')) {
    console.error(
      'The database already has data. Use --reset to wipe it and start over (never on a shared database).',
    );
    await database.close();
    process.exit(1);
  }
  await dropEverything(database.db);
  await database.close();
  database = await openDatabase(config);
}
console.log(`National data set, scale ${scale}, seed ${seed}, on ${database.kind}…`);
const summary = await seedNational(database.db, { scale, seed, log: (line) => console.log(`  ${line}`) });
await database.close();
const rows = Object.entries(summary.rader)
  .sort((a, b) => b[1] - a[1])
  .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
  .join(', ');
console.log(
  `Done in ${(summary.ms / 1000).toFixed(1)} s: ${summary.tjenester} services, ${summary.kommuner} municipalities, ` +
    `${summary.brukere} staff, ${summary.barnNa} children in foster homes now.\nRows: ${rows}`,
);
