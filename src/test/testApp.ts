import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { loadConfig } from '@/config';
import { type Database, openDatabase } from '@/db/client';
import { DEMO_PASSWORD, seedDemo } from '@/seed/demo';
import { buildApp } from '@/server/app';

/**
 * A fresh, migrated and seeded database for one test file: in-memory PGlite by default, or a
 * new database on the PostgreSQL server in DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ dataDir: 'memory://' });
  const name = `landsby_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: testUrl.toString(), dataDir: '' });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      // pool.end() returns before the server has closed every backend; dropping at once
      // "with (force)" would then kill connections the client is still closing.
      for (let i = 0; i < 50; i++) {
        const { rows } = await cleanup.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** Signs in a demo account and returns what later requests need. */
  login: (username: string) => Promise<Session>;
  /** A request as the signed-in user (cookie and CSRF token), with an optional JSON body. */
  send: (
    session: Session,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

export type Session = {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
  userId: string;
  tjenesteId: string;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  await seedDemo(database.db, { cases: false });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env });
  const app = await buildApp(config, database);
  await app.ready();
  return {
    app,
    database,
    login: async (username) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = sessionCookie(res);
      const body = res.json();
      return {
        cookie,
        csrfToken: body.csrfToken,
        headers: { cookie, 'x-csrf-token': body.csrfToken },
        userId: body.user.id,
        tjenesteId: body.user.tjeneste.id,
      };
    },
    send: (session, method, url, payload) =>
      app.inject({
        method,
        url,
        headers: session.headers,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'landsby' || x.name === '__Host-landsby');
  if (!c) throw new Error('no session cookie');
  return `${c.name}=${c.value}`;
}
