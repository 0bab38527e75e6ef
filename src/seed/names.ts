/**
 * Invented Norwegian people for demo data (design §5: invented people only, never real names).
 * Deterministic: the same seed gives the same people, so demo data and tests are reproducible.
 *
 * The lists hold common first names and surnames; no name of a person mentioned in the seed
 * documents (shared/seeds/) is used.
 */

export type Kjonn = 'kvinne' | 'mann';

export type Person = {
  fornavn: string;
  etternavn: string;
  /** `fornavn etternavn` */
  navn: string;
  kjonn: Kjonn;
};

/**
 * A small seeded pseudo-random generator (mulberry32) returning numbers in [0, 1).
 * Not for anything secret: only for reproducible demo data.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common girls' and women's names in Norway, including some common among Norwegians with other backgrounds. */
export const FORNAVN_KVINNE = [
  'Nora',
  'Emma',
  'Ida',
  'Sigrid',
  'Leah',
  'Fatima',
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
  'Marte',
  'Kari',
  'Silje',
  'Hilde',
  'Ragnhild',
  'Ingeborg',
  'Amina',
  'Yasmin',
  'Aisha',
  'Zofia',
  'Olivia',
  'Frida',
  'Vilde',
  'Synnøve',
  'Liv',
  'Selma',
] as const;

/** Common boys' and men's names in Norway, including some common among Norwegians with other backgrounds. */
export const FORNAVN_MANN = [
  'Jonas',
  'Emil',
  'Oskar',
  'Amir',
  'Mohammed',
  'Lukas',
  'Jakob',
  'Filip',
  'Henrik',
  'Magnus',
  'Sander',
  'Noah',
  'Elias',
  'Aksel',
  'Olav',
  'Lars',
  'Knut',
  'Bjørn',
  'Eirik',
  'Sindre',
  'Håkon',
  'Arne',
  'Per',
  'Ali',
  'Yusuf',
  'Ahmed',
  'Jakub',
  'Tobias',
  'Mathias',
  'Kristian',
  'Sverre',
  'Trond',
] as const;

/** Common Norwegian surnames, many of them from Vestland, and some from other backgrounds. */
export const ETTERNAVN = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johannessen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Andreassen',
  'Jacobsen',
  'Halvorsen',
  'Lie',
  'Moen',
  'Strand',
  'Bakke',
  'Solberg',
  'Rasmussen',
  'Haugland',
  'Instanes',
  'Vik',
  'Brekke',
  'Eide',
  'Solheim',
  'Rønning',
  'Tveit',
  'Aase',
  'Lunde',
  'Hauge',
  'Sandvik',
  'Kvamme',
  'Nesse',
  'Hope',
  'Mjelde',
  'Skeie',
  'Rong',
  'Bøe',
  'Helle',
  'Hjelle',
  'Mæland',
  'Kleppe',
  'Tysse',
  'Bruvik',
  'Tangen',
  'Sætre',
  'Steinsland',
  'Fosse',
  'Hussain',
  'Nguyen',
  'Nowak',
  'Khan',
  'Osman',
  'Abdi',
] as const;

export type NameGenerator = {
  /** A random person; the same name may come again. */
  person(kjonn?: Kjonn): Person;
  /**
   * A person whose full name this generator has not given before (from `person` or `uniquePerson`).
   * When the single surnames run out it uses a double surname (e.g. "Vik Haugland"), as many
   * Norwegians have.
   */
  uniquePerson(kjonn?: Kjonn): Person;
};

const MAX_ATTEMPTS = 200;

export function createNameGenerator(random: () => number): NameGenerator {
  const given = new Set<string>();
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.min(list.length - 1, Math.floor(random() * list.length))];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  };
  const make = (kjonn: Kjonn | undefined, doubleSurname: boolean): Person => {
    const k = kjonn ?? (random() < 0.5 ? 'kvinne' : 'mann');
    const fornavn = pick(k === 'kvinne' ? FORNAVN_KVINNE : FORNAVN_MANN);
    let etternavn: string = pick(ETTERNAVN);
    if (doubleSurname) {
      const first = pick(ETTERNAVN.filter((n) => n !== etternavn));
      etternavn = `${first} ${etternavn}`;
    }
    const person = { fornavn, etternavn, navn: `${fornavn} ${etternavn}`, kjonn: k };
    given.add(person.navn);
    return person;
  };

  return {
    person: (kjonn) => make(kjonn, false),
    uniquePerson(kjonn) {
      for (const doubleSurname of [false, true]) {
        for (let i = 0; i < MAX_ATTEMPTS; i++) {
          const before = given.size;
          const person = make(kjonn, doubleSurname);
          if (given.size > before) return person;
        }
      }
      throw new Error(`No unused name found after ${2 * MAX_ATTEMPTS} attempts`);
    },
  };
}
