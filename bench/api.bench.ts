/**
 * Speed budgets for the paths caseworkers use all day, measured through the real HTTP stack on
 * a seeded database (in-memory PGlite, or PostgreSQL with DATABASE_URL). Run: `npm run bench`.
 * Prints the median and 95th percentile per path and exits 1 when a budget is broken.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { DEMO_PASSWORD, seedDemo } from '@/seed/demo';
import { buildApp } from '@/server/app';

type Case = { name: string; budgetP95Ms: number; run: () => Promise<{ statusCode: number }> };

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const t0 = performance.now();
const database = process.env.DATABASE_URL
  ? await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' })
  : await openDatabase({ dataDir: 'memory://' });
await seedDemo(database.db);
const seedMs = performance.now() - t0;
const app = await buildApp(
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' }),
  database,
);
await app.ready();

async function login(username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const c = res.cookies.find((x) => x.name === 'landsby');
  return { cookie: `landsby=${c?.value}`, csrf: res.json().csrfToken as string };
}
const kp = await login('kontaktperson.bergen');
const leder = await login('leder.bergen');
const teamleder = await login('teamleder.bergen');
const get = (s: { cookie: string }, url: string) => () =>
  app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

const caseload = (await get(kp, '/api/children')()).json().items as { id: string }[];
const child = caseload[0]?.id;
const doc = await app.inject({
  method: 'POST',
  url: '/api/documents',
  headers: { cookie: kp.cookie, 'x-csrf-token': kp.csrf },
  payload: { malId: 'samtale_med_barn', barnId: child },
});
const docId = doc.json().id as string;

const cases: Case[] = [
  {
    name: 'POST /api/auth/login (argon2id)',
    budgetP95Ms: 400,
    run: () => login('veileder.bergen').then(() => ({ statusCode: 200 })),
  },
  { name: 'GET /api/children (my caseload)', budgetP95Ms: 150, run: get(kp, '/api/children') },
  {
    name: 'GET /api/children?omfang=tjeneste (whole service)',
    budgetP95Ms: 400,
    run: get(leder, '/api/children?omfang=tjeneste'),
  },
  { name: 'GET /api/children/{id} (child record)', budgetP95Ms: 200, run: get(kp, `/api/children/${child}`) },
  { name: 'GET /api/tasks (my tasks)', budgetP95Ms: 300, run: get(kp, '/api/tasks') },
  { name: 'GET /api/tasks/team (team compliance)', budgetP95Ms: 800, run: get(teamleder, '/api/tasks/team') },
  {
    name: 'GET /api/course/barn/{id} (manual checklist)',
    budgetP95Ms: 250,
    run: get(kp, `/api/course/barn/${child}`),
  },
  {
    name: 'GET /api/documents/{id}/pdf (tagged PDF)',
    budgetP95Ms: 600,
    run: get(kp, `/api/documents/${docId}/pdf`),
  },
  { name: 'GET /api/audit-events (audit log page)', budgetP95Ms: 300, run: get(leder, '/api/audit-events') },
];

const pct = (xs: number[], p: number) =>
  xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
let failed = 0;
console.log(`Seeded demo data in ${Math.round(seedMs)} ms; ${RUNS} runs per path (${database.kind}).\n`);
console.log('path'.padEnd(52), 'median'.padStart(8), 'p95'.padStart(8), 'budget'.padStart(8));
for (const c of cases) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const res = await c.run();
    times.push(performance.now() - start);
    if (res.statusCode >= 400) throw new Error(`${c.name}: HTTP ${res.statusCode}`);
  }
  const p95 = pct([...times], 95);
  const ok = p95 <= c.budgetP95Ms;
  if (!ok) failed++;
  console.log(
    c.name.padEnd(52),
    `${pct([...times], 50).toFixed(1)}`.padStart(8),
    `${p95.toFixed(1)}`.padStart(8),
    `${c.budgetP95Ms}`.padStart(8),
    ok ? 'ok' : 'OVER BUDGET',
  );
}
await app.close();
await database.close();
console.log(failed ? `\n${failed} path(s) over budget.` : '\nAll paths within budget.');
process.exitCode = failed ? 1 : 0;
