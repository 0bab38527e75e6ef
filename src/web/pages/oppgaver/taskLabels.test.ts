import { describe, expect, it } from 'vitest';
import { REGLER, type RegelId } from '@/domain/arshjul';
import nb from '@/web/i18n/nb.json';
import { FULLFORT_AV, REGEL_KILDE } from '@/web/pages/oppgaver/taskLabels';

const regler = Object.keys(REGLER) as RegelId[];

describe('the task pages describe each rule as the engine computes it', () => {
  it.each(regler)('%s: the bokmål source is the engine’s own text', (regel) => {
    expect(nb[REGEL_KILDE[regel]]).toBe(REGLER[regel].kilde);
  });

  it.each(regler)('%s: "Registrer" records the event that completes the task', (regel) => {
    expect(FULLFORT_AV[regel]).toBe(REGLER[regel].fullfortAv);
  });
});
