import nodemailer from 'nodemailer';
import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { scheduleDigests } from '@/modules/arshjul/digest';
import { scheduleSync } from '@/modules/arshjul/syncAll';
import { scheduleSlettUtlopte } from '@/modules/rekruttering/slettUtlopte';
import { seedDemoIfEmpty } from '@/seed/demo';
import { buildApp } from '@/server/app';

const config = loadConfig();
const database = await openDatabase(config);
if (config.seedDemo) await seedDemoIfEmpty(database.db);
const app = await buildApp(config, database);
const stopSync = scheduleSync(database.db, (msg) => app.log.info(msg));
const stopRetention = scheduleSlettUtlopte(database.db, (msg) => app.log.info(msg));
const stopDigests = config.smtpUrl
  ? scheduleDigests(
      database.db,
      nodemailer.createTransport(config.smtpUrl),
      { from: config.smtpFrom, origin: config.publicOrigin },
      (msg) => app.log.info(msg),
    )
  : () => {};

const shutdown = async () => {
  stopSync();
  stopRetention();
  stopDigests();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
