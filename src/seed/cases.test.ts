import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import { inSystem } from '@/db/context';
import {
  barn,
  familiemedlem,
  fosterhjem,
  fosterhjemMedlem,
  fosterhjemsavtale,
  landsbyMal,
  landsbymedlem,
  plassering,
  rammefortellingDel,
  rammefortellingVersjon,
  tildeling,
  tjeneste,
  users,
} from '@/db/schema';
import { parseFodselsnummer } from '@/domain/fodselsnummer';
import { ARSAK_KODER, type ArsakKode, addMonths, overlapper } from '@/domain/plasseringsforlop';
import { osloToday } from '@/modules/core/clock';
import { DEMO_TJENESTER, seedDemo } from '@/seed/demo';

/** Every part of the name of a real person mentioned in shared/seeds/ (as in names.test.ts). */
const NAMES_IN_SEEDS = [
  'Annette',
  'Dahle',
  'Hegle',
  'Elin',
  'Fossåen',
  'Lita',
  'Havnevik',
  'Erstad',
  'Solfrid',
  'Burkeland',
  'Smith',
  'Line',
  'Midtøy',
  'Anne',
  'Iren',
  'Nygård',
  'Owe',
  'Myklebust',
  'Monica',
  'Loen',
  'Grov',
  'Brit',
  'Jorunn',
  'Maria',
  'Sæle',
  'Jannicke',
  'Janette',
  'Vea',
];

const ANTALL: Record<string, number> = { bergen: 60, hv: 35, oygarden: 30 };

let database: Database;
let today: string;

type Data = Awaited<ReturnType<typeof load>>;
let data: Data;

async function load(db: Database['db']) {
  return inSystem(db, async (tx) => ({
    tjenester: await tx.select().from(tjeneste),
    users: await tx.select().from(users),
    barn: await tx.select().from(barn).orderBy(asc(barn.etternavn), asc(barn.fornavn), asc(barn.fodselsdato)),
    plasseringer: await tx.select().from(plassering).orderBy(asc(plassering.innflytting)),
    avtaler: await tx.select().from(fosterhjemsavtale),
    hjem: await tx.select().from(fosterhjem),
    husstand: await tx.select().from(fosterhjemMedlem),
    familie: await tx.select().from(familiemedlem),
    tildelinger: await tx.select().from(tildeling).orderBy(asc(tildeling.createdAt)),
    landsby: await tx.select().from(landsbymedlem),
    mal: await tx.select().from(landsbyMal),
    deler: await tx.select().from(rammefortellingDel),
    versjoner: await tx.select().from(rammefortellingVersjon),
  }));
}

const kodeFor = (tjenesteId: string) => data.tjenester.find((t) => t.id === tjenesteId)?.kode ?? '?';
const perTjeneste = <T extends { tjenesteId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows)
    map.set(kodeFor(row.tjenesteId), [...(map.get(kodeFor(row.tjenesteId)) ?? []), row]);
  return map;
};
const placementsOf = (barnId: string) => data.plasseringer.filter((p) => p.barnId === barnId);
const aktiv = (p: { innflytting: string; utflytting: string | null }) =>
  p.innflytting <= today && (p.utflytting === null || p.utflytting > today);

beforeAll(async () => {
  today = osloToday();
  database = await openDatabase({ dataDir: 'memory://' });
  await seedDemo(database.db);
  data = await load(database.db);
});

afterAll(async () => {
  await database?.close();
});

