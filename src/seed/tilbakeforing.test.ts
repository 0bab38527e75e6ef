import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import { gjenforeningsplan, hendelse, tilbakeforingsvurdering, tjeneste } from '@/db/schema';
import { vurder } from '@/domain/tilbakeforing';
import { osloToday } from '@/modules/core/clock';
import { seedDemo } from '@/seed/demo';

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await seedDemo(database.db);
}, 240_000);
afterAll(() => database?.close());

describe('demo reunification work', () => {
  it('gives every service a decision of each kind, a draft and a plan under way, consistent with the rules', async () => {
    const { db } = database;
    // Bufetat has no children: only the municipal services have reunification work.
    const services = await db.select().from(tjeneste).where(eq(tjeneste.organisasjonstype, 'kommune'));
    const vurderinger = await db.select().from(tilbakeforingsvurdering);
    const planer = await db.select().from(gjenforeningsplan);
    for (const s of services) {
      const own = vurderinger.filter((v) => v.tjenesteId === s.id);
      expect(own.map((v) => v.beslutning).sort()).toEqual([
        'avslutte_mal',
        'fortsette_prosess',
        'fremme_sak',
        null,
      ]);
      for (const v of own.filter((x) => x.beslutning)) {
        // Each decision is one the answers allow, and the årshjul event points at it.
        expect(vurder(v.steg).beslutninger[v.beslutning as 'fremme_sak']).toEqual([]);
        const [event] = await db.select().from(hendelse).where(eq(hendelse.ref, v.id));
        expect(event).toMatchObject({
          type: 'tilbakeforing_vurdert',
          dato: v.besluttetDato,
          barnId: v.barnId,
        });
      }
      const plan = planer.find((p) => p.tjenesteId === s.id);
      const fremme = own.find((v) => v.beslutning === 'fremme_sak');
      expect(plan).toMatchObject({ status: 'aktiv', barnId: fremme?.barnId });
      expect(plan?.steg.some((x) => x.status === 'pagar' || x.status === 'fullfort')).toBe(true);
      expect(plan?.steg.every((x) => !x.fra || x.fra <= osloToday() || x.status === 'planlagt')).toBe(true);
    }
  });
});
