import { describe, expect, it } from 'vitest';
import { flett, manglerVedFerdigstilling, somTekst, tekstdiff } from '@/domain/dokumentInnhold';

describe('finalising a document', () => {
  const felter = [
    { id: 'dato', type: 'dato' as const, pakrevd: true },
    { id: 'stemme', type: 'barnets_stemme' as const, pakrevd: true },
    { id: 'notat', type: 'langtekst' as const, pakrevd: false },
  ];

  it('names every required field left empty', () => {
    expect(manglerVedFerdigstilling(felter, { notat: 'x' })).toEqual([
      { field: 'dato', code: 'required' },
      { field: 'stemme', code: 'required' },
    ]);
  });

  it("requires how the child took part whenever the child's voice is written down", () => {
    const innhold = {
      dato: '2026-01-01',
      stemme: { ord: 'Jeg vil bo her.', medvirkning: '', vektlegging: '' },
    };
    expect(manglerVedFerdigstilling(felter, innhold)).toEqual([
      { field: 'stemme.medvirkning', code: 'medvirkning_required' },
    ]);
    const ok = { ...innhold, stemme: { ...innhold.stemme, medvirkning: '1.1' } };
    expect(manglerVedFerdigstilling(felter, ok)).toEqual([]);
  });
});

describe('merge fields', () => {
  it('fills known fields and leaves unknown ones for the worker', () => {
    expect(
      flett('Hei {barn.fornavn}! Vi ses {dato}. {ukjent.felt}', { 'barn.fornavn': 'Åse', dato: '1. mars' }),
    ).toBe('Hei Åse! Vi ses 1. mars. {ukjent.felt}');
  });
});

describe('readable diff', () => {
  it('marks the words added and removed', () => {
    expect(
      tekstdiff('Nora bodde med mor i Fyllingsdalen.', 'Nora bodde med mor og storebror i Fyllingsdalen.'),
    ).toEqual([
      { type: 'lik', tekst: 'Nora bodde med mor ' },
      { type: 'lagt_til', tekst: 'og storebror ' },
      { type: 'lik', tekst: 'i Fyllingsdalen.' },
    ]);
    expect(tekstdiff('a b c', 'a x c')).toEqual([
      { type: 'lik', tekst: 'a ' },
      { type: 'fjernet', tekst: 'b' },
      { type: 'lagt_til', tekst: 'x' },
      { type: 'lik', tekst: ' c' },
    ]);
  });

  it('shows values of every field type as text', () => {
    expect(somTekst('flervalg', ['a', 'b'], (v) => v.toUpperCase())).toBe('A, B');
    expect(somTekst('sjekkliste', { a: { ok: true, kommentar: 'ja' }, b: { ok: false } })).toBe('a: ja');
  });
});
