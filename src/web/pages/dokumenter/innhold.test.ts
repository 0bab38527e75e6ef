import { describe, expect, it } from 'vitest';
import type { Mal } from '@/web/api/dokumentTypes';
import { normaliser, sammeInnhold, tilLagring } from '@/web/pages/dokumenter/innhold';

const tekst = (nb: string) => ({ nb, nn: nb });
const mal: Mal = {
  id: 'test',
  versjon: 1,
  kategori: 'samtale',
  gjelder: 'barn',
  godkjenning: false,
  kilde: 'test',
  tittel: tekst('Test'),
  formal: tekst('Test'),
  hjemmel: [],
  seksjoner: [
    {
      id: 's',
      tittel: tekst('S'),
      veiledning: tekst('V'),
      intern: false,
      felter: [
        { id: 'notat', type: 'langtekst', etikett: tekst('Notat'), pakrevd: false },
        { id: 'valg', type: 'flervalg', etikett: tekst('Valg'), pakrevd: false, valg: [] },
        { id: 'liste', type: 'sjekkliste', etikett: tekst('Liste'), pakrevd: false, valg: [] },
        { id: 'folk', type: 'personer', etikett: tekst('Folk'), pakrevd: false },
        { id: 'stemme', type: 'barnets_stemme', etikett: tekst('Stemme'), pakrevd: true },
      ],
    },
  ],
};

describe('document content in the form', () => {
  it('gives every field a value of its shape, whatever was stored, and drops unknown ids', () => {
    expect(normaliser(mal, { ukjent: 'x', valg: 'ikke en liste', stemme: { ord: 'Hei' } })).toEqual({
      notat: '',
      valg: [],
      liste: {},
      folk: [],
      stemme: { ord: 'Hei', medvirkning: '', vektlegging: '' },
    });
  });

  it('sends no empty person rows and no unticked checklist items without a comment', () => {
    const innhold = tilLagring(mal, {
      folk: [
        { navn: 'Mor', rolle: '' },
        { navn: ' ', rolle: 'Far' },
      ],
      liste: {
        a: { ok: false, kommentar: '' },
        b: { ok: true, kommentar: '' },
        c: { ok: false, kommentar: 'Nei' },
      },
    });
    expect(innhold.folk).toEqual([{ navn: 'Mor' }]);
    expect(innhold.liste).toEqual({ b: { ok: true }, c: { ok: false, kommentar: 'Nei' } });
  });

  it('sees a stored document and the same content typed in the form as equal', () => {
    const stored = { notat: 'Tekst', folk: [{ navn: 'Mor' }] };
    const typed = normaliser(mal, stored);
    expect(sammeInnhold(mal, stored, typed)).toBe(true);
    expect(sammeInnhold(mal, stored, { ...typed, notat: 'Tekst.' })).toBe(false);
  });
});
