import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystem } from '@/db/context';
import { osloToday } from '@/modules/core/clock';
import { verifyAuditLog } from '@/modules/core/verifyAuditLog';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let leder: Session;
beforeAll(async () => {
  t = await createTestApp();
  leder = await t.login('leder.bergen');
  await t.login('kontaktperson.bergen');
  await t.login('leder.hv');
});
afterAll(() => t.close());

const list = (s: Session, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/audit-events${query}`, headers: { cookie: s.cookie } });

describe('audit log view', () => {
  it('shows the leader who signed in, newest first, only from their own service', async () => {
    const res = await list(leder);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const logins = body.items.filter((i: { handling: string }) => i.handling === 'auth.login');
    expect(logins.length).toBe(2);
    expect(logins.map((i: { aktorRolle: string }) => i.aktorRolle).sort()).toEqual([
      'kontaktperson',
      'leder',
    ]);
    expect(logins[0].aktor.navn).toEqual(expect.any(String));
    const times = body.items.map((i: { tidspunkt: string }) => i.tidspunkt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(body.handlinger).toContain('auth.login');
    expect(body.brukere.length).toBeGreaterThan(8);
  });

  it('filters by action, user and date, and pages', async () => {
    const me = leder.userId;
    const byUser = (await list(leder, `?aktorId=${me}&handling=auth.login`)).json();
    expect(byUser.total).toBe(1);
    const today = osloToday();
    expect((await list(leder, `?fra=${today}&til=${today}`)).json().total).toBeGreaterThan(0);
    expect((await list(leder, '?til=2020-01-01')).json().total).toBe(0);
    const page = (await list(leder, '?perSide=1&side=2')).json();
    expect(page.items.length).toBe(1);
    expect(page.side).toBe(2);
  });

  it('logs that the log was read', async () => {
    const res = (await list(leder, '?handling=audit.search')).json();
    expect(res.total).toBeGreaterThan(0);
  });

  it('is closed to a contact person', async () => {
    const kp = await t.login('kontaktperson.bergen');
    const res = await list(kp);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('rejects bad filters with a field message', async () => {
    const res = await list(leder, '?fra=i-går&handling=ukjent');
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['fra', 'handling']);
  });
});

describe('tamper evidence', () => {
  it('verifies an untouched log, and detects an edited row', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/audit-events/verify',
      headers: leder.headers,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, brudd: [] });

    // An attacker with database superuser rights switches off the append-only trigger.
    await inSystem(t.database.db, async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        sql`update audit_log set handling = 'auth.logout' where id = (select min(id) from audit_log where tjeneste_id = ${leder.tjenesteId})`,
      );
    });
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/audit-events/verify',
      headers: leder.headers,
    });
    expect(broken.json().ok).toBe(false);
    expect(broken.json().brudd).toContainEqual(expect.objectContaining({ arsak: 'hash', sekvens: 1 }));
  });

  it('detects a deleted row across all chains (npm run audit:verify)', async () => {
    await inSystem(t.database.db, async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        sql`delete from audit_log where kjede = (select kjede from audit_log where sekvens = 2 limit 1) and sekvens = 2`,
      );
    });
    const result = await inSystem(t.database.db, verifyAuditLog);
    expect(result.ok).toBe(false);
    expect(result.brudd.map((b) => b.arsak)).toEqual(expect.arrayContaining(['mangler', 'lenke']));
  });
});
