import { describe, expect, it } from 'vitest';
import { createNameGenerator, createRandom, ETTERNAVN, FORNAVN_KVINNE, FORNAVN_MANN } from '@/seed/names';

/**
 * Every part of the name of a real person mentioned in shared/seeds/ (project contacts in the
 * public reports). Demo data must never use them (design §5, shared/README.md).
 */
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

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(seqA);
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA);
  });

  it('gives numbers in [0, 1)', () => {
    const random = createRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('name lists', () => {
  it('hold about 60 first names of both genders and about 60 surnames, without repeats', () => {
    const fornavn = [...FORNAVN_KVINNE, ...FORNAVN_MANN];
    expect(fornavn.length).toBeGreaterThanOrEqual(60);
    expect(ETTERNAVN.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fornavn).size).toBe(fornavn.length);
    expect(new Set(ETTERNAVN).size).toBe(ETTERNAVN.length);
  });

  it('contain no name of a person mentioned in the seed documents', () => {
    for (const name of [...FORNAVN_KVINNE, ...FORNAVN_MANN, ...ETTERNAVN]) {
      expect(NAMES_IN_SEEDS, name).not.toContain(name);
    }
  });
});

describe('createNameGenerator', () => {
  it('the same seed gives the same people', () => {
    const a = createNameGenerator(createRandom(2026));
    const b = createNameGenerator(createRandom(2026));
    const people = Array.from({ length: 50 }, () => a.person());
    expect(Array.from({ length: 50 }, () => b.person())).toEqual(people);
  });

  it('draws non-empty names from the lists, of the gender asked for', () => {
    const names = createNameGenerator(createRandom(5));
    for (let i = 0; i < 500; i++) {
      const p = names.person();
      expect(p.fornavn).not.toBe('');
      expect(p.etternavn).not.toBe('');
      expect(p.navn).toBe(`${p.fornavn} ${p.etternavn}`);
      expect(ETTERNAVN).toContain(p.etternavn);
      expect(p.kjonn === 'kvinne' ? FORNAVN_KVINNE : FORNAVN_MANN).toContain(p.fornavn);
    }
    expect(FORNAVN_KVINNE).toContain(names.person('kvinne').fornavn);
    expect(FORNAVN_MANN).toContain(names.person('mann').fornavn);
  });

  it('mixes genders when none is asked for', () => {
    const names = createNameGenerator(createRandom(9));
    const kjonn = new Set(Array.from({ length: 50 }, () => names.person().kjonn));
    expect(kjonn).toEqual(new Set(['kvinne', 'mann']));
  });

  it('uniquePerson never repeats a full name within a run, even past the single-surname combinations', () => {
    const names = createNameGenerator(createRandom(11));
    const count = FORNAVN_MANN.length * ETTERNAVN.length + 200;
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const p = names.uniquePerson('mann');
      expect(seen.has(p.navn), p.navn).toBe(false);
      seen.add(p.navn);
      for (const part of p.etternavn.split(' ')) expect(ETTERNAVN).toContain(part);
    }
  });

  it('uniquePerson also avoids names already given by person()', () => {
    const names = createNameGenerator(createRandom(12));
    const first = names.person();
    for (let i = 0; i < 300; i++) expect(names.uniquePerson().navn).not.toBe(first.navn);
  });
});