describe('demo cases', () => {
  it('gives every demo service its children, each in the team of its contact person', () => {
    const byService = perTjeneste(data.barn);
    for (const t of DEMO_TJENESTER) {
      const children = byService.get(t.kode) ?? [];
      expect(children.length).toBe(ANTALL[t.kode]);
      const unassigned = children.filter((b) => !b.kontaktpersonId);
      expect(unassigned.length).toBeGreaterThanOrEqual(2);
      expect(unassigned.length).toBeLessThanOrEqual(3);
      for (const b of children) {
        const kp = data.users.find((u) => u.id === b.kontaktpersonId);
        if (kp) expect(b.teamId).toBe(kp.teamId);
        expect(b.teamId).not.toBeNull();
      }
    }
  });

  it('lets every demo contact person follow 8 to 12 children', () => {
    for (const t of DEMO_TJENESTER) {
      const demo = data.users.find((u) => u.username === `kontaktperson.${t.kode}`);
      const followed = data.barn.filter((b) => b.kontaktpersonId === demo?.id);
      expect(followed.length, t.kode).toBeGreaterThanOrEqual(8);
      expect(followed.length, t.kode).toBeLessThanOrEqual(12);
      // Every phase of the course shows on the demo account's caseload.
      const phases = new Set(
        followed.map((b) => {
          const ps = placementsOf(b.id);
          const current = ps.find(aktiv);
          if (current) return addMonths(current.innflytting, 12) > today ? 'innflytting' : 'oppfolging';
          return ps.length ? 'avsluttet' : 'for_flytting';
        }),
      );
      expect([...phases].sort()).toEqual(['avsluttet', 'for_flytting', 'innflytting', 'oppfolging']);
    }
  });

  it('never places a child in two homes at once, and keeps dates in order', () => {
    for (const b of data.barn) {
      const ps = placementsOf(b.id);
      for (const p of ps) {
        if (p.utflytting) expect(p.utflytting >= p.innflytting).toBe(true);
        expect(p.innflytting <= today).toBe(true);
        expect(p.innflytting >= b.fodselsdato).toBe(true);
        expect(p.innflytting >= addMonths(today, -120)).toBe(true);
      }
      for (let i = 0; i < ps.length; i++) {
        for (let j = i + 1; j < ps.length; j++) {
          expect(overlapper(ps[i] as (typeof ps)[0], ps[j] as (typeof ps)[0])).toBe(false);
        }
      }
    }
  });

  it('places about 30 % with kin, and about half of the children have moved', () => {
    for (const [kode, ps] of perTjeneste(data.plasseringer)) {
      const kin = ps.filter((p) => p.plasseringstype === 'slekt_nettverk').length;
      expect(kin / ps.length, kode).toBeGreaterThanOrEqual(0.25);
      const placed = new Set(ps.map((p) => p.barnId));
      const moved = [...placed].filter((id) => ps.filter((p) => p.barnId === id).length > 1);
      expect(moved.length / placed.size, kode).toBeGreaterThan(0.35);
      expect(moved.length / placed.size, kode).toBeLessThan(0.65);
    }
  });

  it('ends placements as planned or unintended with SSB codes that fit the next step', () => {
    const ended = data.plasseringer.filter((p) => p.utflytting);
    expect(ended.some((p) => p.avslutning === 'utilsiktet')).toBe(true);
    expect(ended.some((p) => p.avslutning === 'planlagt')).toBe(true);
    const utilsiktet = ended.filter((p) => p.avslutning === 'utilsiktet');
    const fosterforeldre = utilsiktet.filter((p) => p.initiativ === 'fosterforeldre');
    expect(fosterforeldre.length / utilsiktet.length).toBeGreaterThan(0.4);
    for (const p of ended) {
      expect(p.avslutning).not.toBeNull();
      expect(p.initiativ).not.toBeNull();
      expect(Object.keys(ARSAK_KODER)).toContain(p.arsakKode);
      const suggested = ARSAK_KODER[p.arsakKode as ArsakKode];
      if (suggested) expect(p.avslutning).toBe(suggested);
      const next = placementsOf(p.barnId).find((n) => n.innflytting === p.utflytting);
      if (next && p.flyttingTil !== '9') {
        const expected = { slekt_nettverk: '1', ordinaer: '2', beredskap: '3' }[next.plasseringstype];
        expect(p.flyttingTil).toBe(expected);
      }
      if (p.flyttingTil === '9') expect(next?.fosterhjemId).toBe(p.fosterhjemId);
      if (p.arsakKode === '1.1.2') {
        const b = data.barn.find((x) => x.id === p.barnId);
        expect(p.utflytting).toBe(addMonths(b?.fodselsdato ?? '', 18 * 12));
      }
    }
    // Emergency homes are short first stops; the first of a course is an emergency decision.
    for (const p of data.plasseringer.filter((x) => x.plasseringstype === 'beredskap' && x.utflytting)) {
      const days = (Date.parse(p.utflytting as string) - Date.parse(p.innflytting)) / 86_400_000;
      expect(days).toBeLessThanOrEqual(130);
    }
    const firsts = data.barn
      .map((b) => placementsOf(b.id)[0])
      .filter((p) => p?.plasseringstype === 'beredskap');
    expect(firsts.length).toBeGreaterThan(0);
    for (const p of firsts) expect(p?.hjemmel).toBe('akutt');
  });

  it('gives each child with a number a synthetic one that matches the birth date, unique per service', () => {
    for (const [kode, children] of perTjeneste(data.barn)) {
      const numbers = children.map((b) => b.fodselsnummer).filter((n): n is string => n !== null);
      expect(numbers.length / children.length, kode).toBeGreaterThan(0.7);
      expect(new Set(numbers).size).toBe(numbers.length);
    }
    for (const b of data.barn.filter((x) => x.fodselsnummer)) {
      const parsed = parseFodselsnummer(b.fodselsnummer as string);
      expect(parsed.ok && parsed.kind).toBe('syntetisk_skatt');
      expect(parsed.ok && parsed.birthDate).toBe(b.fodselsdato);
    }
  });

  it('has an agreement for every current non-emergency placement, some expiring within six months', () => {
    const active = data.plasseringer.filter((p) => aktiv(p) && p.plasseringstype !== 'beredskap');
    for (const p of active) {
      const avtale = data.avtaler.find((a) => a.plasseringId === p.id);
      expect(avtale, p.id).toBeDefined();
      expect(avtale?.startDato).toBe(p.innflytting);
      expect(avtale?.fosterhjemId).toBe(p.fosterhjemId);
    }
    const soon = addMonths(today, 6);
    for (const [kode, avtaler] of perTjeneste(data.avtaler)) {
      const expiring = avtaler.filter((a) => a.sluttDato && a.sluttDato >= today && a.sluttDato <= soon);
      expect(expiring.length, kode).toBeGreaterThanOrEqual(1);
    }
  });

  it('records who followed each child, with handover summaries for changes of contact person', () => {
    for (const b of data.barn) {
      const own = data.tildelinger.filter((t) => t.barnId === b.id);
      if (!b.kontaktpersonId) {
        expect(own).toEqual([]);
        continue;
      }
      expect(own.at(-1)?.tilBrukerId).toBe(b.kontaktpersonId);
      const first = placementsOf(b.id)[0];
      if (first) expect(own[0]?.dato).toBe(first.innflytting);
      for (const t of own.slice(1)) {
        expect(t.fraBrukerId).not.toBeNull();
        expect(t.planlagt).toBeTruthy();
        expect(t.viktigForBarnet).toBeTruthy();
      }
    }
    const handovers = data.tildelinger.filter((t) => t.fraBrukerId);
    const assigned = data.barn.filter((b) => b.kontaktpersonId);
    expect(handovers.length / assigned.length).toBeGreaterThan(0.2);
  });

  it('builds a village, goals and a life story with its versions around the placed children', () => {
    const placed = data.barn.filter((b) => placementsOf(b.id).length > 0);
    for (const b of placed) {
      const village = data.landsby.filter((l) => l.barnId === b.id);
      expect(village.length, `${b.fornavn} ${b.etternavn}`).toBeGreaterThanOrEqual(3);
      expect(village.length).toBeLessThanOrEqual(8);
      const goals = data.mal.filter((m) => m.barnId === b.id);
      expect(goals.length).toBeGreaterThanOrEqual(1);
      expect(goals.length).toBeLessThanOrEqual(3);
    }
    const withStory = placed.filter((b) => data.deler.some((d) => d.barnId === b.id));
    expect(withStory.length / placed.length).toBeGreaterThan(0.4);
    for (const d of data.deler) {
      const versions = data.versjoner.filter((v) => v.delId === d.id).sort((a, b) => a.version - b.version);
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: d.version }, (_, i) => i + 1));
      expect(versions.at(-1)?.tekst).toBe(d.tekst);
      expect(versions.at(-1)?.forfatterId).toBe(d.forfatterId);
      expect(d.createdAt.getTime()).toBeLessThanOrEqual(d.updatedAt.getTime());
    }
    expect(data.deler.some((d) => d.version > 1)).toBe(true);
    // The Hardanger and Voss service writes nynorsk.
    const hv = data.tjenester.find((t) => t.kode === 'hv')?.id;
    const hvTexts = data.deler.filter((d) => d.tjenesteId === hv).map((d) => d.tekst);
    expect(hvTexts.length).toBeGreaterThan(0);
    for (const tekst of hvTexts) expect(tekst).not.toMatch(/\b(ikke|hjemme|fosterhjem)\b/);
  });

  it('keeps foster homes plausible: Vestland municipalities, approved, a third with kin', () => {
    for (const [kode, homes] of perTjeneste(data.hjem)) {
      expect(homes.length / (ANTALL[kode] ?? 1), kode).toBeGreaterThan(0.6);
      expect(homes.length / (ANTALL[kode] ?? 1), kode).toBeLessThan(1.1);
      for (const h of homes) {
        expect(h.kommunenummer).toMatch(/^46(0[12]|1[1-9]|[234]\d|5[01])$/);
        expect(data.husstand.some((m) => m.fosterhjemId === h.id && m.rolle === 'fosterforelder')).toBe(true);
      }
    }
    for (const p of data.plasseringer.filter((x) => x.plasseringstype === 'slekt_nettverk')) {
      const h = data.hjem.find((x) => x.id === p.fosterhjemId);
      const family = data.familie.filter((f) => f.barnId === p.barnId).map((f) => f.etternavn);
      expect(family.some((etternavn) => h?.navn.includes(etternavn))).toBe(true);
    }
  });

  it('links siblings followed by the service to each other', () => {
    const links = data.familie.filter((f) => f.sosken);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const f of links) {
      const other = data.barn.find((b) => b.id === f.sosken);
      expect(other?.fornavn).toBe(f.fornavn);
      expect(data.familie.some((x) => x.barnId === f.sosken && x.sosken === f.barnId)).toBe(true);
    }
  });

  it('uses no name of a real person from the seed documents', () => {
    const names = [
      ...data.barn.flatMap((b) => [b.fornavn, b.etternavn]),
      ...data.familie.flatMap((f) => [f.fornavn, f.etternavn]),
      ...data.husstand.flatMap((m) => [m.fornavn, m.etternavn]),
      ...data.landsby.map((l) => l.navn),
      ...data.hjem.map((h) => h.navn),
    ];
    const words = new Set(names.flatMap((n) => n.split(/[\s/-]+/)));
    for (const forbidden of NAMES_IN_SEEDS) expect(words.has(forbidden), forbidden).toBe(false);
  });

  it('gives the same children for the same seed', async () => {
    const again = await openDatabase({ dataDir: 'memory://' });
    try {
      await seedDemo(again.db);
      const other = await inSystem(again.db, (tx) =>
        tx
          .select({
            kode: tjeneste.kode,
            fornavn: barn.fornavn,
            etternavn: barn.etternavn,
            fodt: barn.fodselsdato,
          })
          .from(barn)
          .innerJoin(tjeneste, eq(tjeneste.id, barn.tjenesteId))
          .orderBy(asc(tjeneste.kode), asc(barn.etternavn), asc(barn.fornavn), asc(barn.fodselsdato)),
      );
      const mine = data.barn
        .map((b) => ({
          kode: kodeFor(b.tjenesteId),
          fornavn: b.fornavn,
          etternavn: b.etternavn,
          fodt: b.fodselsdato,
        }))
        .sort((a, b) =>
          `${a.kode}|${a.etternavn}|${a.fornavn}|${a.fodt}`.localeCompare(
            `${b.kode}|${b.etternavn}|${b.fornavn}|${b.fodt}`,
          ),
        );
      const theirs = [...other].sort((a, b) =>
        `${a.kode}|${a.etternavn}|${a.fornavn}|${a.fodt}`.localeCompare(
          `${b.kode}|${b.etternavn}|${b.fornavn}|${b.fodt}`,
        ),
      );
      expect(theirs).toEqual(mine);
      const count = await inSystem(again.db, (tx) => tx.select({ id: plassering.id }).from(plassering));
      expect(count.length).toBe(data.plasseringer.length);
    } finally {
      await again.close();
    }
  });
});

describe('demo history for the årshjul', () => {
  it('has years of recorded work: most past tasks done, some overdue, every visit with the child’s participation', async () => {
    const { hendelse, oppgave } = await import('@/db/schema');
    const { inSystem } = await import('@/db/context');
    const events = await inSystem(database.db, (tx) => tx.select().from(hendelse));
    const tasks = await inSystem(database.db, (tx) => tx.select().from(oppgave));
    const past = tasks.filter((o) => o.frist < today);
    const done = past.filter((o) => o.fullfortDato);
    expect(done.length / past.length).toBeGreaterThan(0.7);
    expect(past.length - done.length).toBeGreaterThan(20);
    const visits = events.filter((e) => e.type === 'oppfolgingsbesok');
    expect(visits.length).toBeGreaterThan(500);
    expect(visits.every((v) => v.medvirkning)).toBe(true);
    expect(events.every((e) => e.dato <= today)).toBe(true);
  });
});
