import { addMonths } from '@/domain/plasseringsforlop';

/**
 * Insight measures computed from the same facts the rest of Landsby uses. Pure: civil dates as
 * 'YYYY-MM-DD', a period is inclusive at both ends. Each measure has its written definition in
 * `DEFINISJONER`, shown beside it in the UI.
 */

export type Periode = { fra: string; til: string };

export type PlasseringFakta = {
  id: string;
  barnId: string;
  innflytting: string;
  utflytting: string | null;
  plasseringstype: 'slekt_nettverk' | 'ordinaer' | 'beredskap';
  forsterket: boolean;
  avslutning: 'planlagt' | 'utilsiktet' | null;
  initiativ: string | null;
  arsakKode: string | null;
};

const DAG = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const dagEtter = (d: string) => new Date(ms(d) + DAG).toISOString().slice(0, 10);

/** Days a placement was ongoing inside the period (move-out day not counted as placed). */
export function dagerIPerioden(
  p: Pick<PlasseringFakta, 'innflytting' | 'utflytting'>,
  periode: Periode,
): number {
  const start = Math.max(ms(p.innflytting), ms(periode.fra));
  const slutt = Math.min(
    p.utflytting ? ms(p.utflytting) : Number.POSITIVE_INFINITY,
    ms(dagEtter(periode.til)),
  );
  return Math.max(0, Math.round((slutt - start) / DAG));
}

const iPerioden = (d: string | null, periode: Periode): d is string =>
  d !== null && d >= periode.fra && d <= periode.til;

export type Flyttemal = {
  plasseringer: number;
  barn: number;
  plasseringsar: number;
  avsluttet: number;
  utilsiktet: number;
  /** Unintended moves per 100 placement-years. */
  utilsiktetPer100Ar: number | null;
  /** Unintended as a share of ended placements, 0–1. */
  utilsiktetAndel: number | null;
  forsteAr: { kohort: number; utilsiktet: number; andel: number | null };
  etterType: Record<string, { avsluttet: number; utilsiktet: number }>;
  etterInitiativ: Record<string, number>;
  etterArsak: Record<string, number>;
};

const tell = (xs: string[]) =>
  xs.reduce<Record<string, number>>((acc, x) => {
    acc[x] = (acc[x] ?? 0) + 1;
    return acc;
  }, {});

/** Unintended moves and their splits for the placements ongoing at some time in the period. */
export function flyttemal(plasseringer: PlasseringFakta[], periode: Periode): Flyttemal {
  const aktuelle = plasseringer.filter(
    (p) => dagerIPerioden(p, periode) > 0 || iPerioden(p.utflytting, periode),
  );
  const avsluttet = aktuelle.filter((p) => iPerioden(p.utflytting, periode));
  const utilsiktet = avsluttet.filter((p) => p.avslutning === 'utilsiktet');
  const dager = aktuelle.reduce((sum, p) => sum + dagerIPerioden(p, periode), 0);
  const plasseringsar = dager / 365.25;

  // First year: the placements whose first year ended inside the period, or which ended
  // unintentionally inside the period before their first anniversary.
  const forsteArBrutt = (p: PlasseringFakta) =>
    p.avslutning === 'utilsiktet' &&
    iPerioden(p.utflytting, periode) &&
    p.utflytting < addMonths(p.innflytting, 12);
  const kohort = plasseringer.filter((p) => {
    const arsdag = addMonths(p.innflytting, 12);
    const fullfort = iPerioden(arsdag, periode) && (p.utflytting === null || p.utflytting >= arsdag);
    return fullfort || forsteArBrutt(p);
  });
  const brutt = kohort.filter(forsteArBrutt).length;

  const typer = ['slekt_nettverk', 'ordinaer', 'beredskap', 'forsterket'];
  const etterType = Object.fromEntries(
    typer.map((t) => {
      const av = avsluttet.filter((p) => (t === 'forsterket' ? p.forsterket : p.plasseringstype === t));
      return [
        t,
        { avsluttet: av.length, utilsiktet: av.filter((p) => p.avslutning === 'utilsiktet').length },
      ];
    }),
  );
  return {
    plasseringer: aktuelle.length,
    barn: new Set(aktuelle.map((p) => p.barnId)).size,
    plasseringsar: Math.round(plasseringsar * 10) / 10,
    avsluttet: avsluttet.length,
    utilsiktet: utilsiktet.length,
    utilsiktetPer100Ar:
      plasseringsar > 0 ? Math.round((utilsiktet.length / plasseringsar) * 1000) / 10 : null,
    utilsiktetAndel: avsluttet.length ? utilsiktet.length / avsluttet.length : null,
    forsteAr: {
      kohort: kohort.length,
      utilsiktet: brutt,
      andel: kohort.length ? brutt / kohort.length : null,
    },
    etterType,
    etterInitiativ: tell(utilsiktet.map((p) => p.initiativ ?? 'ukjent')),
    etterArsak: tell(utilsiktet.map((p) => p.arsakKode ?? 'ukjent')),
  };
}

