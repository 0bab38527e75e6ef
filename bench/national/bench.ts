/**
 * Benchmarks on the national data set (`npm run seed:national` first; then
 * `BENCH_DATA=national npm run bench`). For each path: server time through the real HTTP stack
 * (Fastify inject: routing, session, validation, policy, row-level security, audit, JSON), and
 * the SQL floor: the minimal statements the page needs (the session lookup, its data and the
 * access log row it must write), run in the same kind of transaction and timed the same way;
 * for paths that audit, also the read-only floor without that row. Prints a table, writes bench/results/national-<db>-<time>.json and
 * bench/results/latest.md, and exits 1 when a budget is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { count, desc, eq, sql } from 'drizzle-orm';
import { loadConfig } from '@/config';
import { openDatabase } from '@/db/client';
import { inSystem, inTjeneste } from '@/db/context';
import { auditLog, barn, dokument, hendelse, oppgave, tjeneste, users } from '@/db/schema';
import { addMonths } from '@/domain/plasseringsforlop';
import { syncAll } from '@/modules/arshjul/syncAll';
import { SYNC_BATCH } from '@/modules/arshjul/syncBatch';
import { osloToday } from '@/modules/core/clock';
import { hashToken } from '@/modules/core/sessions';
import { type AuditEvent, writeAudit } from '@/modules/core/writeAudit';
import { DEMO_PASSWORD } from '@/seed/demo';
import { buildApp } from '@/server/app';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const ENGINE_RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? 3);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_DEMO: 'false', NODE_ENV: 'test' });
const database = await openDatabase(config);
const { db } = database;

// The data set, and the largest service: its caseworker, team leader and head of service.
const [{ n: barnTotalt } = { n: 0 }] = await inSystem(db, (tx) => tx.select({ n: count() }).from(barn));
if (barnTotalt < 1000 && !process.env.BENCH_ALLOW_SMALL) {
  console.error(
    `Only ${barnTotalt} children in the database: run \`npm run seed:national\` first (or set BENCH_ALLOW_SMALL=1).`,
  );
  process.exit(2);
}
const stats = await inSystem(db, async (tx) => {
  const one = async (q: ReturnType<typeof sql>) =>
    Number(((await tx.execute(q)) as unknown as { rows: { n: string }[] }).rows[0]?.n ?? 0);
  return {
    tjenester: await one(sql`select count(*) as n from tjeneste`),
    kommuner: await one(sql`select count(*) as n from kommune`),
    barn: barnTotalt,
    barnNa: await one(
      sql`select count(distinct barn_id) as n from plassering where utflytting is null or utflytting > current_date`,
    ),
    plasseringer: await one(sql`select count(*) as n from plassering`),
    hendelser: await one(sql`select count(*) as n from ${hendelse}`),
    oppgaver: await one(sql`select count(*) as n from ${oppgave}`),
    auditRader: await one(sql`select count(*) as n from ${auditLog}`),
    databaseMb: Math.round((await one(sql`select pg_database_size(current_database()) as n`)) / 1024 / 1024),
  };
});
const [largest] = await inSystem(db, (tx) =>
  tx
    .select({ id: tjeneste.id, kode: tjeneste.kode, n: count(barn.id) })
    .from(tjeneste)
    .innerJoin(barn, eq(barn.tjenesteId, tjeneste.id))
    .groupBy(tjeneste.id)
    .orderBy(desc(count(barn.id)))
    .limit(1),
);
if (!largest) throw new Error('no service with children');
const kode = process.env.BENCH_SERVICE ?? largest.kode;
const tid = largest.id;

const app = await buildApp(config, database);
await app.ready();
async function login(username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: HTTP ${res.statusCode}`);
  const c = res.cookies.find((x) => x.name === 'landsby');
  return { cookie: `landsby=${c?.value}`, csrf: res.json().csrfToken as string, token: c?.value as string };
}
const kp = await login(`kontaktperson.${kode}`);
const teamleder = await login(`teamleder.${kode}`);
const leder = await login(`leder.${kode}`);
const [kpUser, tlUser] = await inSystem(db, (tx) =>
  Promise.all([
    tx
      .select()
      .from(users)
      .where(eq(users.username, `kontaktperson.${kode}`)),
    tx
      .select()
      .from(users)
      .where(eq(users.username, `teamleder.${kode}`)),
  ]),
);
const kpId = kpUser[0]?.id as string;
const teamId = tlUser[0]?.teamId as string;
const [lederUser] = await inSystem(db, (tx) =>
  tx
    .select()
    .from(users)
    .where(eq(users.username, `leder.${kode}`)),
);
const som = (u: { id: string; rolle: string } | undefined) => ({
  id: u?.id as string,
  rolle: u?.rolle as string,
});
const get = (s: { cookie: string }, url: string) => () =>
  app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

const caseload = (await get(kp, '/api/children')()).json().items as { id: string; fosterhjem: unknown }[];
const child = (caseload.find((c) => c.fosterhjem) ?? caseload[0])?.id as string;
let [doc] = await inSystem(db, (tx) =>
  tx
    .select({ id: dokument.id })
    .from(dokument)
    .innerJoin(barn, eq(barn.id, dokument.barnId))
    .where(eq(barn.kontaktpersonId, kpId))
    .limit(1),
);
if (!doc) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/documents',
    headers: { cookie: kp.cookie, 'x-csrf-token': kp.csrf },
    payload: { malId: 'samtale_med_barn', barnId: child },
  });
  doc = { id: res.json().id as string };
}
const today = osloToday();
const fra = addMonths(today, -12);

// The SQL floor: what the page needs from the database, in one transaction as the request role
// with row-level security, as the server runs it, without the framework around it: the session
// lookup, the data the page shows, and the access log row the page must write in the same
// transaction (design §2, decision 0017: one statement, appended with the real chain function,
// so the national data's chain still verifies). The read-only ratio is printed beside it.
type Audit = { user: { id: string; rolle: string }; event: Omit<AuditEvent, 'tjenesteId' | 'aktor'> };
const floor = (
  token: string,
  queries: ((tx: Parameters<Parameters<typeof inSystem>[1]>[0]) => Promise<unknown>)[],
  audit?: Audit,
): Floor => {
  const run = (withAudit: boolean) => async () => {
    // One statement outside a transaction, as the server's session lookup is (decision 0014).
    await db.execute(
      sql`select s.*, u.* from sessions s join users u on u.id = s.user_id where s.token_hash = ${hashToken(token)}`,
    );
    await inTjeneste(db, tid, async (tx) => {
      for (const q of queries) await q(tx);
      if (audit && withAudit) await writeAudit(tx, { ...audit.event, tjenesteId: tid, aktor: audit.user });
    });
    return { statusCode: 200 };
  };
  return Object.assign(run(true), audit ? { readOnly: run(false) } : {});
};
type Run = () => Promise<{ statusCode: number }>;
type Floor = Run & { readOnly?: Run };

type Case = {
  name: string;
  runs: number;
  server: Run;
  floor: Floor;
  budget?: { p95Ms: number; ratio: number };
};
const cases: Case[] = [
  {
    name: 'caseload (GET /api/children)',
    runs: RUNS,
    server: get(kp, '/api/children'),
    budget: { p95Ms: 50, ratio: 3 },
    floor: floor(
      kp.token,
      [
        (tx) =>
          tx.execute(sql`select b.*, u.navn as kp, t.navn as team from barn b
          left join users u on u.id = b.kontaktperson_id left join team t on t.id = b.team_id
          where b.kontaktperson_id = ${kpId} order by b.etternavn, b.fornavn`),
        (tx) =>
          tx.execute(sql`select p.*, f.navn, f.kommunenummer from plassering p join fosterhjem f on f.id = p.fosterhjem_id
          where p.barn_id in (select id from barn where kontaktperson_id = ${kpId})`),
        (tx) =>
          tx.execute(sql`select m.* from fosterhjem_medlem m where m.rolle = 'fosterforelder' and m.fosterhjem_id in
          (select p.fosterhjem_id from plassering p join barn b on b.id = p.barn_id where b.kontaktperson_id = ${kpId})`),
      ],
      {
        user: som(kpUser[0]),
        event: {
          handling: 'barn.list',
          entitetType: 'barn',
          detaljer: { omfang: 'mine', antall: caseload.length },
        },
      },
    ),
  },
  {
    name: 'child page (GET /api/children/{id})',
    runs: RUNS,
    server: get(kp, `/api/children/${child}`),
    budget: { p95Ms: 50, ratio: 3 },
    floor: floor(
      kp.token,
      [
        (tx) => tx.execute(sql`select * from barn where id = ${child}`),
        (tx) =>
          tx.execute(sql`select p.*, f.id as hjem, f.navn from plassering p join fosterhjem f on f.id = p.fosterhjem_id
          where p.barn_id = ${child}`),
        (tx) =>
          tx.execute(
            sql`select a.* from fosterhjemsavtale a join plassering p on p.id = a.plassering_id where p.barn_id = ${child}`,
          ),
        (tx) => tx.execute(sql`select * from familiemedlem where barn_id = ${child}`),
        (tx) => tx.execute(sql`select * from tildeling where barn_id = ${child}`),
        (tx) => tx.execute(sql`select * from landsbymedlem where barn_id = ${child}`),
      ],
      {
        user: som(kpUser[0]),
        event: {
          handling: 'barn.read',
          entitetType: 'barn',
          entitetId: child,
          detaljer: { tilknytning: 'kontaktperson' },
        },
      },
    ),
  },
  {
    name: 'team task view (GET /api/tasks/team)',
    runs: RUNS,
    server: get(teamleder, '/api/tasks/team'),
    floor: floor(
      teamleder.token,
      [
        (tx) =>
          tx.execute(sql`select o.*, b.fornavn, b.etternavn, b.kontaktperson_id from oppgave o join barn b on b.id = o.barn_id
          where b.team_id = ${teamId} and o.frist <= ${addMonths(today, 3)} and o.frist >= ${fra}`),
        (tx) => tx.execute(sql`select id, navn from users where team_id = ${teamId}`),
      ],
      {
        user: som(tlUser[0]),
        event: { handling: 'oppgave.list', entitetType: 'oppgave', detaljer: { omfang: 'team' } },
      },
    ),
  },
  {
    name: 'service insights (GET /api/insights/service)',
    runs: Math.max(5, Math.round(RUNS / 2)),
    server: get(leder, `/api/insights/service?fra=${fra}&til=${today}`),
    floor: floor(
      leder.token,
      [
        (tx) =>
          tx.execute(sql`select p.plasseringstype, p.avslutning, count(*) from plassering p
          where p.innflytting <= ${today} and (p.utflytting is null or p.utflytting >= ${fra})
          group by 1, 2`),
        (tx) =>
          tx.execute(sql`select o.regel, count(*), count(*) filter (where o.fullfort_dato <= o.frist) from oppgave o
          where o.frist between ${fra} and ${today} group by 1`),
      ],
      { user: som(lederUser), event: { handling: 'innsikt.read', entitetType: 'tjeneste', entitetId: tid } },
    ),
  },
  {
    name: 'document export (GET /api/documents/{id}/pdf)',
    runs: Math.max(5, Math.round(RUNS / 2)),
    server: get(kp, `/api/documents/${doc.id}/pdf`),
    floor: floor(kp.token, [(tx) => tx.execute(sql`select * from dokument where id = ${doc.id}`)], {
      user: som(kpUser[0]),
      event: { handling: 'dokument.export', entitetType: 'dokument', entitetId: doc.id },
    }),
  },
  {
    name: 'task engine, every child (syncAll)',
    runs: ENGINE_RUNS,
    server: async () => {
      await syncAll(db);
      return { statusCode: 200 };
    },
    budget: { p95Ms: 10_000, ratio: Number.POSITIVE_INFINITY },
    // The floor: the plain rows the engine needs, read as it reads them (a transaction per batch
    // of children, by the children's ids), one batch after another, without computing or writing.
    floor: async () => {
      const services = await inSystem(db, (tx) => tx.select({ id: tjeneste.id }).from(tjeneste));
      for (const { id } of services) {
        const children = await inTjeneste(db, id, (tx) => tx.select({ id: barn.id }).from(barn));
        for (let i = 0; i < children.length; i += SYNC_BATCH) {
          const ids = `{${children
            .slice(i, i + SYNC_BATCH)
            .map((c) => c.id)
            .join(',')}}`;
          await inTjeneste(db, id, async (tx) => {
            await tx.execute(sql`select id, fodselsdato from barn where id = any(${ids}::uuid[])`);
            await tx.execute(sql`select id, barn_id, fosterhjem_id, innflytting, utflytting, hjemmel
              from plassering where barn_id = any(${ids}::uuid[])`);
            const pl = sql`(select id from plassering where barn_id = any(${ids}::uuid[]))`;
            await tx.execute(sql`select plassering_id, type, antall, fra from hyppighet_vedtak
              where plassering_id in ${pl}`);
            await tx.execute(sql`select id, plassering_id, slutt_dato from fosterhjemsavtale
              where plassering_id in ${pl}`);
            await tx.execute(sql`select id, barn_id, type, dato, plassering_id, ref from hendelse
              where barn_id = any(${ids}::uuid[])`);
            await tx.execute(sql`select id, barn_id, plassering_id, regel, ref, vindu_start, frist, hendelse_id,
              fullfort_dato from oppgave where barn_id = any(${ids}::uuid[])`);
          });
        }
      }
      return { statusCode: 200 };
    },
  },
];

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
async function time(run: () => Promise<{ statusCode: number }>, runs: number, name: string) {
  await run(); // warm-up: plans, caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await run();
    times.push(performance.now() - start);
    if (res.statusCode >= 400) throw new Error(`${name}: HTTP ${res.statusCode}`);
  }
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

type Result = {
  name: string;
  runs: number;
  server: { p50: number; p95: number };
  floor: { p50: number; p95: number };
  ratioP50: number;
  ratioP95: number;
  /** The floor without the access log row, and the ratio to it: what the audit costs. */
  readOnlyFloor: { p50: number; p95: number } | null;
  ratioP95ReadOnly: number | null;
  budget: string;
  ok: boolean | null;
};
const results: Result[] = [];
console.log(
  `National data on ${database.kind}: ${stats.barn} children (${stats.barnNa} in care now), ${stats.tjenester} services; ` +
    `measuring service «${kode}» (${largest.n} children).\n`,
);
const head = ['path', 'p50', 'p95', 'floor p50', 'floor p95', 'ratio p95', 'budget', ''];
console.log(head[0]?.padEnd(46), ...head.slice(1, 7).map((h) => h.padStart(10)));
for (const c of cases) {
  const server = await time(c.server, c.runs, c.name);
  const fl = await time(c.floor, c.runs, `${c.name} floor`);
  const readOnly = c.floor.readOnly
    ? await time(c.floor.readOnly, c.runs, `${c.name} read-only floor`)
    : null;
  const ratioP95 = server.p95 / fl.p95;
  const ok = c.budget ? server.p95 < c.budget.p95Ms && ratioP95 < c.budget.ratio : null;
  const budget = c.budget
    ? `<${c.budget.p95Ms} ms${Number.isFinite(c.budget.ratio) ? `, <${c.budget.ratio}×` : ''}`
    : '–';
  results.push({
    name: c.name,
    runs: c.runs,
    server,
    floor: fl,
    ratioP50: server.p50 / fl.p50,
    ratioP95,
    readOnlyFloor: readOnly,
    ratioP95ReadOnly: readOnly ? server.p95 / readOnly.p95 : null,
    budget,
    ok,
  });
  console.log(
    c.name.padEnd(46),
    ...[server.p50, server.p95, fl.p50, fl.p95].map((x) => x.toFixed(1).padStart(10)),
    `${ratioP95.toFixed(1)}×`.padStart(10),
    budget.padStart(14),
    ok === null ? '' : ok ? ' ok' : ' OVER BUDGET',
  );
}
await app.close();
await database.close();

