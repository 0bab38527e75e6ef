import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Records a concluded search in the child's family and close network (nobody suitable) through
 * the API, so that an ordinary (neutral) placement is accepted under the kinship-first rule
 * (src/domain/slektForst.ts). Browser tests that place a child in an ordinary home call this first.
 */
export async function dokumenterNettverkssok(p: Page, barnId: string, dato = '2000-01-01') {
  const session = await (await p.request.get('/api/auth/session')).json();
  const headers = { 'x-csrf-token': session.csrfToken };
  const started = await p.request.post(`/api/children/${barnId}/network-searches`, {
    data: { startet: dato, fremgangsmater: ['nettverksmote'] },
    headers,
  });
  expect(started.status(), await started.text()).toBe(201);
  const { id } = await started.json();
  const concluded = await p.request.post(`/api/network-searches/${id}/conclude`, {
    data: {
      version: 1,
      utfall: 'ingen_egnet',
      konklusjon: 'Nettverksmøte holdt; ingen i slekt eller nettverk kunne ta imot barnet.',
      avsluttetDato: dato,
    },
    headers,
  });
  expect(concluded.status(), await concluded.text()).toBe(204);
}
