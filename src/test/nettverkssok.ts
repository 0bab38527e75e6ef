import { expect } from 'vitest';
import type { Session, TestApp } from '@/test/testApp';

/**
 * Records a concluded search in the child's family and close network (nobody suitable), so that
 * an ordinary (neutral) placement is accepted under the kinship-first rule (domain/slektForst.ts).
 * Tests that place a child in an ordinary home call this first.
 */
export async function dokumenterNettverkssok(
  t: TestApp,
  session: Session,
  barnId: string,
  dato = '2000-01-01',
) {
  const started = await t.send(session, 'POST', `/api/children/${barnId}/network-searches`, {
    startet: dato,
    fremgangsmater: ['nettverksmote'],
  });
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json().id;
  const concluded = await t.send(session, 'POST', `/api/network-searches/${id}/conclude`, {
    version: 1,
    utfall: 'ingen_egnet',
    konklusjon: 'Nettverksmøte holdt; ingen i slekt eller nettverk kunne ta imot barnet.',
    avsluttetDato: dato,
  });
  expect(concluded.statusCode, concluded.body).toBe(204);
  return id as string;
}
