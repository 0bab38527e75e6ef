import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { dropEverything, seedDemo, seedDemoIfEmpty } from '@/seed/demo';

// npm run seed:demo [-- --reset]. Stop the app first when it runs on embedded PGlite:
// PGlite allows one connection at a time.
const config = loadConfig();
const reset = process.argv.includes('--reset');
let database = await openDatabase(config);
if (reset) {
  await dropEverything(database.db);
  await database.close();
  database = await openDatabase(config);
  await seedDemo(database.db);
  console.log('Demo data reset and seeded.');
} else {
  const seeded = await seedDemoIfEmpty(database.db);
  console.log(seeded ? 'Demo data seeded.' : 'The database already has data; use --reset to start over.');
}
await database.close();
