/**
 * Load test (`npm run load`): N signed-in users (default 200) use the app at the same time for a
 * bounded time (default 60 s), mixing reads and writes, against a server on THIS machine only.
 *
 * By default it starts the real server (`src/server/main.ts`) as a child process on a free
 * loopback port, on the database in DATABASE_URL (PostgreSQL, with demo or national data), and
 * stops it afterwards. LOAD_URL points it at a server already running on loopback instead.
 * Prints throughput, errors and p50/p95/p99 per request type, and the CPU per request of the
 * server and of PostgreSQL's backends for this database (from /proc, on this machine; with
 * LOAD_URL give the server's pid in LOAD_SERVER_PID), writes bench/results/load-<time>.json,
 * and exits 1 on any error or a p95 of 300 ms or more.
 *
 * Each user works in a loop: a page, then a pause (LOAD_THINK_MS, default 3–10 s, while the
 * person reads, writes or talks) — a closed loop. A page is the API requests the web app makes
 * for it, sent at once as the browser does; one page in six records a follow-up visit. See
 * decision 0017 for the model, and the README for the stress run with shorter pauses
 * (LOAD_THINK_MS=250-1500: about one request per user per second).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pgDriver from 'pg';
import { DEMO_PASSWORD } from '@/seed/demo';

const USERS = Number(process.env.LOAD_USERS ?? 200);
const SECONDS = Math.min(600, Number(process.env.LOAD_SECONDS ?? 60));
const [THINK_MIN, THINK_MAX] = (process.env.LOAD_THINK_MS ?? '3000-10000').split('-').map(Number) as [
  number,
  number,
];
const P95_BUDGET = 300;
const databaseUrl = process.env.DATABASE_URL;

function assertLoopback(url: URL) {
  const h = url.hostname.replace(/^\[|\]$/g, '');
  if (!(h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h))) {
    throw new Error(`LOAD_URL must be a loopback address (127.0.0.0/8, ::1, localhost), not ${h}`);
  }
}

/** Clock ticks per second for /proc/<pid>/stat (100 on Linux unless configured otherwise). */
const ticks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, ms) a process on this machine has used, or null where unreadable. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
  } catch {
    return null;
  }
}

/**
 * CPU used by the server process and by the PostgreSQL backends serving this database, read
 * from /proc: on a shared machine, CPU per request is steadier than latency. Backends are
 * those connected to this database when read (the pool keeps them); null where not readable.
 */
async function cpuSnapshot(
  serverPid: number | null,
): Promise<{ server: number | null; pg: Map<number, number> }> {
  const pg = new Map<number, number>();
  if (databaseUrl && /@(127\.|localhost|\[::1\])/.test(databaseUrl)) {
    const client = new pgDriver.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    await client.end();
    for (const { pid } of rows) {
      const ms = cpuMs(pid);
      if (ms !== null) pg.set(pid, ms);
    }
  }
  return { server: serverPid ? cpuMs(serverPid) : null, pg };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitHealthy(base: string, child: ChildProcess | null) {
  for (let i = 0; i < 600; i++) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become healthy');
}

/** Accounts with a password that the load may sign in as: caseworkers first. */
async function accounts(): Promise<string[]> {
  if (process.env.LOAD_ACCOUNTS) return process.env.LOAD_ACCOUNTS.split(',');
  if (!databaseUrl) return ['kontaktperson.bergen', 'kontaktperson.hv', 'kontaktperson.oygarden'];
  const client = new pgDriver.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ username: string }>(
    `select u.username from users u where u.password_hash is not null and u.aktiv and u.rolle = 'kontaktperson'
       and exists (select 1 from barn b where b.kontaktperson_id = u.id) order by u.username limit $1`,
    [USERS],
  );
  await client.end();
  return rows.map((r) => r.username);
}

type Session = { cookie: string; csrf: string; children: string[] };
type Sample = { type: string; ms: number; ok: boolean; status: number };

