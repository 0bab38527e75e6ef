/**
 * Demo case data: children with their families, foster homes, placements across several years,
 * agreements, handovers, the child's village and life story (design §5: synthetic and realistic;
 * real Vestland places, invented people). Deterministic in content: the same `random` gives the
 * same children, homes and histories (row ids are random UUIDs).
 *
 * The shape follows the national picture (domain.md §7): about 30 % of children live with kin,
 * about half have moved at least once, children in non-kin homes move more, most breakdowns are
 * foster parents terminating (domain.md §2.5), and ended placements carry SSB's reason codes.
 */

import { randomUUID } from 'node:crypto';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
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
} from '@/db/schema';
import { syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { ARSAK_KODER, type ArsakKode, addMonths, alder } from '@/domain/plasseringsforlop';
import {
  avslutningNotat,
  type Bakgrunn,
  delAnkomst,
  delBeredskap,
  delBrudd,
  delForFlytting,
  delHjem,
  delHverdag,
  delVoksen,
  type Fortellingsdel,
  foreldreOrd,
  type HjemOmtale,
  INTERESSER,
  type Interesse,
  type Kjonn,
  KULTUR,
  MANEDER,
  type Malform,
  maler,
  NORSK_RELIGION,
  type NotatGrunn,
  overlevering,
  ROLLER,
  SPRAK,
  skoleRolle,
  tillegg,
} from '@/seed/caseTexts';
import { ETTERNAVN } from '@/seed/names';
import {
  gateadresse,
  NABOKOMMUNER,
  NABOKOMMUNER_STANDARD,
  type Sted,
  stedI,
  VESTLAND_POSTSTEDER,
} from '@/seed/places';

export type SeedCasesInput = {
  tjenesteId: string;
  kode: string;
  users: { id: string; rolle: string; teamId: string | null; username: string }[];
  teamIds: string[];
  /** The service's municipalities as [SSB number, name]. */
  kommuner: [string, string][];
  /** The team that follows young adults in aftercare, when the service has one. */
  ettervernTeamId?: string | null;
  /** The written form the service's staff use. Default: nynorsk for `hv`, else bokmål. */
  malform?: Malform;
  /** How many children; default by service code (bergen 60, hv 35, oygarden 30), else 30. */
  antall?: number;
};

export type SeedCasesResult = {
  barn: number;
  fosterhjem: number;
  plasseringer: number;
  avtaler: number;
  tildelinger: number;
  familiemedlemmer: number;
  landsbymedlemmer: number;
  landsbyMal: number;
  rammefortellingDeler: number;
};

const ANTALL: Record<string, number> = { bergen: 60, hv: 35, oygarden: 30 };

// ---- names --------------------------------------------------------------------------------------

type Navnepool = {
  jenter: string[];
  gutter: string[];
  kvinner: string[];
  menn: string[];
  etternavn: string[];
};

const UTENLANDSKE_ETTERNAVN = new Set(['Hussain', 'Nguyen', 'Nowak', 'Khan', 'Osman', 'Abdi']);

/** Names by background; none belongs to a person named in shared/seeds/. */
const NAVN: Record<Bakgrunn, Navnepool> = {
  norsk: {
    jenter: [
      'Nora',
      'Emma',
      'Ida',
      'Sigrid',
      'Leah',
      'Ingrid',
      'Sofie',
      'Thea',
      'Astrid',
      'Hanna',
      'Maja',
      'Sara',
      'Eva',
      'Julie',
      'Tiril',
      'Olivia',
      'Frida',
      'Vilde',
      'Selma',
      'Ella',
      'Alma',
      'Linnea',
      'Mia',
      'Aurora',
      'Ronja',
      'Amalie',
    ],
    gutter: [
      'Jonas',
      'Emil',
      'Oskar',
      'Lukas',
      'Jakob',
      'Filip',
      'Henrik',
      'Magnus',
      'Sander',
      'Noah',
      'Elias',
      'Aksel',
      'Tobias',
      'Mathias',
      'Isak',
      'William',
      'Theodor',
      'Johannes',
      'Adrian',
      'Kasper',
      'Even',
      'Sebastian',
      'Liam',
      'Iver',
    ],
    kvinner: [
      'Kari',
      'Silje',
      'Hilde',
      'Marte',
      'Ragnhild',
      'Ingeborg',
      'Liv',
      'Synnøve',
      'Randi',
      'Tone',
      'Gro',
      'Heidi',
      'Camilla',
      'Kristin',
      'Ingvild',
      'Marit',
      'Siri',
      'Eli',
      'Torunn',
      'Hege',
    ],
    menn: [
      'Knut',
      'Lars',
      'Olav',
      'Bjørn',
      'Eirik',
      'Sindre',
      'Håkon',
      'Arne',
      'Per',
      'Trond',
      'Kristian',
      'Sverre',
      'Geir',
      'Rune',
      'Stian',
      'Øyvind',
      'Espen',
      'Frode',
      'Kjetil',
      'Terje',
    ],
    etternavn: [
      ...ETTERNAVN.filter((n) => !UTENLANDSKE_ETTERNAVN.has(n)),
      'Hovland',
      'Tvedt',
      'Gjerde',
      'Nesheim',
      'Lægreid',
      'Rykkje',
      'Tveiten',
      'Herland',
    ],
  },
  arabisk: {
    jenter: ['Amina', 'Yasmin', 'Aisha', 'Lina', 'Nour', 'Layla'],
    gutter: ['Amir', 'Yusuf', 'Adam', 'Omar', 'Karim', 'Zain'],
    kvinner: ['Fatima', 'Rania', 'Hala', 'Samira', 'Reem'],
    menn: ['Mohammed', 'Ahmed', 'Ali', 'Khaled', 'Hassan'],
    etternavn: ['Hussain', 'Haddad', 'Saleh', 'Mansour', 'Khalil'],
  },
  tigrinja: {
    jenter: ['Selam', 'Semhar', 'Luwam', 'Helen', 'Senait'],
    gutter: ['Yonas', 'Filmon', 'Robel', 'Natan', 'Aron'],
    kvinner: ['Mebrat', 'Tsega', 'Azieb', 'Freweini'],
    menn: ['Tesfay', 'Kidane', 'Yemane', 'Habtom'],
    etternavn: ['Tesfamariam', 'Kidane', 'Haile', 'Gebremariam', 'Berhane'],
  },
  polsk: {
    jenter: ['Zofia', 'Julia', 'Oliwia', 'Hanna', 'Lena'],
    gutter: ['Jakub', 'Szymon', 'Kacper', 'Filip', 'Antoni'],
    kvinner: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Ewa'],
    menn: ['Tomasz', 'Piotr', 'Marcin', 'Pawel'],
    etternavn: ['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Kaczmarek'],
  },
  nordsamisk: {
    jenter: ['Máret', 'Sára', 'Elle', 'Inga', 'Risten'],
    gutter: ['Ánte', 'Niillas', 'Mikkel', 'Isak', 'Johan'],
    kvinner: ['Berit', 'Inger', 'Elen', 'Karen'],
    menn: ['Nils', 'Aslak', 'Mikkel', 'Per'],
    etternavn: ['Somby', 'Eira', 'Gaup', 'Hætta', 'Turi'],
  },
  somali: {
    jenter: ['Hodan', 'Ayaan', 'Ikran', 'Sagal', 'Najma'],
    gutter: ['Abdi', 'Hassan', 'Yusuf', 'Mahad', 'Ayub'],
    kvinner: ['Fadumo', 'Hawa', 'Sahra', 'Khadra'],
    menn: ['Mohamed', 'Abdirahman', 'Ahmed', 'Osman'],
    etternavn: ['Osman', 'Abdi', 'Warsame', 'Farah', 'Jama'],
  },
  ukrainsk: {
    jenter: ['Sofiia', 'Anastasiia', 'Daryna', 'Polina', 'Viktoriia'],
    gutter: ['Maksym', 'Artem', 'Bohdan', 'Danylo', 'Mykyta'],
    kvinner: ['Olena', 'Iryna', 'Oksana', 'Tetiana'],
    menn: ['Andrii', 'Oleksandr', 'Serhii', 'Dmytro'],
    etternavn: ['Kovalenko', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Kravchenko'],
  },
};

const BAKGRUNN_VEKT: [Bakgrunn, number][] = [
  ['norsk', 76],
  ['arabisk', 5],
  ['tigrinja', 4],
  ['polsk', 5],
  ['nordsamisk', 3],
  ['somali', 4],
  ['ukrainsk', 3],
];

// ---- small tools --------------------------------------------------------------------------------

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
/** A timestamp on a civil date, working hours, `minutes` later for a stable order. */
const tidspunkt = (date: string, minutes = 0) => new Date(Date.parse(`${date}T08:00:00Z`) + minutes * 60_000);

function verktoy(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.min(list.length - 1, Math.floor(random() * list.length))];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = random() * total;
    for (const [item, w] of entries) {
      x -= w;
      if (x < 0) return item;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('Cannot pick from an empty list');
    return last[0];
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  };
  const dateBetween = (from: string, to: string) =>
    to <= from ? from : addDays(from, int(0, daysBetween(from, to)));
  return { random, int, chance, pick, weighted, shuffle, dateBetween };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[^a-z ]+/g, '')
    .trim()
    .replace(/ +/g, '.');

// ---- the plan -----------------------------------------------------------------------------------

type Plasseringstype = 'slekt_nettverk' | 'ordinaer' | 'beredskap';
type Hjemmel = 'bvl_5_1' | 'bvl_6_3' | 'bvl_kap3' | 'akutt';
type Initiativ = 'fosterforeldre' | 'tjenesten' | 'barnet' | 'foreldrene' | 'annet';
type Profil = 'for_flytting' | 'beredskap_na' | 'innflytting' | 'oppfolging' | 'hjem' | 'ettervern';

type Person = {
  fornavn: string;
  etternavn: string;
  kjonn: Kjonn;
  fodselsdato: string;
  telefon: string | null;
  epost: string | null;
};

type Slektshusstand = {
  side: 'mor' | 'far';
  relasjon: 'besteforelder' | 'tante_onkel';
  slekt: (Person & { tittel: string })[];
  partner: Person | null;
  /** "mormor og morfar", "moster Silje og Eirik" */
  omtale: string;
  sted: Sted;
  adresse: string;
  hjem: Hjem | null;
};

type Familie = {
  bakgrunn: Bakgrunn;
  etternavn: string;
  /** First names in use in the family. */
  fornavn: Set<string>;
  mor: Person | null;
  far: Person | null;
  morAnsvar: boolean;
  farAnsvar: boolean;
  sted: Sted;
  adresse: string | null;
  farAdresse: string | null;
  barn: Barn[];
  andreSosken: (Person & { relasjon: 'sosken' | 'halvsosken' })[];
  slekt: Slektshusstand[];
};

type Slutt = {
  avslutning: 'planlagt' | 'utilsiktet';
  initiativ: Initiativ;
  arsakKode: ArsakKode;
  flyttingTil: string;
  grunn: NotatGrunn | null;
};

type Seg = {
  id: string;
  barn: Barn;
  start: string;
  end: string | null;
  type: Plasseringstype;
  forsterket: boolean;
  hjemmel: Hjemmel;
  slutt: Slutt | null;
  hjem: Hjem | null;
  sammeHjemSom: Seg | null;
  etterHjem: boolean;
};

type Hjem = {
  id: string;
  type: Plasseringstype;
  navn: string;
  sted: Sted;
  adresse: string;
  foreldre: Person[];
  egneBarn: Person[];
  andre: Person[];
  slekt: Slektshusstand | null;
  segs: Seg[];
  godkjentDato: string | null;
  kontaktpersonId: string | null;
  teamId: string | null;
  omtale: HjemOmtale;
};

type Barn = {
  id: string;
  fornavn: string;
  etternavn: string;
  kjonn: Kjonn;
  fodselsdato: string;
  alder: number;
  fodselsnummer: string | null;
  kultur: string | null;
  religion: string | null;
  profil: Profil;
  familie: Familie;
  hjemmel: Hjemmel;
  interesse: Interesse;
  kontaktpersonId: string | null;
  teamId: string | null;
  segs: Seg[];
  /** [date, user] from the first assignment on, oldest first. */
  kontaktHistorikk: [string, string][];
};

const flyttingTilFor = (type: Plasseringstype) =>
  type === 'slekt_nettverk' ? '1' : type === 'ordinaer' ? '2' : '3';

function velgMalform(input: SeedCasesInput): Malform {
  return input.malform ?? (input.kode === 'hv' ? 'nn' : 'nb');
}

/**
 * Builds the whole case history of one service in memory; `seedCases` writes it. Exposed for
 * tests that check the plan without a database.
 */
export function planCases(input: SeedCasesInput, random: () => number, today: string) {
  const r = verktoy(random);
  const m = velgMalform(input);
  const n = input.antall ?? ANTALL[input.kode] ?? 30;
  const egneKommuner = input.kommuner.map(([nr]) => nr).filter((nr) => VESTLAND_POSTSTEDER[nr]);
  const naboer = (NABOKOMMUNER[input.kode] ?? NABOKOMMUNER_STANDARD).filter(
    (nr) => !egneKommuner.includes(nr) && VESTLAND_POSTSTEDER[nr],
  );
  const brukteNavn = new Set<string>();
  const brukteFnr = new Set<string>();

  const telefon = () => `400 0${r.int(0, 9)} ${String(r.int(0, 999)).padStart(3, '0')}`;
  const epost = (fornavn: string, etternavn: string) => `${fold(fornavn)}.${fold(etternavn)}@example.no`;

  const sted = (egen: boolean): Sted => {
    const liste = egen || naboer.length === 0 ? egneKommuner : naboer;
    // Weight the service's municipalities by how many places the demo knows in them (Voss over Eidfjord).
    const vekter = liste.map((nr) => [nr, egen ? (VESTLAND_POSTSTEDER[nr]?.[1].length ?? 1) : 1] as const);
    const nr = liste.length ? r.weighted(vekter) : '4601';
    const s = stedI(nr, r.random);
    if (!s) throw new Error(`No places known for ${nr}`);
    return s;
  };
  const fulladresse = (s: Sted) => `${gateadresse(s.kommunenummer, r.random)}, ${s.postnummer} ${s.poststed}`;

  const fodt = (alderAr: number, ref = today) =>
    addDays(addMonths(ref, -12 * alderAr), -r.int(alderAr === 0 ? 30 : 0, 364));
  /** A first name not yet used in the family (`brukte`), so no two in a family share one. */
  const velgFornavn = (liste: string[], brukte?: Set<string>) => {
    let fornavn = r.pick(liste);
    for (let k = 0; brukte?.has(fornavn) && k < 40; k++) fornavn = r.pick(liste);
    brukte?.add(fornavn);
    return fornavn;
  };
  const person = (
    pool: Navnepool,
    kjonn: Kjonn,
    etternavn: string,
    fodselsdato: string,
    kontakt: { telefon: number; epost: number },
    brukte?: Set<string>,
  ): Person => {
    const fornavn = velgFornavn(kjonn === 'kvinne' ? pool.kvinner : pool.menn, brukte);
    return {
      fornavn,
      etternavn,
      kjonn,
      fodselsdato,
      telefon: r.chance(kontakt.telefon) ? telefon() : null,
      epost: r.chance(kontakt.epost) ? epost(fornavn, etternavn) : null,
    };
  };
  const barnePerson = (
    pool: Navnepool,
    kjonn: Kjonn,
    etternavn: string,
    fodselsdato: string,
    brukte?: Set<string>,
  ): Person => ({
    fornavn: velgFornavn(kjonn === 'kvinne' ? pool.jenter : pool.gutter, brukte),
    etternavn,
    kjonn,
    fodselsdato,
    telefon: null,
    epost: null,
  });
  const kjonn = (): Kjonn => (r.chance(0.5) ? 'kvinne' : 'mann');

  // ---- staff ----
  const demo = input.users.find((u) => u.username === `kontaktperson.${input.kode}`);
  if (!demo) throw new Error(`No demo contact person for ${input.kode}`);
  const kollegaer = input.users.filter((u) => u.rolle === 'kontaktperson' && u.id !== demo.id);
  const ettervernKolleger = kollegaer.filter(
    (u) => input.ettervernTeamId && u.teamId === input.ettervernTeamId,
  );
  const vanligeKolleger = kollegaer.filter((u) => !ettervernKolleger.includes(u));
  const tildeler =
    input.users.find((u) => u.rolle === 'teamleder') ?? input.users.find((u) => u.rolle === 'leder') ?? demo;
  const teamFor = new Map(input.users.map((u) => [u.id, u.teamId]));

  // ---- profiles: where each child stands today ----
  const antall: [Profil, number][] = [
    ['for_flytting', 3],
    ['ettervern', Math.max(2, Math.round(n * 0.07))],
    ['hjem', Math.max(2, Math.round(n * 0.05))],
    ['beredskap_na', Math.max(1, Math.round(n * 0.03))],
    ['innflytting', Math.round(n * 0.15)],
  ];
  const brukt = antall.reduce((s, [, k]) => s + k, 0);
  antall.push(['oppfolging', Math.max(0, n - brukt)]);

  // Sibling groups placed in the service (together or apart) come from children in follow-up.
  const nPar = Math.round(n * 0.07);
  const gruppestorrelser = [...(n >= 50 ? [3] : []), ...Array.from({ length: nPar }, () => 2)];

  // ---- families and children ----
  const familier: Familie[] = [];
  const alleBarn: Barn[] = [];

  const lagFamilie = (eldsteFodt: string, egenKommune: boolean): Familie => {
    const bakgrunn = r.weighted(BAKGRUNN_VEKT);
    const pool = NAVN[bakgrunn];
    const harMor = r.chance(0.95);
    const harFar = !harMor || r.chance(0.72);
    const morEtternavn = r.pick(pool.etternavn);
    const farEtternavn = r.chance(0.35) ? morEtternavn : r.pick(pool.etternavn);
    const fornavn = new Set<string>();
    const mor = harMor
      ? person(
          pool,
          'kvinne',
          morEtternavn,
          fodt(r.int(18, 38), eldsteFodt),
          { telefon: 0.92, epost: 0.55 },
          fornavn,
        )
      : null;
    const far = harFar
      ? person(
          pool,
          'mann',
          farEtternavn,
          fodt(r.int(19, 42), eldsteFodt),
          { telefon: 0.85, epost: 0.45 },
          fornavn,
        )
      : null;
    const etternavn = far && (!mor || r.chance(0.4)) ? far.etternavn : (mor?.etternavn ?? farEtternavn);
    const s = sted(egenKommune);
    return {
      bakgrunn,
      etternavn,
      fornavn,
      mor,
      far,
      morAnsvar: !!mor && r.chance(0.85),
      farAnsvar: !!far && r.chance(0.55),
      sted: s,
      adresse: r.chance(0.8) ? fulladresse(s) : null,
      farAdresse: far && mor && r.chance(0.6) ? fulladresse(sted(r.chance(0.7))) : null,
      barn: [],
      andreSosken: [],
      slekt: [],
    };
  };

  /**
   * A household of relatives on the mother's or father's side. `vedDato` is when they might
   * take the child in: grandparents are then at most 72, aunts and uncles at least 23.
   */
  const lagSlekt = (f: Familie, vedDato = today): Slektshusstand | null => {
    const pool = NAVN[f.bakgrunn];
    const kinds: ['mor' | 'far', 'besteforelder' | 'tante_onkel'][] = [];
    for (const side of ['mor', 'far'] as const) {
      const forelder = f[side];
      if (!forelder) continue;
      for (const rel of ['besteforelder', 'tante_onkel'] as const) {
        if (rel === 'besteforelder' && alder(forelder.fodselsdato, vedDato) > 50) continue;
        if (!f.slekt.some((s) => s.side === side && s.relasjon === rel)) kinds.push([side, rel]);
      }
    }
    if (!kinds.length) return null;
    // Mother's side first, as in most kinship placements.
    const [side, relasjon] = r.weighted(kinds.map((k) => [k, k[0] === 'mor' ? 3 : 1] as const));
    const forelder = f[side] as Person;
    const s = sted(r.chance(0.6));
    const maksGap = Math.max(20, Math.min(30, 72 - alder(forelder.fodselsdato, vedDato)));
    let husstand: Slektshusstand;
    if (relasjon === 'besteforelder') {
      const bestemor = person(
        pool,
        'kvinne',
        forelder.etternavn,
        fodt(r.int(20, maksGap), forelder.fodselsdato),
        { telefon: 0.9, epost: 0.4 },
        f.fornavn,
      );
      const bestefar = r.chance(0.7)
        ? person(
            pool,
            'mann',
            forelder.etternavn,
            fodt(r.int(20, maksGap), forelder.fodselsdato),
            { telefon: 0.8, epost: 0.3 },
            f.fornavn,
          )
        : null;
      const slekt = [
        { ...bestemor, tittel: `${side}mor` },
        ...(bestefar ? [{ ...bestefar, tittel: `${side}far` }] : []),
      ];
      husstand = {
        side,
        relasjon,
        slekt,
        partner: null,
        omtale: slekt.map((p) => p.tittel).join(' og '),
        sted: s,
        adresse: fulladresse(s),
        hjem: null,
      };
    } else {
      const k = kjonn();
      const rel = k === 'kvinne' ? `${side === 'mor' ? 'mo' : 'fa'}ster` : `${side}bror`;
      const senest = addMonths(vedDato, -23 * 12);
      const fodselsdato = minDate(addDays(forelder.fodselsdato, r.int(-6 * 365, 6 * 365)), senest);
      const tante = person(pool, k, forelder.etternavn, fodselsdato, { telefon: 0.9, epost: 0.6 }, f.fornavn);
      const partnerEtternavn = r.chance(0.35) ? forelder.etternavn : r.pick(NAVN.norsk.etternavn);
      const partner = r.chance(0.8)
        ? person(
            r.chance(0.7) ? NAVN.norsk : pool,
            k === 'kvinne' ? 'mann' : 'kvinne',
            partnerEtternavn,
            minDate(addDays(fodselsdato, r.int(-4 * 365, 4 * 365)), senest),
            { telefon: 0.9, epost: 0.6 },
            f.fornavn,
          )
        : null;
      husstand = {
        side,
        relasjon,
        slekt: [{ ...tante, tittel: rel }],
        partner,
        omtale: partner ? `${rel} ${tante.fornavn} og ${partner.fornavn}` : `${rel} ${tante.fornavn}`,
        sted: s,
        adresse: fulladresse(s),
        hjem: null,
      };
    }
    f.slekt.push(husstand);
    return husstand;
  };

  const lagBarn = (f: Familie, profil: Profil, alderAr: number): Barn => {
    const pool = NAVN[f.bakgrunn];
    let k = kjonn();
    let fornavn = r.pick(k === 'kvinne' ? pool.jenter : pool.gutter);
    for (let i = 0; brukteNavn.has(`${fornavn} ${f.etternavn}`) || f.fornavn.has(fornavn); i++) {
      if (i > 200) throw new Error('No unused child name');
      k = kjonn();
      fornavn = r.pick(k === 'kvinne' ? pool.jenter : pool.gutter);
    }
    brukteNavn.add(`${fornavn} ${f.etternavn}`);
    f.fornavn.add(fornavn);
    const fodselsdato = fodt(alderAr);
    let fodselsnummer: string | null = null;
    do fodselsnummer = syntheticFodselsnummer(fodselsdato, r.random, k);
    while (brukteFnr.has(fodselsnummer));
    brukteFnr.add(fodselsnummer);
    let kultur: string | null = null;
    let religion: string | null = null;
    if (f.bakgrunn !== 'norsk') {
      const kr = KULTUR[f.bakgrunn];
      kultur = kr.kultur[m];
      religion = kr.religion?.[m] ?? null;
    } else if (r.chance(0.15)) {
      religion = NORSK_RELIGION[m];
    }
    const interesser = INTERESSER.filter((i) => alderAr >= i.minAlder && alderAr <= i.maxAlder);
    let hjemmel: Hjemmel = r.weighted([
      ['bvl_5_1', 80],
      ['bvl_kap3', 16],
      ['bvl_6_3', 4],
    ] as const);
    if (hjemmel === 'bvl_6_3' && alderAr < 13) hjemmel = 'bvl_5_1';
    const b: Barn = {
      id: randomUUID(),
      fornavn,
      etternavn: f.etternavn,
      kjonn: k,
      fodselsdato,
      alder: alderAr,
      fodselsnummer,
      kultur,
      religion,
      profil,
      familie: f,
      hjemmel,
      interesse: r.pick(interesser),
      kontaktpersonId: null,
      teamId: null,
      segs: [],
      kontaktHistorikk: [],
    };
    f.barn.push(b);
    alleBarn.push(b);
    return b;
  };

  const alderFor = (profil: Profil): number => {
    switch (profil) {
      case 'for_flytting':
        return r.int(1, 15);
      case 'beredskap_na':
        return r.weighted([
          [0, 2],
          [r.int(1, 5), 3],
          [r.int(6, 12), 2],
        ]);
      case 'innflytting':
        return r.weighted([
          [r.int(0, 2), 2],
          [r.int(3, 16), 8],
        ]);
      case 'hjem':
        return r.int(4, 16);
      case 'ettervern':
        return r.int(18, 22);
      default:
        return r.weighted([
          [r.int(2, 2), 1],
          [r.int(3, 17), 12],
        ]);
    }
  };

  const profiler: Profil[] = r.shuffle(antall.flatMap(([p, k]) => Array.from({ length: k }, () => p)));
  let oppfolgingIgjen = antall.find(([p]) => p === 'oppfolging')?.[1] ?? 0;
  const soskengrupper: Barn[][] = [];
  for (const storrelse of gruppestorrelser) {
    if (oppfolgingIgjen < storrelse) break;
    oppfolgingIgjen -= storrelse;
    const eldsteAlder = r.int(7, 17);
    const aldre = [eldsteAlder];
    for (let i = 1; i < storrelse; i++) aldre.push(Math.max(2, (aldre[i - 1] ?? 7) - r.int(1, 4)));
    const eldsteFodt = fodt(eldsteAlder);
    const f = lagFamilie(eldsteFodt, r.chance(0.85));
    familier.push(f);
    soskengrupper.push(aldre.map((a) => lagBarn(f, 'oppfolging', a)));
  }
  let hoppOver = gruppestorrelser.slice(0, soskengrupper.length).reduce((s, k) => s + k, 0);
  for (const profil of profiler) {
    if (profil === 'oppfolging' && hoppOver > 0) {
      hoppOver--;
      continue;
    }
    const a = alderFor(profil);
    const f = lagFamilie(fodt(a), r.chance(0.85));
    familier.push(f);
    lagBarn(f, profil, a);
  }

  // About 15 % are known by their birth date only (no number yet, or not registered).
  for (const b of r.shuffle(alleBarn).slice(0, Math.round(alleBarn.length * 0.15))) b.fodselsnummer = null;

  // Other siblings (not followed by the service) and relatives.
  for (const f of familier) {
    const pool = NAVN[f.bakgrunn];
    const antallSosken = r.weighted([
      [0, 4],
      [1, 3],
      [2, 2],
      [3, 1],
    ]);
    const foreldreFodt = f.mor?.fodselsdato ?? f.far?.fodselsdato ?? addMonths(today, -12 * 40);
    for (let i = 0; i < antallSosken; i++) {
      const halv = r.chance(0.45);
      const fodselsdato = minDate(
        addDays(foreldreFodt, r.int(18 * 365, 40 * 365)),
        addDays(today, -r.int(30, 900)),
      );
      const etternavn = halv ? r.pick(pool.etternavn) : f.etternavn;
      f.andreSosken.push({
        ...barnePerson(pool, kjonn(), etternavn, fodselsdato, f.fornavn),
        relasjon: halv ? 'halvsosken' : 'sosken',
      });
    }
    if (r.chance(0.4)) lagSlekt(f);
    if (r.chance(0.2)) lagSlekt(f);
  }

  // ---- contact persons ----
  const demoMal = n >= 50 ? 11 : n >= 35 ? 10 : 9;
  const demoBarn: Barn[] = [];
  const taFra = (profil: Profil, k: number, filter: (b: Barn) => boolean = () => true) => {
    const kandidater = r.shuffle(
      alleBarn.filter((b) => b.profil === profil && !b.kontaktpersonId && !demoBarn.includes(b) && filter(b)),
    );
    return kandidater.slice(0, k);
  };
  // Two children wait for a contact person (before the move): no one assigned, in the first team.
  const utenKontakt = taFra('for_flytting', 2);
  demoBarn.push(...taFra('for_flytting', 1, (b) => !utenKontakt.includes(b)));
  demoBarn.push(...taFra('beredskap_na', 1));
  demoBarn.push(...taFra('innflytting', 2));
  demoBarn.push(...taFra('hjem', 1));
  if (!input.ettervernTeamId) demoBarn.push(...taFra('ettervern', 1));
  // One sibling of a group, so the demo account sees a sibling placed apart.
  const gruppe = soskengrupper[0];
  if (gruppe?.[0]) demoBarn.push(gruppe[0]);
  demoBarn.push(...taFra('oppfolging', demoMal - demoBarn.length, (b) => b.familie.barn.length === 1));

  const sett = (b: Barn, brukerId: string | null) => {
    b.kontaktpersonId = brukerId;
    b.teamId = brukerId ? (teamFor.get(brukerId) ?? null) : (input.teamIds[0] ?? null);
  };
  for (const b of utenKontakt) sett(b, null);
  for (const b of demoBarn) sett(b, demo.id);
  let i = 0;
  const rundgang = r.shuffle(vanligeKolleger.length ? vanligeKolleger : [demo]);
  let j = 0;
  for (const b of alleBarn) {
    if (utenKontakt.includes(b) || demoBarn.includes(b)) continue;
    if (b.profil === 'ettervern' && ettervernKolleger.length) {
      sett(b, (ettervernKolleger[j++ % ettervernKolleger.length] as { id: string }).id);
    } else {
      sett(b, (rundgang[i++ % rundgang.length] as { id: string }).id);
    }
  }

  // ---- placement histories ----
  const nySeg = (b: Barn, type: Plasseringstype): Seg => ({
    id: randomUUID(),
    barn: b,
    start: today,
    end: null,
    type,
    forsterket: false,
    hjemmel: b.hjemmel,
    slutt: null,
    hjem: null,
    sammeHjemSom: null,
    etterHjem: false,
  });

  const tidligsteFor = (b: Barn) => maxDate(addDays(b.fodselsdato, r.int(1, 20)), addMonths(today, -120));

  /** Earlier placements, built backwards from the latest one. */
  const byggHistorikk = (b: Barn, siste: Seg, tidligere: number): Seg[] => {
    const nedre = tidligsteFor(b);
    const segs = [siste];
    let neste = siste;
    for (let k = 0; k < tidligere; k++) {
      const tidligste = k === tidligere - 1;
      let type: Plasseringstype;
      if (neste.type === 'beredskap') type = r.chance(0.25) ? 'slekt_nettverk' : 'ordinaer';
      else if (tidligste && r.chance(0.5)) type = 'beredskap';
      else if (r.chance(0.06)) type = 'beredskap';
      else type = r.chance(0.26) ? 'slekt_nettverk' : 'ordinaer';
      const forrige = nySeg(b, type);
      const etterpa: (() => void)[] = [];
      let mellomrom = 0;
      const alderVedFlytting = alder(b.fodselsdato, neste.start);
      if (type === 'beredskap') {
        forrige.slutt = {
          avslutning: 'planlagt',
          initiativ: 'tjenesten',
          arsakKode: '1.1.5',
          flyttingTil: flyttingTilFor(neste.type),
          grunn: 'beredskap_videre',
        };
      } else if (neste.type === 'beredskap' && r.chance(0.35)) {
        // Home to the parents, then a new emergency placement later (SSB counts this as two moves).
        forrige.slutt = {
          avslutning: 'planlagt',
          initiativ: r.pick(['tjenesten', 'foreldrene'] as const),
          arsakKode: '1.1.1',
          flyttingTil: '6',
          grunn: 'tilbake_hjem',
        };
        mellomrom = r.int(120, 540);
        etterpa.push(() => {
          neste.etterHjem = true;
        });
      } else if (neste.type === 'beredskap' || r.chance(0.7)) {
        let kode = r.weighted<ArsakKode>([
          ['1.2.1', 34],
          ['1.2.2', 18],
          ['1.2.3', 10],
          ['1.1.3', 16],
          ['1.1.4', 14],
          ['1.1.5', 8],
        ]);
        if (kode === '1.1.4' && neste.type === 'beredskap') kode = '1.2.1';
        if (kode === '1.1.5' && alderVedFlytting < 12) kode = '1.2.1';
        const initiativ: Initiativ = kode.startsWith('1.2')
          ? 'fosterforeldre'
          : kode === '1.1.5'
            ? 'barnet'
            : 'tjenesten';
        let til = flyttingTilFor(neste.type);
        if (kode === '1.1.4') {
          etterpa.push(() => {
            neste.forsterket = neste.type !== 'beredskap';
          });
          if (r.chance(0.3)) {
            til = '4'; // an institution stay before the next foster home
            mellomrom = r.int(90, 300);
          }
        }
        forrige.slutt = {
          avslutning: 'utilsiktet',
          initiativ,
          arsakKode: kode,
          flyttingTil: til,
          grunn: null,
        };
      } else if (neste.type === 'slekt_nettverk') {
        forrige.slutt = {
          avslutning: 'planlagt',
          initiativ: 'tjenesten',
          arsakKode: '1.1.5',
          flyttingTil: '1',
          grunn: 'til_slekt',
        };
      } else if (neste.type === type && !neste.sammeHjemSom && r.chance(0.5)) {
        forrige.slutt = {
          avslutning: 'planlagt',
          initiativ: 'fosterforeldre',
          arsakKode: '1.3',
          flyttingTil: '9',
          grunn: 'sammen_med_fosterfamilien',
        };
        etterpa.push(() => {
          neste.sammeHjemSom = forrige;
        });
      } else {
        forrige.slutt = {
          avslutning: 'planlagt',
          initiativ: 'tjenesten',
          arsakKode: '1.1.5',
          flyttingTil: flyttingTilFor(neste.type),
          grunn: 'naermere_familie',
        };
      }
      forrige.end = addDays(neste.start, -mellomrom);
      forrige.start = addDays(forrige.end, -(type === 'beredskap' ? r.int(21, 120) : r.int(150, 1500)));
      if (forrige.start < nedre) {
        if (daysBetween(nedre, forrige.end) < (type === 'beredskap' ? 14 : 90)) break;
        forrige.start = nedre;
      }
      for (const f of etterpa) f();
      segs.unshift(forrige);
      neste = forrige;
    }
    segs.forEach((s, idx) => {
      s.hjemmel = s.type === 'beredskap' && (idx === 0 || s.etterHjem) ? 'akutt' : b.hjemmel;
    });
    return segs;
  };

  /**
   * How many earlier placements a child has, as weights for 0, 1, 2 and 3: about half of the
   * children have moved, and children in non-kin homes more often (domain.md §7).
   */
  const TIDLIGERE: Record<string, number[]> = {
    innflytting: [40, 32, 20, 8],
    oppfolging_slekt: [56, 28, 12, 4],
    oppfolging: [36, 32, 21, 11],
    ettervern: [35, 35, 22, 8],
    hjem: [55, 45],
    beredskap_na: [70, 30],
  };
  const tidligereFor = (profil: Profil, type: Plasseringstype): number => {
    const key = profil === 'oppfolging' && type === 'slekt_nettverk' ? 'oppfolging_slekt' : profil;
    const vekter = TIDLIGERE[key] ?? [100];
    return r.weighted(vekter.map((w, k) => [k, w] as const));
  };

  // About 42 % of children now in a long-term home live with kin, so that kin homes are some
  // 30 % of all placements once emergency homes are counted.
  const langsiktige = alleBarn.filter((b) => b.profil === 'innflytting' || b.profil === 'oppfolging');
  const slektAndel = new Set(r.shuffle(langsiktige).slice(0, Math.round(langsiktige.length * 0.42)));
  const sammen = new Map<Barn, Barn>();
  for (const g of soskengrupper) {
    if (!r.chance(0.45)) continue;
    const [eldste, ...yngre] = g;
    if (!eldste) continue;
    for (const y of yngre) sammen.set(y, eldste);
  }

  for (const b of alleBarn) {
    if (b.profil === 'for_flytting') continue;
    const nedre = tidligsteFor(b);
    const partner = sammen.get(b);
    const siste = partner?.segs.at(-1);
    let last: Seg;
    if (partner && siste && siste.start > addDays(b.fodselsdato, 30)) {
      last = {
        ...nySeg(b, siste.type),
        start: siste.start,
        forsterket: siste.forsterket,
        sammeHjemSom: siste,
      };
    } else if (b.profil === 'oppfolging') {
      last = nySeg(b, slektAndel.has(b) ? 'slekt_nettverk' : 'ordinaer');
      const maks = Math.max(371, Math.min(3650, daysBetween(nedre, today)));
      last.start = addDays(today, -(370 + Math.floor(r.random() ** 1.4 * (maks - 370))));
      last.forsterket = r.chance(0.15);
    } else if (b.profil === 'innflytting') {
      last = nySeg(b, slektAndel.has(b) ? 'slekt_nettverk' : 'ordinaer');
      last.start = maxDate(addDays(today, -r.int(14, 345)), nedre);
      last.forsterket = r.chance(0.15);
    } else if (b.profil === 'beredskap_na') {
      last = nySeg(b, 'beredskap');
      last.start = maxDate(addDays(today, -r.int(4, 110)), nedre);
    } else if (b.profil === 'hjem') {
      last = nySeg(b, r.chance(0.35) ? 'slekt_nettverk' : 'ordinaer');
      last.end = addDays(today, -r.int(20, 720));
      last.start = maxDate(addDays(last.end, -r.int(240, 2000)), nedre);
      const etterOnske = b.alder >= 13 && r.chance(0.35);
      last.slutt = etterOnske
        ? {
            avslutning: 'utilsiktet',
            initiativ: 'barnet',
            arsakKode: '1.1.5',
            flyttingTil: '6',
            grunn: 'hjem_etter_onske',
          }
        : {
            avslutning: 'planlagt',
            initiativ: b.hjemmel === 'bvl_kap3' ? 'foreldrene' : 'tjenesten',
            arsakKode: '1.1.1',
            flyttingTil: '6',
            grunn: 'tilbake_hjem',
          };
    } else {
      last = nySeg(b, r.chance(0.35) ? 'slekt_nettverk' : 'ordinaer');
      last.end = addMonths(b.fodselsdato, 18 * 12);
      last.start = maxDate(addDays(last.end, -r.int(500, 3300)), nedre);
      last.forsterket = r.chance(0.15);
      last.slutt = {
        avslutning: 'planlagt',
        initiativ: 'tjenesten',
        arsakKode: '1.1.2',
        flyttingTil: r.weighted([
          ['7', 55],
          ['5', 30],
          ['8', 15],
        ]),
        grunn: 'myndig',
      };
    }
    b.segs = byggHistorikk(b, last, tidligereFor(b.profil, last.type));
  }

  // About half of the placed children have moved at least once (domain.md §7), also in a small
  // service: give more children an earlier placement, or let a few start where they live now.
  {
    const plassert = alleBarn.filter((b) => b.segs.length > 0);
    const flyttet = () => plassert.filter((b) => b.segs.length > 1).length;
    const [min, maks] = [Math.round(plassert.length * 0.46), Math.round(plassert.length * 0.56)];
    for (const b of r.shuffle(plassert.filter((b) => b.segs.length === 1 && b.profil !== 'beredskap_na'))) {
      if (flyttet() >= min) break;
      b.segs = byggHistorikk(b, b.segs[0] as Seg, r.int(1, 2));
    }
    for (const b of r.shuffle(plassert.filter((b) => b.segs.length > 1))) {
      if (flyttet() <= maks) break;
      const siste = b.segs.at(-1) as Seg;
      if (siste.sammeHjemSom?.barn === b) siste.sammeHjemSom = null;
      siste.etterHjem = false;
      siste.hjemmel = siste.type === 'beredskap' ? 'akutt' : b.hjemmel;
      b.segs = [siste];
    }
  }

  // Planned or unintended follows Landsby's suggestion for the reason code; 1.1.5 ("other") was
  // decided case by case above.
  for (const b of alleBarn) {
    for (const s of b.segs) {
      const forslag = s.slutt ? ARSAK_KODER[s.slutt.arsakKode] : null;
      if (s.slutt && forslag) s.slutt.avslutning = forslag;
    }
  }

  // Keep the national shape in a small service too: about 30 % of placements with kin and about
  // 15 % reinforced. Placements tied to another's home (a move with the foster family, siblings
  // together) keep their type.
  {
    const segs = alleBarn.flatMap((b) => b.segs);
    const bundet = new Set(segs.flatMap((s) => (s.sammeHjemSom ? [s, s.sammeHjemSom] : [])));
    const ordinaere = r.shuffle(segs.filter((s) => s.type === 'ordinaer' && !bundet.has(s)));
    let slekt = segs.filter((s) => s.type === 'slekt_nettverk').length;
    while (slekt < Math.ceil(segs.length * 0.3) && ordinaere.length) {
      const s = ordinaere.pop() as Seg;
      s.type = 'slekt_nettverk';
      slekt++;
    }
    const langsiktigeSegs = r.shuffle(segs.filter((s) => s.type !== 'beredskap' && !s.forsterket));
    let forsterket = segs.filter((s) => s.forsterket).length;
    while (forsterket < Math.round(segs.length * 0.15) && langsiktigeSegs.length) {
      (langsiktigeSegs.pop() as Seg).forsterket = true;
      forsterket++;
    }
  }

  // ---- foster homes ----
  const hjem: Hjem[] = [];
  const omtaleFor = (h: Omit<Hjem, 'omtale'>): HjemOmtale => {
    const fornavn = h.foreldre.map((p) => p.fornavn).join(' og ');
    const felles = h.foreldre.every((p) => p.etternavn === h.foreldre[0]?.etternavn);
    return {
      tittel: felles ? `familien ${h.foreldre[0]?.etternavn ?? ''}` : fornavn,
      omtale: h.slekt ? h.slekt.omtale : fornavn,
      forteller: h.foreldre[0]?.fornavn ?? '',
      sted: h.sted.poststed,
      slekt: !!h.slekt,
      flertall: h.foreldre.length > 1,
    };
  };
  const husstandsnavn = (foreldre: Person[]) => {
    const navn = [...new Set(foreldre.map((p) => p.etternavn))];
    return navn.length === 1 ? `Familien ${navn[0]}` : navn.join('/');
  };
  const egneBarnFor = (foreldre: Person[], antallBarn: number, etternavn: string, pool: Navnepool) => {
    const yngsteForelder = foreldre.reduce((a, p) => maxDate(a, p.fodselsdato), '0000-01-01');
    const barnListe: Person[] = [];
    const brukte = new Set(foreldre.map((p) => p.fornavn));
    for (let k = 0; k < antallBarn; k++) {
      // Born when the younger parent was 24 to 40; grown-up children have moved out.
      const fodselsdato = addDays(yngsteForelder, r.int(24 * 365, 40 * 365));
      if (fodselsdato > addDays(today, -60) || alder(fodselsdato, today) > 23) continue;
      const p = barnePerson(pool, kjonn(), etternavn, fodselsdato, brukte);
      if (alder(fodselsdato, today) >= 13) p.telefon = telefon();
      barnListe.push(p);
    }
    return barnListe;
  };
  const nyttHjem = (type: Plasseringstype): Hjem => {
    const s = sted(type === 'beredskap' ? true : !r.chance(0.25));
    const par = r.chance(type === 'beredskap' ? 0.9 : 0.85);
    const pool = r.chance(0.92) ? NAVN.norsk : NAVN[r.pick(['polsk', 'arabisk', 'somali'] as const)];
    const etternavnA = r.pick(pool.etternavn);
    const etternavnB = r.chance(0.55) ? etternavnA : r.pick(NAVN.norsk.etternavn);
    const [minAlder, maxAlder] = type === 'beredskap' ? [36, 62] : [30, 60];
    const brukte = new Set<string>();
    const forste = person(
      pool,
      r.chance(0.55) ? 'kvinne' : 'mann',
      etternavnA,
      fodt(r.int(minAlder, maxAlder)),
      { telefon: 1, epost: 0.9 },
      brukte,
    );
    const foreldre = [forste];
    if (par) {
      const andre = person(
        pool,
        forste.kjonn === 'kvinne' ? 'mann' : 'kvinne',
        etternavnB,
        addDays(forste.fodselsdato, r.int(-5 * 365, 5 * 365)),
        { telefon: 0.95, epost: 0.7 },
        brukte,
      );
      foreldre.push(andre);
    }
    const egneBarn = r.chance(type === 'beredskap' ? 0.35 : 0.6)
      ? egneBarnFor(foreldre, r.int(1, 3), etternavnA, pool)
      : [];
    const andre = r.chance(0.08)
      ? [
          person(
            pool,
            kjonn(),
            etternavnA,
            addDays(forste.fodselsdato, -r.int(22, 30) * 365),
            { telefon: 0.5, epost: 0 },
            new Set([...brukte, ...egneBarn.map((b) => b.fornavn)]),
          ),
        ]
      : [];
    const base = {
      id: randomUUID(),
      type,
      navn: husstandsnavn(foreldre),
      sted: s,
      adresse: gateadresse(s.kommunenummer, r.random),
      foreldre,
      egneBarn,
      andre,
      slekt: null,
      segs: [],
      godkjentDato: null,
      kontaktpersonId: null,
      teamId: null,
    };
    const h: Hjem = { ...base, omtale: omtaleFor(base) };
    hjem.push(h);
    return h;
  };
  const slektshjem = (husstand: Slektshusstand): Hjem => {
    if (husstand.hjem) return husstand.hjem;
    const foreldre: Person[] = [...husstand.slekt, ...(husstand.partner ? [husstand.partner] : [])];
    const fam = foreldre[0] as Person;
    const egneBarn =
      husstand.relasjon === 'tante_onkel' && r.chance(0.7)
        ? egneBarnFor(foreldre, r.int(1, 3), husstand.partner?.etternavn ?? fam.etternavn, NAVN.norsk)
        : [];
    const base = {
      id: randomUUID(),
      type: 'slekt_nettverk' as const,
      navn: husstandsnavn(foreldre),
      sted: husstand.sted,
      adresse: husstand.adresse.split(',')[0] ?? husstand.adresse,
      foreldre,
      egneBarn,
      andre: [],
      slekt: husstand,
      segs: [],
      godkjentDato: null,
      kontaktpersonId: null,
      teamId: null,
    };
    const h: Hjem = { ...base, omtale: omtaleFor(base) };
    husstand.hjem = h;
    hjem.push(h);
    return h;
  };

  const alleSegs = alleBarn.flatMap((b) => b.segs).sort((a, b) => a.start.localeCompare(b.start));
  const overlapp = (h: Hjem, s: Seg) =>
    h.segs.filter((o) => o.start < (s.end ?? '9999-12-31') && s.start < (o.end ?? '9999-12-31')).length;
  const velgHjem = (kandidater: Hjem[], s: Seg, maks: number): Hjem | null => {
    const ledige = kandidater.filter((h) => overlapp(h, s) < maks);
    if (!ledige.length) return null;
    const minst = Math.min(...ledige.map((h) => overlapp(h, s)));
    return r.pick(ledige.filter((h) => overlapp(h, s) === minst));
  };

  const beredskapshjem = Array.from({ length: Math.max(2, Math.round(n / 15)) }, () => nyttHjem('beredskap'));
  const ordinaereSegs = alleSegs.filter((s) => s.type === 'ordinaer' && !s.sammeHjemSom).length;
  const slektSegs = alleSegs.filter((s) => s.type === 'slekt_nettverk' && !s.sammeHjemSom).length;
  const maalHjem = Math.round(n * 0.8);
  const antallOrdinaere = Math.max(
    Math.ceil(ordinaereSegs / 2.5),
    Math.min(ordinaereSegs + 2, maalHjem - beredskapshjem.length - slektSegs),
  );
  const ordinaere = Array.from({ length: antallOrdinaere }, () => nyttHjem('ordinaer'));

  const brukteSlekt = new Map<Barn, Set<Slektshusstand>>();
  const harBodd = (b: Barn, h: Hjem) => b.segs.some((o) => (o.hjem ?? o.sammeHjemSom?.hjem) === h);
  const tildelHjem = (s: Seg): void => {
    if (s.hjem) return;
    let h: Hjem | null = null;
    if (s.sammeHjemSom) {
      tildelHjem(s.sammeHjemSom);
      h = s.sammeHjemSom.hjem;
      s.type = s.sammeHjemSom.type;
    } else if (s.type === 'beredskap') {
      const ledige = beredskapshjem.filter((x) => !harBodd(s.barn, x));
      h = velgHjem(ledige, s, 3) ?? velgHjem(beredskapshjem, s, 99);
    } else if (s.type === 'ordinaer') {
      // Never back to a home the child has left (the same home again is a move with it, 1.3).
      const ledige = ordinaere.filter((x) => !harBodd(s.barn, x));
      h = velgHjem(ledige, s, 1) ?? velgHjem(ledige, s, 2) ?? nyttHjem('ordinaer');
    } else {
      const f = s.barn.familie;
      const brukt = brukteSlekt.get(s.barn) ?? new Set();
      brukteSlekt.set(s.barn, brukt);
      const iAlder = (x: Slektshusstand) =>
        [...x.slekt, ...(x.partner ? [x.partner] : [])].every((p) => {
          const a = alder(p.fodselsdato, s.start);
          return a >= 21 && a <= 72;
        });
      const ledige = f.slekt.filter(
        (x) => !brukt.has(x) && (!x.hjem || overlapp(x.hjem, s) < 2) && iAlder(x),
      );
      const husstand = ledige.length ? r.pick(ledige) : lagSlekt(f, s.start);
      if (husstand) {
        brukt.add(husstand);
        h = slektshjem(husstand);
      } else {
        s.type = 'ordinaer';
        const ledige2 = ordinaere.filter((x) => !harBodd(s.barn, x));
        h = velgHjem(ledige2, s, 2) ?? nyttHjem('ordinaer');
      }
    }
    if (!h) throw new Error('No foster home found');
    s.hjem = h;
    h.segs.push(s);
  };
  // Homes that a sibling moves into later are chosen first, so that neither sibling is placed
  // there earlier and then "back" again.
  const felles = new Set(
    alleSegs.flatMap((s) => (s.sammeHjemSom && s.sammeHjemSom.barn !== s.barn ? [s.sammeHjemSom] : [])),
  );
  for (const s of alleSegs) if (felles.has(s)) tildelHjem(s);
  for (const s of alleSegs) tildelHjem(s);
  // A move with the foster family (1.3) stays in the same home; the destination codes follow the
  // type of the next placement, which may have changed above.
  for (const b of alleBarn) {
    b.segs.forEach((s, idx) => {
      const neste = b.segs[idx + 1];
      if (s.slutt && neste && ['1', '2', '3'].includes(s.slutt.flyttingTil))
        s.slutt.flyttingTil = flyttingTilFor(neste.type);
    });
  }

  for (const h of hjem) {
    const forst = h.segs.reduce<string | null>((a, s) => (a === null || s.start < a ? s.start : a), null);
    // Foster parents outside the family were at least 28 when their first child came.
    if (forst && !h.slekt) {
      const mangler = Math.max(0, ...h.foreldre.map((p) => 28 - alder(p.fodselsdato, forst)));
      if (mangler > 0) {
        const ar = mangler + r.int(0, 3);
        for (const p of [...h.foreldre, ...h.andre]) p.fodselsdato = addMonths(p.fodselsdato, -12 * ar);
      }
    }
    if (forst === null) h.godkjentDato = addDays(today, -r.int(30, 400));
    else if (h.type === 'slekt_nettverk') {
      const dato = addDays(forst, r.int(20, 100));
      h.godkjentDato = dato <= today ? dato : null;
    } else h.godkjentDato = addDays(forst, -r.int(30, 300));
    const siste = [...h.segs]
      .sort((a, b) => (a.start < b.start ? 1 : -1))
      .find((s) => s.barn.kontaktpersonId);
    const kontakt =
      siste?.barn.kontaktpersonId ??
      (r.pick(vanligeKolleger.length ? vanligeKolleger : [demo]) as { id: string }).id;
    h.kontaktpersonId = kontakt;
    h.teamId = teamFor.get(kontakt) ?? null;
  }

  // ---- agreements ----
  const avtaler: { id: string; hjem: Hjem; seg: Seg; start: string; slutt: string }[] = [];
  const aktive = alleSegs.filter(
    (s) => s.type !== 'beredskap' && s.start <= today && (s.end === null || s.end > today),
  );
  const utloperSnart = new Set<Seg>();
  const demoAktiv = aktive.find((s) => s.barn.kontaktpersonId === demo.id && s.start < addDays(today, -200));
  if (demoAktiv) utloperSnart.add(demoAktiv);
  for (const s of r.shuffle(aktive)) {
    if (utloperSnart.size >= Math.max(3, Math.round(aktive.length * 0.15))) break;
    if (s.start < addDays(today, -200)) utloperSnart.add(s);
  }
  const utlopt = r.shuffle(aktive).find((s) => !utloperSnart.has(s) && s.start < addDays(today, -400));
  for (const s of aktive) {
    if (!s.hjem) continue;
    const atten = addMonths(s.barn.fodselsdato, 18 * 12);
    let slutt: string;
    if (utloperSnart.has(s)) slutt = addDays(today, r.int(14, 175));
    else if (s === utlopt) slutt = addDays(today, -r.int(5, 40));
    else {
      const ar = r.pick([2, 3, 4]);
      slutt = addMonths(s.start, 12 * ar);
      while (slutt <= addDays(today, 180)) slutt = addMonths(slutt, 12 * ar);
    }
    avtaler.push({ id: randomUUID(), hjem: s.hjem, seg: s, start: s.start, slutt: minDate(slutt, atten) });
  }

  // ---- assignments and handovers ----
  type Tildeling = typeof tildeling.$inferInsert;
  const tildelinger: Tildeling[] = [];
  const kontaktPa = (b: Barn, dato: string) => {
    let hvem: string | null = null;
    for (const [fra, bruker] of b.kontaktHistorikk) if (fra <= dato) hvem = bruker;
    return hvem ?? b.kontaktHistorikk[0]?.[1] ?? b.kontaktpersonId;
  };
  for (const b of alleBarn) {
    if (!b.kontaktpersonId) continue;
    const forste = b.segs[0]?.start ?? addDays(today, -r.int(7, 45));
    const ettervernBytte =
      b.profil === 'ettervern' && !!input.ettervernTeamId && b.teamId === input.ettervernTeamId;
    const bytte =
      ettervernBytte ||
      (b.segs.length > 0 &&
        daysBetween(forste, today) > 150 &&
        r.chance(b.kontaktpersonId === demo.id ? 0.4 : 0.3));
    if (!bytte) {
      b.kontaktHistorikk.push([forste, b.kontaktpersonId]);
      tildelinger.push({
        tjenesteId: input.tjenesteId,
        barnId: b.id,
        fraBrukerId: null,
        tilBrukerId: b.kontaktpersonId,
        dato: forste,
        registrertAv: tildeler.id,
        createdAt: tidspunkt(forste),
      });
      continue;
    }
    const andre = [...vanligeKolleger, demo].filter((u) => u.id !== b.kontaktpersonId);
    const forrige = (
      b.kontaktpersonId === demo.id
        ? r.pick(vanligeKolleger.length ? vanligeKolleger : [demo])
        : r.chance(0.25)
          ? demo
          : r.pick(andre)
    ).id;
    const datoBytte = ettervernBytte
      ? minDate(maxDate(addMonths(b.fodselsdato, 17 * 12 + 6), addDays(forste, 30)), addDays(today, -10))
      : r.dateBetween(addDays(forste, 90), addDays(today, -10));
    b.kontaktHistorikk.push([forste, forrige], [datoBytte, b.kontaktpersonId]);
    // The summary speaks of the months after the handover and of a move before it.
    const senere = addMonths(datoBytte, r.int(1, 4));
    const flytting = b.segs
      .map((s) => s.end)
      .filter((d): d is string => d !== null && d <= datoBytte)
      .at(-1);
    const ctx = {
      navn: b.fornavn,
      maned: MANEDER[Number(senere.slice(5, 7)) - 1] ?? 'mars',
      ar: (flytting ?? forste).slice(0, 4),
      hobby: b.interesse[m],
      harMor: !!b.familie.mor,
      harFar: !!b.familie.far,
      alder: alder(b.fodselsdato, datoBytte),
    };
    tildelinger.push({
      tjenesteId: input.tjenesteId,
      barnId: b.id,
      fraBrukerId: null,
      tilBrukerId: forrige,
      dato: forste,
      registrertAv: tildeler.id,
      createdAt: tidspunkt(forste),
    });
    tildelinger.push({
      tjenesteId: input.tjenesteId,
      barnId: b.id,
      fraBrukerId: forrige,
      tilBrukerId: b.kontaktpersonId,
      dato: datoBytte,
      ...overlevering(m, ctx, r.random, ctx.alder >= 17),
      registrertAv: forrige,
      createdAt: tidspunkt(datoBytte, 30),
    });
  }

  // ---- family rows ----
  type Familierad = typeof familiemedlem.$inferInsert;
  const familierader: Familierad[] = [];
  const barnCreated = (b: Barn) =>
    tidspunkt(addDays(b.kontaktHistorikk[0]?.[0] ?? b.segs[0]?.start ?? today, -r.int(1, 20)));
  const opprettet = new Map<Barn, Date>();
  for (const b of alleBarn) opprettet.set(b, barnCreated(b));
  for (const b of alleBarn) {
    const f = b.familie;
    const base = opprettet.get(b) as Date;
    let nr = 0;
    const rad = (row: Omit<Familierad, 'tjenesteId' | 'barnId' | 'createdAt'>) =>
      familierader.push({
        tjenesteId: input.tjenesteId,
        barnId: b.id,
        ...row,
        createdAt: new Date(base.getTime() + ++nr * 60_000),
      });
    if (f.mor)
      rad({
        relasjon: 'mor',
        fornavn: f.mor.fornavn,
        etternavn: f.mor.etternavn,
        fodselsdato: f.mor.fodselsdato,
        telefon: f.mor.telefon,
        epost: f.mor.epost,
        adresse: f.adresse,
        foreldreansvar: f.morAnsvar,
      });
    if (f.far)
      rad({
        relasjon: 'far',
        fornavn: f.far.fornavn,
        etternavn: f.far.etternavn,
        fodselsdato: f.far.fodselsdato,
        telefon: f.far.telefon,
        epost: f.far.epost,
        adresse: f.farAdresse ?? f.adresse,
        foreldreansvar: f.farAnsvar,
      });
    for (const s of f.barn) {
      if (s === b) continue;
      rad({
        relasjon: 'sosken',
        fornavn: s.fornavn,
        etternavn: s.etternavn,
        fodselsdato: s.fodselsdato,
        sosken: s.id,
      });
    }
    for (const s of f.andreSosken) {
      rad({
        relasjon: s.relasjon,
        fornavn: s.fornavn,
        etternavn: s.etternavn,
        fodselsdato: s.fodselsdato,
        adresse: alder(s.fodselsdato, today) < 18 ? f.adresse : null,
      });
    }
    for (const h of f.slekt) {
      for (const p of h.slekt) {
        rad({
          relasjon: h.relasjon,
          fornavn: p.fornavn,
          etternavn: p.etternavn,
          fodselsdato: p.fodselsdato,
          telefon: p.telefon,
          epost: p.epost,
          adresse: h.adresse,
        });
      }
    }
  }

  // ---- village and shared goals ----
  type Medlemsrad = typeof landsbymedlem.$inferInsert;
  type Malrad = typeof landsbyMal.$inferInsert;
  const medlemsrader: Medlemsrad[] = [];
  const malrader: Malrad[] = [];
  const fagperson = () => {
    const k = kjonn();
    return person(NAVN.norsk, k, r.pick(NAVN.norsk.etternavn), today, { telefon: 0, epost: 0 });
  };
  const kontaktFor = (p: Person) => p.telefon ?? p.epost ?? null;
  const fagKontakt = (p: Person) =>
    r.chance(0.5) ? telefon() : r.chance(0.6) ? epost(p.fornavn, p.etternavn) : null;
  for (const b of alleBarn) {
    const siste = b.segs.at(-1);
    if (!siste) continue;
    const aktiv = siste.end === null || siste.end > today;
    const h = siste.hjem;
    const f = b.familie;
    const alderNa = alder(b.fodselsdato, today);
    type Kandidat = Omit<Medlemsrad, 'tjenesteId' | 'barnId' | 'createdAt'>;
    const sikre: Kandidat[] = [];
    const valgfrie: Kandidat[] = [];
    if (f.mor)
      sikre.push({
        kategori: 'familie',
        navn: `${f.mor.fornavn} ${f.mor.etternavn}`,
        rolle: ROLLER.mor[m],
        kontakt: kontaktFor(f.mor),
      });
    else if (f.far)
      sikre.push({
        kategori: 'familie',
        navn: `${f.far.fornavn} ${f.far.etternavn}`,
        rolle: ROLLER.far[m],
        kontakt: kontaktFor(f.far),
      });
    if (h && (aktiv || b.profil === 'ettervern')) {
      const [forste, ...resten] = h.foreldre;
      const fosterRolle = (p: Person) => {
        const slekt = h.slekt?.slekt.find((x) => x.fornavn === p.fornavn && x.etternavn === p.etternavn);
        if (slekt)
          return `${slekt.tittel[0]?.toUpperCase()}${slekt.tittel.slice(1)} (${ROLLER.fosterhjemSuffiks[m]})`;
        return p.kjonn === 'kvinne' ? ROLLER.fostermor[m] : ROLLER.fosterfar[m];
      };
      if (forste)
        sikre.push({
          kategori: 'fosterfamilie',
          navn: `${forste.fornavn} ${forste.etternavn}`,
          rolle: fosterRolle(forste),
          kontakt: forste.telefon,
        });
      for (const p of resten)
        valgfrie.push({
          kategori: 'fosterfamilie',
          navn: `${p.fornavn} ${p.etternavn}`,
          rolle: fosterRolle(p),
          kontakt: p.telefon,
        });
      const eget = h.egneBarn.find((x) => alder(x.fodselsdato, today) >= 6);
      if (eget && r.chance(0.5))
        valgfrie.push({
          kategori: 'fosterfamilie',
          navn: `${eget.fornavn} ${eget.etternavn}`,
          rolle: eget.kjonn === 'kvinne' ? ROLLER.fostersoster[m] : ROLLER.fosterbror[m],
          kontakt: eget.telefon,
        });
    }
    const bosted = h && aktiv ? h.sted : f.sted;
    if (alderNa >= 1 && alderNa < 20) {
      const p = fagperson();
      sikre.push({
        kategori: 'skole_barnehage',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: skoleRolle(m, alderNa, bosted, r.random),
        kontakt: fagKontakt(p),
      });
    }
    if (aktiv && alderNa < 18) {
      const p = fagperson();
      (r.chance(0.7) ? sikre : valgfrie).push({
        kategori: 'hjelpere',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: ROLLER.tilsynsforer[m],
        kontakt: fagKontakt(p),
      });
    }
    if (b.profil === 'ettervern') {
      const p = fagperson();
      sikre.push({
        kategori: 'hjelpere',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: ROLLER.ettervern[m],
        kontakt: fagKontakt(p),
      });
    }
    if (f.mor && f.far)
      valgfrie.push({
        kategori: 'familie',
        navn: `${f.far.fornavn} ${f.far.etternavn}`,
        rolle: ROLLER.far[m],
        kontakt: kontaktFor(f.far),
      });
    const sosken = [...f.barn.filter((x) => x !== b), ...f.andreSosken];
    const s = sosken[0];
    if (s) {
      const eldre = s.fodselsdato < b.fodselsdato;
      const rolle =
        s.kjonn === 'kvinne'
          ? eldre
            ? ROLLER.storesoster[m]
            : ROLLER.lillesoster[m]
          : eldre
            ? ROLLER.storebror[m]
            : ROLLER.lillebror[m];
      valgfrie.push({ kategori: 'familie', navn: `${s.fornavn} ${s.etternavn}`, rolle, kontakt: null });
    }
    const bestemor = f.slekt.find((x) => x.hjem !== h && x.relasjon === 'besteforelder')?.slekt[0];
    if (bestemor)
      valgfrie.push({
        kategori: 'familie',
        navn: `${bestemor.fornavn} ${bestemor.etternavn}`,
        rolle: `${bestemor.tittel[0]?.toUpperCase()}${bestemor.tittel.slice(1)}`,
        kontakt: bestemor.telefon,
      });
    const helse = r.pick<{ nb: string; nn: string }>(
      alderNa < 7
        ? [ROLLER.helsesykepleier, ROLLER.logoped, ROLLER.fastlege]
        : [ROLLER.helsesykepleier, ROLLER.psykolog, ROLLER.psykolog, ROLLER.fastlege],
    );
    const hp = fagperson();
    valgfrie.push({
      kategori: 'helse',
      navn: `${hp.fornavn} ${hp.etternavn}`,
      rolle: helse[m],
      kontakt: fagKontakt(hp),
    });
    if (b.interesse.leder) {
      const p = fagperson();
      valgfrie.push({
        kategori: 'fritid',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: b.interesse.leder[m],
        kontakt: fagKontakt(p),
      });
    }
    if (aktiv) {
      const p = fagperson();
      valgfrie.push({
        kategori: 'hjelpere',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: ROLLER.bufetat[m],
        kontakt: fagKontakt(p),
      });
    }
    if (aktiv && siste.forsterket) {
      const p = fagperson();
      sikre.push({
        kategori: 'hjelpere',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: ROLLER.miljoterapeut[m],
        kontakt: fagKontakt(p),
      });
    }
    if (b.profil === 'hjem' || r.chance(0.2)) {
      const p = fagperson();
      valgfrie.push({
        kategori: 'hjelpere',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: ROLLER.familieveileder[m],
        kontakt: fagKontakt(p),
      });
    }
    if (r.chance(0.12)) {
      const p = fagperson();
      valgfrie.push({
        kategori: 'annet',
        navn: `${p.fornavn} ${p.etternavn}`,
        rolle: r.pick([ROLLER.besokshjem, ROLLER.stottekontakt])[m],
        kontakt: fagKontakt(p),
      });
    }
    const mal = r.int(3, 8);
    const valgt = [...sikre, ...r.shuffle(valgfrie)].slice(0, Math.max(mal, Math.min(sikre.length, 8)));
    const fraDato = minDate(addDays(siste.start, 14), today);
    valgt.forEach((k, idx) => {
      medlemsrader.push({
        tjenesteId: input.tjenesteId,
        barnId: b.id,
        ...k,
        createdAt: tidspunkt(r.dateBetween(fraDato, today), idx),
      });
    });

    // Goals agreed during the latest placement (up to two years back, or before it ended).
    const malTil = minDate(siste.end ?? today, today);
    const malFra = minDate(maxDate(addDays(siste.start, 21), addDays(malTil, -730)), malTil);
    const malTekster = r
      .shuffle(
        maler(m, {
          navn: b.fornavn,
          alder: alder(b.fodselsdato, malTil),
          harMor: !!f.mor,
          harSosken: sosken.length > 0,
          minoritet: f.bakgrunn !== 'norsk',
          besteforeldre: f.slekt.some((x) => x.relasjon === 'besteforelder'),
        }),
      )
      .slice(0, r.int(1, 3));
    for (const tekst of malTekster) {
      const avtalt = r.dateBetween(malFra, malTil);
      malrader.push({
        tjenesteId: input.tjenesteId,
        barnId: b.id,
        tekst,
        avtaltDato: avtalt,
        createdAt: tidspunkt(avtalt, 60),
      });
    }
  }

  // ---- life story ----
  type Delrad = typeof rammefortellingDel.$inferInsert;
  type Versjonsrad = typeof rammefortellingVersjon.$inferInsert;
  const delrader: Delrad[] = [];
  const versjonsrader: Versjonsrad[] = [];
  const gammelNok = (d: string) => minDate(d, addDays(today, -1));
  for (const b of alleBarn) {
    const forste = b.segs[0];
    const siste = b.segs.at(-1);
    if (!forste?.hjem || !siste?.hjem || !b.kontaktpersonId || !r.chance(0.62)) continue;
    const barnet = { navn: b.fornavn, kjonn: b.kjonn, m };
    const f = b.familie;
    const deler: { del: Fortellingsdel; dato: string }[] = [];
    if (f.mor || f.far) {
      const besteforelder = f.slekt.find((x) => x.relasjon === 'besteforelder')?.omtale ?? null;
      deler.push({
        del: delForFlytting(
          barnet,
          {
            fodeAr: b.fodselsdato.slice(0, 4),
            forsteAr: forste.start.slice(0, 4),
            foreldre: foreldreOrd(!!f.mor, !!f.far),
            sted: f.sted.kommune,
            dagerVedFlytting: daysBetween(b.fodselsdato, forste.start),
            besteforelder,
          },
          r.random,
        ),
        dato: addDays(forste.start, r.int(20, 120)),
      });
    }
    const kontaktMed =
      f.mor && f.far ? (m === 'nn' ? 'både mor og far' : 'både mor og far') : f.mor ? 'mor' : 'far';
    deler.push({
      del:
        forste.type === 'beredskap'
          ? delBeredskap(barnet, forste.hjem.omtale, forste.start, forste.end)
          : delAnkomst(
              barnet,
              forste.hjem.omtale,
              { start: forste.start, alderVedFlytting: alder(b.fodselsdato, forste.start), kontaktMed },
              r.random,
            ),
      dato: addDays(forste.start, r.int(30, 150)),
    });
    const brudd = b.segs.find((s) => s.slutt?.avslutning === 'utilsiktet' && s.end && s !== siste);
    if (brudd?.hjem && brudd.end && brudd.slutt) {
      deler.push({
        del: delBrudd(
          barnet,
          brudd.hjem.omtale,
          brudd.slutt.arsakKode,
          brudd.end,
          alder(b.fodselsdato, brudd.end),
        ),
        dato: addDays(brudd.end, r.int(14, 90)),
      });
    }
    if (siste.slutt?.flyttingTil === '6' && siste.end) {
      deler.push({
        del: delHjem(barnet, siste.hjem.omtale, {
          dato: siste.end,
          forelder: f.mor ? 'mor' : 'far',
          etterOnske: siste.slutt.grunn === 'hjem_etter_onske',
        }),
        dato: addDays(siste.end, r.int(10, 60)),
      });
    } else if (siste.slutt?.arsakKode === '1.1.2' && siste.end) {
      deler.push({
        del: delVoksen(
          barnet,
          siste.hjem.omtale,
          { dato: siste.end, flyttingTil: siste.slutt.flyttingTil, sted: f.sted.poststed },
          r.random,
        ),
        dato: addDays(siste.end, r.int(30, 200)),
      });
    } else if (
      !siste.end &&
      siste.type !== 'beredskap' &&
      (siste !== forste || siste.start < addDays(today, -730))
    ) {
      deler.push({
        del: delHverdag(
          barnet,
          siste.hjem.omtale,
          {
            start: siste.start,
            alder: alder(b.fodselsdato, today),
            hobby: b.interesse[m],
            samvaer: f.mor ? 'mor' : f.far ? 'far' : null,
            sosken: [...f.barn.filter((x) => x !== b), ...f.andreSosken][0]?.fornavn ?? null,
          },
          r.random,
        ),
        dato: addDays(siste.start, r.int(60, 300)),
      });
    }
    const antallDeler = r.int(1, Math.min(4, deler.length));
    const sisteDel = deler[deler.length - 1];
    if (!sisteDel) continue;
    const valgte = new Set([sisteDel, ...r.shuffle(deler.slice(0, -1)).slice(0, antallDeler - 1)]);
    let forrigeDato = '0000-01-01';
    let minutt = 0;
    for (const item of deler) {
      if (!valgte.has(item)) continue;
      const { del, dato } = item;
      const d = gammelNok(maxDate(dato, forrigeDato));
      forrigeDato = d;
      const forfatter = kontaktPa(b, d) ?? (b.kontaktpersonId as string);
      const id = randomUUID();
      const laget = tidspunkt(d, 60 + minutt++);
      let versjon = 1;
      let tekst = del.tekst;
      let sistForfatter = forfatter;
      let endret = laget;
      versjonsrader.push({
        tjenesteId: input.tjenesteId,
        delId: id,
        version: 1,
        ...del,
        forfatterId: forfatter,
        lagret: laget,
      });
      const v2 = addDays(d, r.int(30, 400));
      if (alder(b.fodselsdato, d) >= 7 && v2 < today && r.chance(0.3)) {
        versjon = 2;
        tekst = del.tekst + tillegg(barnet, v2, b.segs.length > 1, r.random);
        sistForfatter = kontaktPa(b, v2) ?? forfatter;
        endret = tidspunkt(v2, 90);
        versjonsrader.push({
          tjenesteId: input.tjenesteId,
          delId: id,
          version: 2,
          ...del,
          tekst,
          forfatterId: sistForfatter,
          lagret: endret,
        });
      }
      delrader.push({
        id,
        tjenesteId: input.tjenesteId,
        barnId: b.id,
        tittel: del.tittel,
        periode: del.periode,
        tekst,
        forfatterId: sistForfatter,
        version: versjon,
        createdAt: laget,
        updatedAt: endret,
      });
    }
  }

  // ---- rows ----
  const barnRader: (typeof barn.$inferInsert)[] = alleBarn.map((b) => ({
    id: b.id,
    tjenesteId: input.tjenesteId,
    fornavn: b.fornavn,
    etternavn: b.etternavn,
    fodselsnummer: b.fodselsnummer,
    fodselsdato: b.fodselsdato,
    sprak: SPRAK[b.familie.bakgrunn],
    kultur: b.kultur,
    religion: b.religion,
    kontaktpersonId: b.kontaktpersonId,
    teamId: b.teamId,
    createdAt: opprettet.get(b),
  }));
  const hjemRader: (typeof fosterhjem.$inferInsert)[] = hjem.map((h) => ({
    id: h.id,
    tjenesteId: input.tjenesteId,
    navn: h.navn,
    adresse: h.adresse,
    postnummer: h.sted.postnummer,
    poststed: h.sted.poststed,
    kommunenummer: h.sted.kommunenummer,
    godkjentDato: h.godkjentDato,
    kontaktpersonId: h.kontaktpersonId,
    teamId: h.teamId,
    createdAt: tidspunkt(
      minDate(
        h.godkjentDato ?? today,
        h.segs.reduce((a, s) => minDate(a, s.start), today),
      ),
    ),
  }));
  const husstandRader: (typeof fosterhjemMedlem.$inferInsert)[] = hjem.flatMap((h) =>
    [
      ...h.foreldre.map((p) => ({ rolle: 'fosterforelder' as const, p })),
      ...h.egneBarn.map((p) => ({ rolle: 'eget_barn' as const, p })),
      ...h.andre.map((p) => ({ rolle: 'annet_husstandsmedlem' as const, p })),
    ].map(({ rolle, p }) => ({
      tjenesteId: input.tjenesteId,
      fosterhjemId: h.id,
      rolle,
      fornavn: p.fornavn,
      etternavn: p.etternavn,
      fodselsdato: p.fodselsdato,
      telefon: p.telefon,
      epost: p.epost,
    })),
  );
  const plasseringRader: (typeof plassering.$inferInsert)[] = alleSegs.map((s) => ({
    id: s.id,
    tjenesteId: input.tjenesteId,
    barnId: s.barn.id,
    fosterhjemId: (s.hjem as Hjem).id,
    innflytting: s.start,
    utflytting: s.end,
    plasseringstype: s.type,
    forsterket: s.forsterket,
    hjemmel: s.hjemmel,
    avslutning: s.slutt?.avslutning ?? null,
    initiativ: s.slutt?.initiativ ?? null,
    arsakKode: s.slutt?.arsakKode ?? null,
    flyttingTil: s.slutt?.flyttingTil ?? null,
    avslutningNotat:
      s.slutt && r.chance(s.slutt.grunn ? 0.75 : 0.55)
        ? avslutningNotat(m, s.slutt.arsakKode, s.slutt.grunn, r.random)
        : null,
    createdAt: tidspunkt(s.start),
  }));
  const avtaleRader: (typeof fosterhjemsavtale.$inferInsert)[] = avtaler.map((a) => ({
    id: a.id,
    tjenesteId: input.tjenesteId,
    fosterhjemId: a.hjem.id,
    plasseringId: a.seg.id,
    startDato: a.start,
    sluttDato: a.slutt,
  }));

  return {
    barn: barnRader,
    familiemedlem: familierader,
    fosterhjem: hjemRader,
    fosterhjemMedlem: husstandRader,
    plassering: plasseringRader,
    fosterhjemsavtale: avtaleRader,
    tildeling: tildelinger,
    landsbymedlem: medlemsrader,
    landsbyMal: malrader,
    rammefortellingDel: delrader,
    rammefortellingVersjon: versjonsrader,
  };
}

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await tx.insert(table).values(rows.slice(i, i + 500));
  }
}

