import type { Felt } from '@/web/api/dokumentTypes';

/** The id of a field's input (or its first input), so the error summary can link to it. */
export const feltInputId = (feltId: string) => `felt-${feltId}`;
export const valgId = (feltId: string, index: number) => `felt-${feltId}-${index}`;
export const personNavnId = (feltId: string, index: number) => `felt-${feltId}-${index}-navn`;
export const personLeggTilId = (feltId: string) => `felt-${feltId}-legg-til`;
export const stemmeOrdId = (feltId: string) => `felt-${feltId}-ord`;
export const stemmeMedvirkningId = (feltId: string, code: string) => `felt-${feltId}-medvirkning-${code}`;
export const stemmeVektId = (feltId: string) => `felt-${feltId}-vektlegging`;

/**
 * Form name → input id for every field, in order, for the error summary. A child's-voice block
 * has two entries: the block (its words) and how the child took part.
 */
export function summaryIds(felter: Felt[], antallPersoner: (feltId: string) => number): [string, string][] {
  return felter.flatMap((f): [string, string][] => {
    switch (f.type) {
      case 'valg':
      case 'flervalg':
      case 'sjekkliste':
        return [[f.id, valgId(f.id, 0)]];
      case 'personer':
        return [[f.id, antallPersoner(f.id) > 0 ? personNavnId(f.id, 0) : personLeggTilId(f.id)]];
      case 'barnets_stemme':
        return [
          [f.id, stemmeOrdId(f.id)],
          [`${f.id}.medvirkning`, stemmeMedvirkningId(f.id, '1.1')],
        ];
      default:
        return [[f.id, feltInputId(f.id)]];
    }
  });
}