let server: ChildProcess | null = null;
let base = process.env.LOAD_URL ?? '';
if (base) {
  assertLoopback(new URL(base));
} else {
  if (!databaseUrl) throw new Error('Set DATABASE_URL (PostgreSQL with demo or national data) or LOAD_URL');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: process.env.SEED_DEMO ?? 'true',
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
const stop = () => {
  if (server && server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stop);

const samples: Sample[] = [];
async function request(type: string, s: Session | null, method: string, path: string, body?: object) {
  const start = performance.now();
  let status = 0;
  let json: unknown = null;
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(s ? { cookie: s.cookie } : {}),
        ...(s && method !== 'GET' ? { 'x-csrf-token': s.csrf } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
        origin: base,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    status = res.status;
    const text = await res.text();
    json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
    if (type !== 'login') samples.push({ type, ms: performance.now() - start, ok: res.ok, status });
    return { res, json, setCookie: res.headers.getSetCookie() };
  } catch (err) {
    samples.push({ type, ms: performance.now() - start, ok: false, status });
    throw err;
  }
}

async function signIn(username: string): Promise<Session> {
  const { res, json, setCookie } = await request('login', null, 'POST', '/api/auth/login', {
    username,
    password: DEMO_PASSWORD,
  });
  if (!res.ok) throw new Error(`sign-in ${username}: HTTP ${res.status}`);
  const cookie = setCookie.map((c) => c.split(';')[0]).find((c) => c?.includes('landsby')) as string;
  const s: Session = { cookie, csrf: (json as { csrfToken: string }).csrfToken, children: [] };
  const list = await request('caseload', s, 'GET', '/api/children');
  s.children = ((list.json as { items: { id: string; fosterhjem: unknown }[] }).items ?? [])
    .filter((c) => c.fosterhjem)
    .map((c) => c.id);
  return s;
}

try {
  await waitHealthy(base, server);
  const names = await accounts();
  if (!names.length) throw new Error('no accounts to sign in as');
  console.log(
    `Load test against ${base}: ${USERS} users for ${SECONDS} s (think ${THINK_MIN}–${THINK_MAX} ms).`,
  );
  const sessions: Session[] = [];
  const t0 = performance.now();
  for (let i = 0; i < USERS; i += 4) {
    const batch = Array.from({ length: Math.min(4, USERS - i) }, (_, k) =>
      signIn(names[(i + k) % names.length] as string),
    );
    sessions.push(...(await Promise.all(batch)));
  }
  console.log(`${sessions.length} users signed in in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  samples.length = 0;

  const today = new Date().toISOString().slice(0, 10);
  const deadline = performance.now() + SECONDS * 1000;
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  /**
   * One page view: the API requests the web app makes for it, recorded in Chromium from the
   * built app (TanStack Query serves the rest from its cache), sent at once as the browser
   * does, with the answer of the slowest as the page's time. Weights: mostly reading; one page
   * in six records a follow-up visit, after which the app refetches the task list and notice.
   */
  const pages: { weight: number; view: (s: Session, child: string) => Promise<unknown> }[] = [
    { weight: 25, view: (s) => request('caseload', s, 'GET', '/api/children?omfang=mine') },
    {
      weight: 30,
      view: (s, child) =>
        Promise.all([
          request('child', s, 'GET', `/api/children/${child}`),
          request('child-programmes', s, 'GET', `/api/children/${child}/programmes`),
        ]),
    },
    {
      weight: 15,
      view: (s, child) => request('annual-wheel', s, 'GET', `/api/children/${child}/annual-wheel`),
    },
    {
      weight: 13,
      view: (s) =>
        Promise.all([
          request('tasks', s, 'GET', '/api/tasks?omfang=mine'),
          request('templates', s, 'GET', '/api/templates'),
        ]),
    },
    {
      weight: 17,
      view: async (s, child) => {
        await request('record-visit', s, 'POST', `/api/children/${child}/events`, {
          type: 'oppfolgingsbesok',
          dato: today,
          medvirkning: '1.1',
          snakketAlene: true,
        });
        await Promise.all([
          request('tasks', s, 'GET', '/api/tasks?omfang=mine'),
          request('task-summary', s, 'GET', '/api/tasks/summary'),
        ]);
      },
    },
  ];
  const totalWeight = pages.reduce((n, p) => n + p.weight, 0);
  const pickPage = () => {
    let r = Math.random() * totalWeight;
    for (const p of pages) {
      r -= p.weight;
      if (r < 0) return p;
    }
    return pages[0] as (typeof pages)[number];
  };
  let pageViews = 0;
  const user = async (s: Session) => {
    await new Promise((r) => setTimeout(r, rnd(0, THINK_MAX)));
    while (performance.now() < deadline) {
      const child = s.children[Math.floor(Math.random() * s.children.length)];
      try {
        if (child) await pickPage().view(s, child);
        else await request('caseload', s, 'GET', '/api/children?omfang=mine');
        pageViews++;
      } catch {
        // counted as an error sample
      }
      await new Promise((r) => setTimeout(r, rnd(THINK_MIN, THINK_MAX)));
    }
  };
  const serverPid = server?.pid ?? (process.env.LOAD_SERVER_PID ? Number(process.env.LOAD_SERVER_PID) : null);
  const cpu0 = await cpuSnapshot(serverPid);
  const started = performance.now();
  await Promise.all(sessions.map(user));
  const elapsed = (performance.now() - started) / 1000;
  const cpu1 = await cpuSnapshot(serverPid);

  const pct = (xs: number[], p: number) =>
    xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
  const types = [...new Set(samples.map((x) => x.type))].sort();
  const rows = [...types, 'all'].map((type) => {
    const xs = samples.filter((x) => type === 'all' || x.type === type);
    const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
    return {
      type,
      requests: xs.length,
      errors: xs.filter((x) => !x.ok).length,
      statuses: [...new Set(xs.filter((x) => !x.ok).map((x) => x.status))],
      p50: pct(ms, 50),
      p95: pct(ms, 95),
      p99: pct(ms, 99),
    };
  });
  console.log(
    `\n${pageViews} page views and ${samples.length} requests in ${elapsed.toFixed(1)} s: ` +
      `${(pageViews / elapsed).toFixed(0)} pages/s, ${(samples.length / elapsed).toFixed(0)} requests/s.\n`,
  );
  console.log(
    'type'.padEnd(16),
    ...['requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms'].map((h) => h.padStart(9)),
  );
  for (const r of rows) {
    console.log(
      r.type.padEnd(16),
      String(r.requests).padStart(9),
      String(r.errors).padStart(9),
      ...[r.p50, r.p95, r.p99].map((x) => x.toFixed(1).padStart(9)),
      r.statuses.length ? ` (HTTP ${r.statuses.join(', ')})` : '',
    );
  }
  // CPU per request over the measured window (the server's scheduled jobs included, if they ran).
  const serverCpu = cpu0.server !== null && cpu1.server !== null ? cpu1.server - cpu0.server : null;
  const pgCpu = cpu1.pg.size
    ? [...cpu1.pg].reduce((sum, [pid, ms]) => sum + ms - (cpu0.pg.get(pid) ?? 0), 0)
    : null;
  const perRequest = (ms: number | null) => (ms === null ? null : ms / Math.max(1, samples.length));
  const cpu = {
    serverMs: serverCpu,
    postgresMs: pgCpu,
    serverMsPerRequest: perRequest(serverCpu),
    postgresMsPerRequest: perRequest(pgCpu),
  };
  if (serverCpu !== null || pgCpu !== null) {
    const f = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
    console.log(
      `\nCPU per request: server ${f(cpu.serverMsPerRequest)} ms, PostgreSQL ${f(cpu.postgresMsPerRequest)} ms` +
        ` (server ${f(serverCpu && serverCpu / 1000)} s, PostgreSQL ${f(pgCpu && pgCpu / 1000)} s in ${elapsed.toFixed(1)} s;` +
        ` load average ${os.loadavg()[0]?.toFixed(1)}).`,
    );
  }
  const errors = samples.filter((x) => !x.ok).length;
  const slow = rows.filter((r) => r.p95 >= P95_BUDGET).map((r) => r.type);
  const report = {
    date: new Date().toISOString(),
    target: base,
    users: USERS,
    seconds: SECONDS,
    thinkMs: [THINK_MIN, THINK_MAX],
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}`,
    loadavg: os.loadavg(),
    throughput: samples.length / elapsed,
    pageViewsPerSecond: pageViews / elapsed,
    cpu,
    rows,
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}load-${report.date.replaceAll(':', '-')}.json`,
    `${JSON.stringify(report, null, 2)}\n`,
  );
  if (errors || slow.length) {
    console.error(
      `\nFAILED: ${errors} error(s)${slow.length ? `; p95 ≥ ${P95_BUDGET} ms for ${slow.join(', ')}` : ''}.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`\nNo errors; every p95 under ${P95_BUDGET} ms.`);
  }
} catch (err) {
  console.error(`Load test failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  stop();
}