/**
 * Median placement length in days, Kaplan–Meier: placements still ongoing at the period's end
 * count as censored, not as ended, so long placements are not cut short. Null when fewer than
 * half have ended at any length.
 */
export function medianVarighet(
  plasseringer: Pick<PlasseringFakta, 'innflytting' | 'utflytting'>[],
  til: string,
): number | null {
  const obs = plasseringer
    .filter((p) => p.innflytting <= til)
    .map((p) => {
      const slutt = p.utflytting && p.utflytting <= til ? p.utflytting : dagEtter(til);
      return {
        dager: Math.round((ms(slutt) - ms(p.innflytting)) / DAG),
        avsluttet: Boolean(p.utflytting && p.utflytting <= til),
      };
    })
    .sort((a, b) => a.dager - b.dager || Number(b.avsluttet) - Number(a.avsluttet));
  let risiko = obs.length;
  let s = 1;
  let i = 0;
  while (i < obs.length) {
    const dager = (obs[i] as { dager: number }).dager;
    let hendelser = 0;
    let ut = 0;
    while (i < obs.length && (obs[i] as { dager: number }).dager === dager) {
      if ((obs[i] as { avsluttet: boolean }).avsluttet) hendelser++;
      ut++;
      i++;
    }
    if (hendelser) {
      s *= 1 - hendelser / risiko;
      if (s <= 0.5) return dager;
    }
    risiko -= ut;
  }
  return null;
}

export type OppgaveFakta = {
  barnId: string;
  regel: string;
  frist: string;
  fullfortDato: string | null;
  avvikNyFrist: string | null;
};

/**
 * Statutory compliance over the twelve months up to `til`: the share of children whose every
 * required follow-up visit (and, separately, supervision visit) falling due in those months was
 * done by its deadline; and the share of supervision reports reviewed within the service's deadline.
 */
export function etterlevelse(oppgaver: OppgaveFakta[], til: string) {
  const fra = addMonths(til, -12);
  const iAret = oppgaver.filter((o) => o.frist > fra && o.frist <= til);
  const iTide = (o: OppgaveFakta) => o.fullfortDato !== null && o.fullfortDato <= o.frist;
  const perBarn = (regel: string) => {
    const byChild = new Map<string, OppgaveFakta[]>();
    for (const o of iAret.filter((x) => x.regel === regel))
      byChild.set(o.barnId, [...(byChild.get(o.barnId) ?? []), o]);
    const barn = byChild.size;
    const oppfylt = [...byChild.values()].filter((list) => list.every(iTide)).length;
    return { barn, oppfylt, andel: barn ? oppfylt / barn : null };
  };
  const rapporter = iAret.filter((o) => o.regel === 'tilsynsrapport');
  const gjennomgatt = rapporter.filter(iTide).length;
  return {
    oppfolgingsbesok: perBarn('oppfolgingsbesok'),
    tilsynsbesok: perBarn('tilsynsbesok'),
    tilsynsrapporter: {
      antall: rapporter.length,
      iTide: gjennomgatt,
      andel: rapporter.length ? gjennomgatt / rapporter.length : null,
    },
  };
}

/** Counts below this are hidden wherever a child could be recognised (design §2). */
export const MINSTE_ANTALL = 5;

/** A count shown only when it is zero or at least five; otherwise suppressed (null). */
export const skjul = (n: number) => (n === 0 || n >= MINSTE_ANTALL ? n : null);