const failed = results.filter((r) => r.ok === false).length;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const report = {
  date: new Date().toISOString(),
  database: database.kind,
  machine,
  loadavg: os.loadavg(),
  stats,
  service: kode,
  results,
};
const dir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(
  `${dir}national-${database.kind}-${report.date.replaceAll(':', '-')}.json`,
  `${JSON.stringify(report, null, 2)}\n`,
);
const md = [
  `# Latest national benchmark`,
  '',
  `${report.date.slice(0, 16).replace('T', ' ')} UTC · ${database.kind} · ${machine} · load average ${os.loadavg()[0]?.toFixed(1)}`,
  '',
  `Data: ${stats.tjenester} services, ${stats.kommuner} municipalities, ${stats.barn.toLocaleString('en')} children ` +
    `(${stats.barnNa.toLocaleString('en')} in foster homes now), ${stats.plasseringer.toLocaleString('en')} placements, ` +
    `${stats.hendelser.toLocaleString('en')} events, ${stats.oppgaver.toLocaleString('en')} tasks, ` +
    `${stats.auditRader.toLocaleString('en')} audit rows, ${stats.databaseMb} MB. Measured as service «${kode}».`,
  '',
  '| path | p50 ms | p95 ms | SQL floor p50 | SQL floor p95 | ratio p95 | budget | | read-only floor p95 | ratio to it |',
  '|---|---:|---:|---:|---:|---:|---|---|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.server.p50.toFixed(1)} | ${r.server.p95.toFixed(1)} | ${r.floor.p50.toFixed(1)} | ` +
      `${r.floor.p95.toFixed(1)} | ${r.ratioP95.toFixed(1)}× | ${r.budget} | ${r.ok === null ? '' : r.ok ? 'ok' : '**over**'} | ` +
      `${r.readOnlyFloor ? r.readOnlyFloor.p95.toFixed(1) : '–'} | ${r.ratioP95ReadOnly ? `${r.ratioP95ReadOnly.toFixed(1)}×` : '–'} |`,
  ),
  '',
  'Reproduce: see README, «Scale and speed».',
  '',
].join('\n');
writeFileSync(`${dir}latest.md`, md);
console.log(failed ? `\n${failed} path(s) over budget.` : '\nAll budgets met.');
process.exitCode = failed ? 1 : 0;