/**
 * Seeds one demo service's children and everything around them, relative to `today` (the Oslo
 * date). Runs inside the caller's transaction as the table owner.
 */
export async function seedCases(
  tx: Tx,
  input: SeedCasesInput,
  random: () => number,
  today: string,
): Promise<SeedCasesResult> {
  const plan = planCases(input, random, today);
  await insertAll(tx, barn, plan.barn);
  await insertAll(tx, familiemedlem, plan.familiemedlem);
  await insertAll(tx, fosterhjem, plan.fosterhjem);
  await insertAll(tx, fosterhjemMedlem, plan.fosterhjemMedlem);
  await insertAll(tx, plassering, plan.plassering);
  await insertAll(tx, fosterhjemsavtale, plan.fosterhjemsavtale);
  await insertAll(tx, tildeling, plan.tildeling);
  await insertAll(tx, landsbymedlem, plan.landsbymedlem);
  await insertAll(tx, landsbyMal, plan.landsbyMal);
  await insertAll(tx, rammefortellingDel, plan.rammefortellingDel);
  await insertAll(tx, rammefortellingVersjon, plan.rammefortellingVersjon);
  return {
    barn: plan.barn.length,
    fosterhjem: plan.fosterhjem.length,
    plasseringer: plan.plassering.length,
    avtaler: plan.fosterhjemsavtale.length,
    tildelinger: plan.tildeling.length,
    familiemedlemmer: plan.familiemedlem.length,
    landsbymedlemmer: plan.landsbymedlem.length,
    landsbyMal: plan.landsbyMal.length,
    rammefortellingDeler: plan.rammefortellingDel.length,
  };
}
