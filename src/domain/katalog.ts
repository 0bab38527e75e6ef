import { addDays, addMonths } from '@/domain/plasseringsforlop';

/**
 * The treasure map's rules (seeds/003 §5.0 and §6.0): which adoption moves are allowed, the
 * implementation plan proposed from the expected resource use, when a product's content is
 * switched on for a service, and how a network's changes are laid over the shared catalogue.
 * Pure: no clock, no I/O. Civil dates are 'YYYY-MM-DD'.
 */

export type Ressurs = 'liten' | 'moderat' | 'hoy';
export type AdopsjonStatus = 'interessert' | 'adoptert' | 'avsluttet';
export type StegStatus = 'ikke_startet' | 'pagar' | 'fullfort';

export type Steg = {
  id: string;
  tekst: string;
  ansvarlig: string | null;
  frist: string | null;
  status: StegStatus;
};

type Sprak = 'nb' | 'nn';

/** The kinds of step a proposed plan is made of; the step's id is its kind. */
const STEG: Record<string, { nb: string; nn: string }> = {
  avtale_opplaering: {
    nb: 'Avtal opplæring med utvikleren av produktet',
    nn: 'Avtal opplæring med utviklaren av produktet',
  },
  opplaering: {
    nb: 'Gjennomfør opplæring for de ansatte som skal bruke produktet',
    nn: 'Gjennomfør opplæring for dei tilsette som skal bruke produktet',
  },
  avtale_innforing: {
    nb: 'Avtal en innføring fra utvikleren av produktet',
    nn: 'Avtal ei innføring frå utviklaren av produktet',
  },
  innforing: {
    nb: 'Innføring fra utvikleren for de ansatte som skal bruke produktet',
    nn: 'Innføring frå utviklaren for dei tilsette som skal bruke produktet',
  },
  plan: {
    nb: 'Lag planen for implementeringen: hvem bruker produktet, i hvilke saker, fra når',
    nn: 'Lag planen for implementeringa: kven brukar produktet, i kva saker, frå når',
  },
  informere: {
    nb: 'Informer teamene og vis fram det produktet slår på i Landsby',
    nn: 'Informer teama og vis fram det produktet slår på i Landsby',
  },
  stotte: {
    nb: 'Avtal implementeringsstøtte med utvikleren for de første månedene',
    nn: 'Avtal implementeringsstøtte med utviklaren for dei første månadene',
  },
  ta_i_bruk: {
    nb: 'Ta produktet i bruk i de første sakene',
    nn: 'Ta produktet i bruk i dei første sakene',
  },
  evaluering: {
    nb: 'Evaluer: blir produktet brukt, og gir det bedre oppfølging? Se bruken på produktsiden',
    nn: 'Evaluer: blir produktet brukt, og gir det betre oppfølging? Sjå bruken på produktsida',
  },
};

/** [step kind, due: days or months after adoption] per resource level. */
const MAL: Record<Ressurs, [string, { dager?: number; maneder?: number }][]> = {
  // Small: no training, but a plan for implementation.
  liten: [
    ['plan', { dager: 14 }],
    ['informere', { dager: 28 }],
    ['ta_i_bruk', { dager: 42 }],
    ['evaluering', { maneder: 3 }],
  ],
  // Moderate: an introduction from the developer and a plan.
  moderat: [
    ['avtale_innforing', { dager: 14 }],
    ['innforing', { dager: 42 }],
    ['plan', { dager: 56 }],
    ['ta_i_bruk', { dager: 70 }],
    ['evaluering', { maneder: 4 }],
  ],
  // High: training, a plan and implementation support.
  hoy: [
    ['avtale_opplaering', { dager: 14 }],
    ['opplaering', { maneder: 2 }],
    ['plan', { maneder: 2 }],
    ['stotte', { maneder: 2 }],
    ['ta_i_bruk', { maneder: 3 }],
    ['evaluering', { maneder: 6 }],
  ],
};

/**
 * The implementation plan proposed when a service adopts a product. Where the working group gave
 * no resource use, the least a change of practice needs: a plan.
 */
export function foreslaPlan(ressurs: Ressurs | null, adoptert: string, sprak: Sprak): Steg[] {
  return MAL[ressurs ?? 'liten'].map(([id, frist]) => ({
    id,
    tekst: (STEG[id] as { nb: string; nn: string })[sprak],
    ansvarlig: null,
    frist: frist.maneder ? addMonths(adoptert, frist.maneder) : addDays(adoptert, frist.dager ?? 0),
    status: 'ikke_startet',
  }));
}

/**
 * Whether a service may move a product to `til`. Products still under development
 * (recommendation 4) can be followed with interest, not adopted.
 */
export function kanEndreAdopsjon(
  fra: AdopsjonStatus | null,
  til: AdopsjonStatus,
  anbefaling: number,
): 'ok' | 'uendret' | 'ikke_klart' | 'ikke_startet' {
  if (fra === til) return 'uendret';
  if (til === 'adoptert' && anbefaling >= 4) return 'ikke_klart';
  if (til === 'avsluttet' && fra === null) return 'ikke_startet';
  return 'ok';
}

/**
 * Whether an item (template, programme, rule) is available to a service: items that no product
 * provides are always available; the others once the service has adopted one of their products.
 */
export function erAktiv(tilhorer: readonly string[] | undefined, adoptert: ReadonlySet<string>): boolean {
  if (!tilhorer || tilhorer.length === 0) return true;
  return tilhorer.some((p) => adoptert.has(p));
}

/** How far an implementation plan has come, and how many open steps are past their due date. */
export function planStatus(plan: readonly Steg[], idag: string) {
  return {
    fullfort: plan.filter((s) => s.status === 'fullfort').length,
    totalt: plan.length,
    forfalt: plan.filter((s) => s.status !== 'fullfort' && s.frist !== null && s.frist < idag).length,
  };
}

export type Endring = { produktId: string; endring: Record<string, unknown>; createdAt: string | Date };

/**
 * Lays a network's changes over the shared catalogue, oldest first, so the latest change of each
 * field wins. A change to an unknown id that carries a whole product adds that product.
 */
export function anvendEndringer<P extends { id: string }>(
  base: readonly P[],
  endringer: readonly Endring[],
  erNyttProdukt: (endring: Record<string, unknown>) => P | null,
): (P & { sistEndret: string | null; nytt: boolean })[] {
  const sortert = [...endringer].sort((a, b) => tid(a.createdAt) - tid(b.createdAt));
  const ut = new Map(base.map((p) => [p.id, { ...p, sistEndret: null as string | null, nytt: false }]));
  for (const e of sortert) {
    const dato = new Date(tid(e.createdAt)).toISOString();
    const finnes = ut.get(e.produktId);
    if (finnes) {
      ut.set(e.produktId, { ...finnes, ...(e.endring as Partial<P>), id: finnes.id, sistEndret: dato });
    } else {
      const ny = erNyttProdukt({ ...e.endring, id: e.produktId });
      if (ny) ut.set(e.produktId, { ...ny, id: e.produktId, sistEndret: dato, nytt: true });
    }
  }
  return [...ut.values()];
}

const tid = (d: string | Date) => (d instanceof Date ? d.getTime() : Date.parse(d));
