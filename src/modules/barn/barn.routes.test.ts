import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { addMonths } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { createRandom } from '@/seed/names';
import { dokumenterNettverkssok } from '@/test/nettverkssok';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let kp: Session; // kontaktperson.bergen
let kollega: Session; // a supervisor in the same service, not assigned to the test children
let teamleder: Session;
let leder: Session;
let annenTjeneste: Session;
let kursleder: Session;
const today = osloToday();
const random = createRandom(7);

async function createChild(s: Session, extra: Record<string, unknown> = {}) {
  const res = await t.send(s, 'POST', '/api/children', {
    fornavn: 'Test',
    etternavn: 'Barnesen',
    fodselsdato: '2014-03-02',
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function createHome(s: Session) {
  const res = await t.send(s, 'POST', '/api/foster-homes', {
    navn: 'Familien Lyngstad',
    kommunenummer: '4601',
    poststed: 'Bergen',
    medlemmer: [
      { rolle: 'fosterforelder', fornavn: 'Kari', etternavn: 'Lyngstad' },
      { rolle: 'fosterforelder', fornavn: 'Per', etternavn: 'Lyngstad' },
      { rolle: 'eget_barn', fornavn: 'Ola', etternavn: 'Lyngstad', fodselsdato: '2012-01-01' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  kp = await t.login('kontaktperson.bergen');
  teamleder = await t.login('teamleder.bergen');
  leder = await t.login('leder.bergen');
  kursleder = await t.login('kursleder.bergen');
  annenTjeneste = await t.login('leder.hv');
  kollega = await t.login('veileder.bergen');
});
afterAll(() => t.close());

describe('registering a child', () => {
  it('a contact person registers a child and follows it', async () => {
    const id = await createChild(kp, { fornavn: 'Emma', sprak: ['norsk', 'tigrinja'], religion: 'Kristen' });
    const res = await t.send(kp, 'GET', `/api/children/${id}`);
    expect(res.statusCode).toBe(200);
    const child = res.json();
    expect(child).toMatchObject({
      fornavn: 'Emma',
      fase: 'for_flytting',
      tilknytning: 'egen',
      kanEndre: true,
    });
    expect(child.kontaktperson.id).toBe(kp.userId);
    expect(child.sprak).toEqual(['norsk', 'tigrinja']);
    expect(child.tidslinje.map((e: { type: string }) => e.type)).toContain('tildeling');
  });

  it('validates the identity number with mod 11 and shows it masked', async () => {
    const bad = await t.send(kp, 'POST', '/api/children', {
      fornavn: 'A',
      etternavn: 'B',
      fodselsnummer: '12345678901',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      {
        field: 'fodselsnummer',
        code: 'fodselsnummer_invalid',
        message: 'Fødselsnummeret er ikke gyldig. Kontroller de 11 sifrene.',
      },
    ]);
    const nr = syntheticFodselsnummer('2015-06-20', random);
    const id = await createChild(kp, { fodselsnummer: nr, fodselsdato: undefined });
    const child = (await t.send(kp, 'GET', `/api/children/${id}`)).json();
    expect(child.fodselsdato).toBe('2015-06-20');
    expect(child.fodselsnummerMaskert).toBe(`${nr.slice(0, 6)}*****`);
    expect(JSON.stringify(child)).not.toContain(nr);
    const reveal = await t.send(kp, 'GET', `/api/children/${id}/identity-number`);
    expect(reveal.json().fodselsnummer).toBe(nr);
  });

  it('refuses the same number twice in a service, but not in another service', async () => {
    const nr = syntheticFodselsnummer('2016-01-11', random);
    await createChild(kp, { fodselsnummer: nr, fodselsdato: undefined });
    const again = await t.send(kp, 'POST', '/api/children', {
      fornavn: 'X',
      etternavn: 'Y',
      fodselsnummer: nr,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'duplicate',
      errors: [{ field: 'fodselsnummer', code: 'fodselsnummer_duplicate' }],
    });
    const elsewhere = await t.send(annenTjeneste, 'POST', '/api/children', {
      fornavn: 'X',
      etternavn: 'Y',
      fodselsnummer: nr,
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('needs a number or a birth date, and they must agree', async () => {
    const none = await t.send(kp, 'POST', '/api/children', { fornavn: 'A', etternavn: 'B' });
    expect(none.json().errors[0]).toMatchObject({ field: 'fodselsdato', code: 'identity_missing' });
    const nr = syntheticFodselsnummer('2017-02-03', random);
    const mismatch = await t.send(kp, 'POST', '/api/children', {
      fornavn: 'A',
      etternavn: 'B',
      fodselsnummer: nr,
      fodselsdato: '2017-02-04',
    });
    expect(mismatch.json().errors[0]).toMatchObject({ field: 'fodselsdato', code: 'fodselsdato_mismatch' });
  });

  it('is refused for roles that do not follow children', async () => {
    const res = await t.send(kursleder, 'POST', '/api/children', {
      fornavn: 'A',
      etternavn: 'B',
      fodselsdato: '2015-01-01',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('access to a child', () => {
  let id: string;
  beforeAll(async () => {
    id = await createChild(kp, { fornavn: 'Sara' });
  });

  it('another service gets 404: the child does not exist for them', async () => {
    const res = await t.send(annenTjeneste, 'GET', `/api/children/${id}`);
    expect(res.statusCode).toBe(404);
  });

  it("the team leader reaches the team's child, the head of service every child", async () => {
    expect((await t.send(teamleder, 'GET', `/api/children/${id}`)).json().tilknytning).toBe('team');
    expect((await t.send(leder, 'GET', `/api/children/${id}`)).json().tilknytning).toBe('tjeneste');
  });

  it('an unassigned worker must state a purpose, which is logged with the read; then reads only', async () => {
    const refused = await t.send(kollega, 'GET', `/api/children/${id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('purpose_required');

    const tooShort = await t.send(kollega, 'POST', `/api/children/${id}/access`, { formal: 'kort' });
    expect(tooShort.statusCode).toBe(400);
    const granted = await t.send(kollega, 'POST', `/api/children/${id}/access`, {
      formal: 'Vikar for kontaktperson under ferie',
    });
    expect(granted.statusCode).toBe(201);

    const read = await t.send(kollega, 'GET', `/api/children/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ tilknytning: 'formal', kanEndre: false });
    const write = await t.send(kollega, 'POST', `/api/children/${id}/village-members`, {
      kategori: 'fritid',
      navn: 'X',
      rolle: 'Trener',
    });
    expect(write.statusCode).toBe(403);

    const log = (await t.send(leder, 'GET', `/api/audit-events?aktorId=${kollega.userId}`)).json();
    const handlinger = log.items.map((i: { handling: string; formal: string | null }) => [
      i.handling,
      i.formal,
    ]);
    expect(handlinger).toContainEqual(['tilgang.granted', 'Vikar for kontaktperson under ferie']);
    expect(handlinger).toContainEqual(['barn.read', null]);
  });

  it('roles outside casework cannot ask for access at all', async () => {
    const res = await t.send(kursleder, 'POST', `/api/children/${id}/access`, {
      formal: 'Vil bare se litt på saken',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('a second save with an old version is refused, and nothing is lost', async () => {
    const child = (await t.send(kp, 'GET', `/api/children/${id}`)).json();
    const body = {
      fornavn: 'Sara',
      etternavn: 'Barnesen',
      fodselsdato: child.fodselsdato,
      sprak: [],
      version: child.version,
    };
    expect((await t.send(kp, 'PUT', `/api/children/${id}`, { ...body, kultur: 'Først' })).statusCode).toBe(
      204,
    );
    const second = await t.send(teamleder, 'PUT', `/api/children/${id}`, { ...body, kultur: 'Andre' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('conflict');
    expect((await t.send(kp, 'GET', `/api/children/${id}`)).json().kultur).toBe('Først');
  });
});

describe('placement course', () => {
  it('create child → place in a foster home → village member → shows in "Mine barn" in the right phase', async () => {
    const id = await createChild(kp, { fornavn: 'Jonas' });
    const home = await createHome(kp);
    const innflytting = addMonths(today, -3);
    await dokumenterNettverkssok(t, kp, id);
    const placed = await t.send(kp, 'POST', `/api/children/${id}/placements`, {
      fosterhjemId: home,
      innflytting,
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
      avtaleSlutt: addMonths(today, 33),
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const member = await t.send(kp, 'POST', `/api/children/${id}/village-members`, {
      kategori: 'skole_barnehage',
      navn: 'Anne Lærer',
      rolle: 'Kontaktlærer',
      kontakt: '400 00 000',
    });
    expect(member.statusCode).toBe(201);

    const mine = (await t.send(kp, 'GET', '/api/children')).json().items;
    const row = mine.find((c: { id: string }) => c.id === id);
    expect(row).toMatchObject({
      fase: 'innflytting',
      siden: innflytting,
      plasseringstype: 'ordinaer',
      fosterhjem: { id: home, navn: 'Familien Lyngstad' },
      fosterforeldre: ['Kari Lyngstad', 'Per Lyngstad'],
    });
    const child = (await t.send(kp, 'GET', `/api/children/${id}`)).json();
    expect(child.fosterhjem.medlemmer.map((m: { rolle: string }) => m.rolle)).toEqual([
      'fosterforelder',
      'fosterforelder',
      'eget_barn',
    ]);
    expect(child.landsby.medlemmer[0]).toMatchObject({ navn: 'Anne Lærer', kategori: 'skole_barnehage' });
  });

  it('a corrected birth date moves the aftercare task at once', async () => {
    const ettervern = async (id: string) => {
      const tasks = [];
      for (const ar of [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]) {
        const wheel = (await t.send(kp, 'GET', `/api/children/${id}/annual-wheel?ar=${ar}`)).json();
        for (const m of wheel.maneder) tasks.push(...m.oppgaver);
      }
      return tasks
        .filter((o: { regel: string }) => o.regel === 'ettervern')
        .map((o: { frist: string }) => o.frist);
    };
    // Eighteen in nine months: aftercare is due six months before, in three months.
    const id = await createChild(kp, { fodselsdato: addMonths(today, -12 * 18 + 9) });
    const home = await createHome(kp);
    await dokumenterNettverkssok(t, kp, id);
    const placed = await t.send(kp, 'POST', `/api/children/${id}/placements`, {
      fosterhjemId: home,
      innflytting: addMonths(today, -3),
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_kap3',
    });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(await ettervern(id)).toEqual([addMonths(today, 3)]);

    const child = (await t.send(kp, 'GET', `/api/children/${id}`)).json();
    const saved = await t.send(kp, 'PUT', `/api/children/${id}`, {
      fornavn: child.fornavn,
      etternavn: child.etternavn,
      fodselsdato: addMonths(today, -12 * 18 + 11),
      sprak: [],
      version: child.version,
    });
    expect(saved.statusCode, saved.body).toBe(204);
    expect(await ettervern(id)).toEqual([addMonths(today, 5)]);
  });

  it('a child lives in one place at a time, and an unintended move is recorded with SSB codes', async () => {
    const id = await createChild(kp, { fornavn: 'Lea' });
    const home = await createHome(kp);
    const other = await createHome(kp);
    const first = await t.send(kp, 'POST', `/api/children/${id}/placements`, {
      fosterhjemId: home,
      innflytting: '2022-01-10',
      plasseringstype: 'slekt_nettverk',
      hjemmel: 'bvl_5_1',
    });
    const overlap = await t.send(kp, 'POST', `/api/children/${id}/placements`, {
      fosterhjemId: other,
      innflytting: '2024-01-10',
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().errors[0]).toMatchObject({ field: 'innflytting', code: 'placement_overlap' });

    const early = await t.send(kp, 'POST', `/api/placements/${first.json().id}/end`, {
      version: 1,
      utflytting: '2021-01-01',
      avslutning: 'utilsiktet',
      initiativ: 'fosterforeldre',
      arsakKode: '1.2.1',
      flyttingTil: '2',
    });
    expect(early.json().errors[0]).toMatchObject({ field: 'utflytting', code: 'date_order' });
    const ended = await t.send(kp, 'POST', `/api/placements/${first.json().id}/end`, {
      version: 1,
      utflytting: '2024-01-10',
      avslutning: 'utilsiktet',
      initiativ: 'fosterforeldre',
      arsakKode: '1.2.1',
      flyttingTil: '2',
      notat: 'Fosterforeldrene sa opp etter lang tids uro.',
    });
    expect(ended.statusCode, ended.body).toBe(204);
    await dokumenterNettverkssok(t, kp, id);
    const next = await t.send(kp, 'POST', `/api/children/${id}/placements`, {
      fosterhjemId: other,
      innflytting: '2024-01-10',
      plasseringstype: 'ordinaer',
      hjemmel: 'bvl_5_1',
    });
    expect(next.statusCode).toBe(201);
    const child = (await t.send(kp, 'GET', `/api/children/${id}`)).json();
    expect(child.fase).toBe('oppfolging');
    expect(child.plasseringer[0]).toMatchObject({
      avslutning: 'utilsiktet',
      arsakKode: '1.2.1',
      initiativ: 'fosterforeldre',
    });
    expect(child.tidslinje).toContainEqual(
      expect.objectContaining({ type: 'utflytting', dato: '2024-01-10', utilsiktet: true }),
    );

    const homePage = (await t.send(kp, 'GET', `/api/foster-homes/${home}`)).json();
    expect(homePage.plasseringer[0]).toMatchObject({ na: false, avslutning: 'utilsiktet' });
  });
});

describe('life story and handover', () => {
  it('keeps every version of a life-story part with its author', async () => {
    const id = await createChild(kp, { fornavn: 'Nora' });
    const part = await t.send(kp, 'POST', `/api/children/${id}/life-story-parts`, {
      tittel: 'De første årene',
      periode: '2014–2018',
      tekst: 'Nora bodde med mor i Fyllingsdalen.',
    });
    expect(part.statusCode).toBe(201);
    const partId = part.json().id;
    const edit = await t.send(teamleder, 'PUT', `/api/life-story-parts/${partId}`, {
      tittel: 'De første årene',
      periode: '2014–2018',
      tekst: 'Nora bodde med mor og storebror i Fyllingsdalen.',
      version: 1,
    });
    expect(edit.statusCode).toBe(204);
    const stale = await t.send(kp, 'PUT', `/api/life-story-parts/${partId}`, {
      tittel: 'X',
      tekst: 'Y',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const versions = (await t.send(kp, 'GET', `/api/life-story-parts/${partId}/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].forfatter.id).toBe(teamleder.userId);
    expect(versions[1].tekst).toBe('Nora bodde med mor i Fyllingsdalen.');
  });

  it('a new contact person gets the handover summary and the history', async () => {
    const id = await createChild(kp, { fornavn: 'Amir' });
    const users = (await t.send(teamleder, 'GET', '/api/users')).json().items;
    type U = { rolle: string; id: string; team: { id: string } | null };
    const teamId = users.find((u: U) => u.id === kp.userId).team.id;
    // A colleague in the same team, so the team leader still reaches the child afterwards.
    const ny = users.find(
      (u: U) => u.rolle === 'kontaktperson' && u.id !== kp.userId && u.team?.id === teamId,
    );
    const res = await t.send(teamleder, 'POST', `/api/children/${id}/handovers`, {
      tilBrukerId: ny.id,
      planlagt: 'Samværsplanen evalueres i mars.',
      utestaende: 'Venter på svar fra BUP.',
      viktigForBarnet: 'Liker fotball. Vil ikke snakke om flyttingen.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const child = (await t.send(teamleder, 'GET', `/api/children/${id}`)).json();
    expect(child.kontaktperson.id).toBe(ny.id);
    expect(child.overlevering).toMatchObject({
      fra: { id: kp.userId },
      til: { id: ny.id },
      viktigForBarnet: 'Liker fotball. Vil ikke snakke om flyttingen.',
    });
    // The former contact person no longer reaches the child without a purpose.
    expect((await t.send(kp, 'GET', `/api/children/${id}`)).json().code).toBe('purpose_required');
  });
});

describe('search and caseload', () => {
  it('finds a child by name in the service only, and says whether a purpose is needed', async () => {
    await createChild(kp, { fornavn: 'Sigrid', etternavn: 'Unikesen' });
    const own = (await t.send(kp, 'POST', '/api/children/search', { q: 'sigrid unik' })).json().items;
    expect(own).toEqual([
      expect.objectContaining({ navn: 'Sigrid Unikesen', fodselsar: 2014, tilgang: true }),
    ]);
    expect(
      (await t.send(kollega, 'POST', '/api/children/search', { q: 'Unikesen' })).json().items[0].tilgang,
    ).toBe(false);
    expect(
      (await t.send(annenTjeneste, 'POST', '/api/children/search', { q: 'Unikesen' })).json().items,
    ).toEqual([]);
  });

  it('scopes the caseload: mine, team, service', async () => {
    expect((await t.send(kp, 'GET', '/api/children?omfang=tjeneste')).statusCode).toBe(403);
    const team = (await t.send(teamleder, 'GET', '/api/children?omfang=team')).json().items;
    const all = (await t.send(leder, 'GET', '/api/children?omfang=tjeneste')).json().items;
    expect(team.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(team.length);
  });
});
