import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { programforlop, programokt, tjeneste } from '@/db/schema';
import { osloToday } from '@/modules/core/clock';
import { seedDemo } from '@/seed/demo';
import { openTestDatabase } from '@/test/testApp';

let database: Database;
let forlop: (typeof programforlop.$inferSelect)[];
let okter: (typeof programokt.$inferSelect)[];
let hv: string;
const today = osloToday();

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  forlop = await database.db.select().from(programforlop);
  okter = await database.db.select().from(programokt);
  hv = (await database.db.select().from(tjeneste)).find((t) => t.kode === 'hv')?.id as string;
}, 240_000);
afterAll(() => database?.close());

const av = (id: string) => okter.filter((o) => o.forlopId === id);

describe('demo programme runs', () => {
  it('gives new foster homes En god start in several states, in every service', () => {
    const egs = forlop.filter((f) => f.programId === 'en_god_start');
    expect(new Set(egs.map((f) => f.tjenesteId)).size).toBe(3);
    expect(new Set(egs.map((f) => f.status)).size).toBeGreaterThanOrEqual(3);
    expect(
      egs.some((f) => f.status === 'akseptert' && av(f.id).some((o) => o.status === 'gjennomfort')),
    ).toBe(true);
    expect(egs.some((f) => f.status === 'avbrutt' && f.arsak === 'utflytting')).toBe(true);
    for (const f of egs) {
      expect(av(f.id)).toHaveLength(6);
      expect(f.status).not.toBe('avslatt');
    }
  });

  it('held sessions have a date not in the future, participants and a note in the service’s language', () => {
    const holdt = okter.filter((o) => o.status === 'gjennomfort');
    expect(holdt.length).toBeGreaterThan(10);
    for (const o of holdt) {
      expect(o.gjennomfort && o.gjennomfort <= today).toBe(true);
      expect(o.deltakere.length).toBeGreaterThan(0);
      expect(o.notat?.length).toBeGreaterThan(20);
    }
    const nn = holdt.filter((o) => o.tjenesteId === hv);
    expect(nn.length).toBeGreaterThan(0);
    expect(nn.some((o) => /ikkje|korleis|kjensle|forelderen|dei /.test(o.notat ?? ''))).toBe(true);
  });

  it('gives parents of children on a care order Veien videre: accepted, declined with a reason, proposed', () => {
    const vv = forlop.filter((f) => f.programId === 'veien_videre');
    expect(vv.every((f) => f.familiemedlemId && av(f.id).length === 4)).toBe(true);
    expect(vv.some((f) => f.status === 'akseptert')).toBe(true);
    expect(vv.some((f) => f.status === 'foreslatt')).toBe(true);
    const avslatt = vv.filter((f) => f.status === 'avslatt');
    expect(avslatt.length).toBeGreaterThan(0);
    for (const f of avslatt) expect(f.arsak?.length).toBeGreaterThan(20);
  });
});
