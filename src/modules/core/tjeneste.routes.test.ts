import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@/test/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('service overview', () => {
  it('shows the inter-municipal service with its municipalities, collaborations and teams', async () => {
    const s = await t.login('kontaktperson.hv');
    const res = await t.app.inject({ method: 'GET', url: '/api/tjeneste', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // The demo user of this service writes nynorsk, so the service's nynorsk name is shown.
    expect(body.navn).toBe('Barnevernstenesta i Hardanger og Voss');
    expect(body.interkommunal).toBe(true);
    expect(body.kommuner.map((k: { nummer: string }) => k.nummer)).toEqual(['4619', '4620', '4621', '4622']);
    expect(body.samarbeid[0].tjenester.length).toBe(3);
    expect(body.team.map((x: { navn: string }) => x.navn)).toEqual(['Familieteamet', 'Fosterheimsteamet']);
  });

  it('counts only its own users', async () => {
    const a = await t.login('leder.bergen');
    const b = await t.login('leder.oygarden');
    const bergen = (
      await t.app.inject({ method: 'GET', url: '/api/tjeneste', headers: { cookie: a.cookie } })
    ).json();
    const oygarden = (
      await t.app.inject({ method: 'GET', url: '/api/tjeneste', headers: { cookie: b.cookie } })
    ).json();
    expect(bergen.antallBrukere).toBe(8 + 3 * 3);
    expect(oygarden.antallBrukere).toBe(8 + 2 * 3);
  });

  it('tells a Bufetat unit from a municipal service, in the overview and the session', async () => {
    const s = await t.login('rekrutterer.bufetat');
    const own = (
      await t.app.inject({ method: 'GET', url: '/api/tjeneste', headers: { cookie: s.cookie } })
    ).json();
    expect(own.organisasjonstype).toBe('bufetat');
    expect(own.kommuner).toEqual([]);
    expect(own.samarbeid.map((x: { type: string }) => x.type)).toEqual(['rekruttering']);
    const me = (await t.send(s, 'GET', '/api/auth/session')).json();
    expect(me.user.tjeneste.organisasjonstype).toBe('bufetat');
    const bergen = await t.login('leder.bergen');
    const theirs = (
      await t.app.inject({ method: 'GET', url: '/api/tjeneste', headers: { cookie: bergen.cookie } })
    ).json();
    expect(theirs.organisasjonstype).toBe('kommune');
  });
});
