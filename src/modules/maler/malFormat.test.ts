import { describe, expect, it } from 'vitest';
import { lastMaler } from '@/modules/maler/malFormat';

const maler = [...lastMaler().values()];

describe('the template library', () => {
  it('loads and validates every template', () => {
    expect(maler.length).toBeGreaterThan(0);
  });

  for (const mal of maler) {
    it(`${mal.id}: every section has guidance and fields, in both written standards`, () => {
      for (const sprak of ['nb', 'nn'] as const) {
        expect(mal.tittel[sprak].trim()).not.toBe('');
        expect(mal.formal[sprak].length).toBeGreaterThan(60);
        for (const s of mal.seksjoner) {
          expect(s.veiledning[sprak].length, `${mal.id}/${s.id} guidance`).toBeGreaterThan(60);
          expect(s.felter.length).toBeGreaterThan(0);
        }
      }
      const ids = mal.seksjoner.flatMap((s) => s.felter.map((f) => f.id));
      expect(new Set(ids).size, 'field ids are unique within a template').toBe(ids.length);
    });

    if (mal.kategori === 'samtale') {
      it(`${mal.id}: a conversation template gives the child a voice`, () => {
        expect(mal.seksjoner.some((s) => s.felter.some((f) => f.type === 'barnets_stemme'))).toBe(true);
      });
    }
  }
});
