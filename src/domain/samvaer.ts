/**
 * Contact (samvær) between a child in care and a parent or relative: the contact plan over time,
 * the sessions that follow from it, and the report review that closes each supervised session.
 *
 * The plan is the *samværsplan* of barnevernsloven § 7-6 (domain.md §1, SSB PlanType 6). The
 * extent of contact is meant to follow the relationship: a change is a new plan from a date, so
 * the history shows how the scope grew or shrank over time (seeds/003 §5.5.1, «Sammen om samvær»:
 * a dynamic scope of contact that develops the relationship). Pure rules, no I/O.
 */
import { addDays, addMonths } from '@/domain/plasseringsforlop';

export const SAMVAER_PER = ['uke', 'maned', 'ar'] as const;
export type SamvaerPer = (typeof SAMVAER_PER)[number];

/** Without supervision, supported (a helper present to guide), or protective supervision. */
export const SAMVAER_TILSYN = ['uten', 'stottet', 'beskyttet'] as const;
export type SamvaerTilsyn = (typeof SAMVAER_TILSYN)[number];

/**
 * What the extent rests on: a decision by barneverns- og helsenemnda, a court judgment, or an
 * agreement (a voluntary placement, or what parents and service agree beyond the decided minimum).
 */
export const SAMVAER_GRUNNLAG = ['nemnd', 'domstol', 'avtale'] as const;
export type SamvaerGrunnlag = (typeof SAMVAER_GRUNNLAG)[number];

/** Why a session did not take place; each reason names who cancelled. */
export const AVLYST_ARSAKER = {
  forelder_mott_ikke: 'forelder',
  forelder_avlyste: 'forelder',
  barnet_syk: 'barnet',
  barnet_ville_ikke: 'barnet',
  fosterhjemmet_avlyste: 'fosterhjemmet',
  tjenesten_avlyste: 'tjenesten',
  annet: 'annen',
} as const;
export type AvlystArsak = keyof typeof AVLYST_ARSAKER;
export type AvlystAv = (typeof AVLYST_ARSAKER)[AvlystArsak];
export const AVLYST_ARSAK_KODER = Object.keys(AVLYST_ARSAKER) as AvlystArsak[];

export const avlystAv = (arsak: string | null): AvlystAv | null =>
  arsak && arsak in AVLYST_ARSAKER ? AVLYST_ARSAKER[arsak as AvlystArsak] : null;

/** The most sessions a plan may set per period: one a day. */
export const MAKS_ANTALL: Record<SamvaerPer, number> = { uke: 7, maned: 31, ar: 365 };
/** A session lasts from one hour up to three days (a long weekend or a holiday stay). */
export const VARIGHET = { min: 1, maks: 72 } as const;

export type Plan = {
  fra: string;
  antall: number;
  per: SamvaerPer;
  varighetTimer: number;
  tilsyn: SamvaerTilsyn;
};

const PERIODER_PER_AR: Record<SamvaerPer, number> = { uke: 52, maned: 12, ar: 1 };

/** The planned hours of contact in a year: one number that lets plans of any frequency be compared. */
export const timerPerAr = (p: Pick<Plan, 'antall' | 'per' | 'varighetTimer'>) =>
  p.antall * PERIODER_PER_AR[p.per] * p.varighetTimer;

/** Sessions a year under the plan. */
export const gangerPerAr = (p: Pick<Plan, 'antall' | 'per'>) => p.antall * PERIODER_PER_AR[p.per];

export type Endring = 'forste' | 'utvidet' | 'redusert' | 'uendret';

/**
 * How a plan changed the extent of contact from the one before it: more or fewer hours a year,
 * and, at the same hours, less supervision counts as an extension (the relationship has grown).
 */
export function endring(forrige: Plan | null, ny: Plan): Endring {
  if (!forrige) return 'forste';
  const a = timerPerAr(forrige);
  const b = timerPerAr(ny);
  if (b > a) return 'utvidet';
  if (b < a) return 'redusert';
  const rang = (t: SamvaerTilsyn) => SAMVAER_TILSYN.indexOf(t);
  if (rang(ny.tilsyn) < rang(forrige.tilsyn)) return 'utvidet';
  if (rang(ny.tilsyn) > rang(forrige.tilsyn)) return 'redusert';
  return 'uendret';
}

/** The plans oldest first, each with how it changed the extent from the one before. */
export function planHistorikk<T extends Plan>(planer: T[]): (T & { endring: Endring })[] {
  const sortert = [...planer].sort((a, b) => a.fra.localeCompare(b.fra));
  return sortert.map((p, i) => ({ ...p, endring: endring(sortert[i - 1] ?? null, p) }));
}

/** The plan in force on a date: the latest that started on or before it. */
export function planPaDato<T extends Pick<Plan, 'fra'>>(planer: T[], dato: string): T | null {
  let gjeldende: T | null = null;
  for (const p of planer) {
    if (p.fra <= dato && (!gjeldende || p.fra >= gjeldende.fra)) gjeldende = p;
  }
  return gjeldende;
}

export type FeltFeil = { field: string; code: string };

/**
 * Checks a new plan against the child's history. The plan cannot start before the child was
 * first placed (there is no contact plan while the child lives at home); a change must start
 * after the plan it replaces, so the history stays one line; and a plan that reduces contact,
 * or sets protective supervision, must give its reasons: the service has a duty to work for the
 * relationship and for reunification (domain.md §1.2, HR-2020-661-S), so less contact is argued.
 */
export function validerPlan(
  plan: Plan & { begrunnelse: string | null },
  fakta: { forstePlassering: string | null; forrige: Plan | null },
): FeltFeil[] {
  const feil: FeltFeil[] = [];
  if (plan.antall < 1 || plan.antall > MAKS_ANTALL[plan.per]) {
    feil.push({ field: 'antall', code: 'samvaer_antall' });
  }
  if (plan.varighetTimer < VARIGHET.min || plan.varighetTimer > VARIGHET.maks) {
    feil.push({ field: 'varighetTimer', code: 'samvaer_varighet' });
  }
  if (!fakta.forstePlassering) {
    feil.push({ field: 'fra', code: 'samvaer_ingen_plassering' });
  } else if (plan.fra < fakta.forstePlassering) {
    feil.push({ field: 'fra', code: 'samvaer_for_plassering' });
  }
  if (fakta.forrige && plan.fra <= fakta.forrige.fra) {
    feil.push({ field: 'fra', code: 'samvaer_plan_rekkefolge' });
  }
  const trengerBegrunnelse =
    plan.tilsyn === 'beskyttet' || (fakta.forrige !== null && endring(fakta.forrige, plan) === 'redusert');
  if (trengerBegrunnelse && !plan.begrunnelse?.trim()) {
    feil.push({ field: 'begrunnelse', code: 'samvaer_begrunnelse' });
  }
  return feil;
}

const DAY = 86_400_000;
const dagerMellom = (fra: string, til: string) =>
  Math.round((Date.parse(`${til}T00:00:00Z`) - Date.parse(`${fra}T00:00:00Z`)) / DAY);

/** The start of period `p` of the plan, counted from the plan's first day. */
function periodeStart(fra: string, per: SamvaerPer, p: number): string {
  if (per === 'uke') return addDays(fra, 7 * p);
  return addMonths(fra, per === 'maned' ? p : 12 * p);
}

/** How far ahead to plan: a number of weeks or months from a date. */
export type Horisont = { fra: string; antall: number; enhet: 'uke' | 'maned' };

export const MAKS_HORISONT: Record<Horisont['enhet'], number> = { uke: 26, maned: 12 };

export const horisontSlutt = (h: Horisont) =>
  h.enhet === 'uke' ? addDays(h.fra, 7 * h.antall) : addMonths(h.fra, h.antall);

/**
 * The dates of the next sessions under a plan, from `horisont.fra` (inclusive) for the given
 * number of weeks or months (exclusive end). Each period of the plan (a week, month or year
 * counted from the plan's first day) gets its `antall` sessions spread evenly across it, so two a
 * week fall three or four days apart and one a month falls on the same day of the month as the
 * plan started. Dates already taken (`eksisterende`) and dates from `stopp` on (when a later plan
 * takes over) are left out.
 */
export function planlagteDatoer(
  plan: Pick<Plan, 'fra' | 'antall' | 'per'>,
  horisont: Horisont,
  eksisterende: Iterable<string> = [],
  stopp: string | null = null,
): string[] {
  const tatt = new Set(eksisterende);
  const slutt = horisontSlutt(horisont);
  const grense = stopp && stopp < slutt ? stopp : slutt;
  const start = [horisont.fra, plan.fra].sort()[1] as string;
  const datoer: string[] = [];
  if (plan.antall < 1 || start >= grense) return datoer;
  // Skip whole periods before the horizon starts: a jump that never overshoots, then step.
  const periodeDager = plan.per === 'uke' ? 7 : plan.per === 'maned' ? 31 : 366;
  let p = Math.max(0, Math.floor(dagerMellom(plan.fra, start) / periodeDager) - 1);
  for (; ; p++) {
    const a = periodeStart(plan.fra, plan.per, p);
    if (a >= grense) break;
    const b = periodeStart(plan.fra, plan.per, p + 1);
    const lengde = dagerMellom(a, b);
    const antall = Math.min(plan.antall, lengde);
    for (let i = 0; i < antall; i++) {
      const dato = addDays(a, Math.floor((i * lengde) / antall));
      if (dato >= start && dato < grense && !tatt.has(dato)) {
        tatt.add(dato);
        datoer.push(dato);
      }
    }
  }
  return datoer;
}

export type RapportStatus = 'ikke_aktuell' | 'venter' | 'ikke_gjennomgatt' | 'gjennomgatt';

/**
 * Where the report after a session stands. A supervised session (støttet or beskyttet tilsyn)
 * is followed by a report from the supervisor; once received it is reviewed with the checklist
 * template. A report received after unsupervised contact is reviewed too.
 */
export function rapportStatus(s: {
  status: 'planlagt' | 'gjennomfort' | 'avlyst';
  tilsyn: SamvaerTilsyn | null;
  rapportMottatt: string | null;
  gjennomgangDokumentId: string | null;
}): RapportStatus {
  if (s.status !== 'gjennomfort') return 'ikke_aktuell';
  if (s.gjennomgangDokumentId) return 'gjennomgatt';
  if (s.rapportMottatt) return 'ikke_gjennomgatt';
  return s.tilsyn && s.tilsyn !== 'uten' ? 'venter' : 'ikke_aktuell';
}

/**
 * Checks a change to a session: a cancelled session names why (and so who cancelled); a
 * session cannot be held in the future; a report can only come after a held session, on or
 * after its day and not later than today.
 */
export function validerOkt(
  endring: {
    dato: string;
    status: 'planlagt' | 'gjennomfort' | 'avlyst';
    avlystArsak: string | null;
    rapportMottatt: string | null;
  },
  today: string,
): FeltFeil[] {
  const feil: FeltFeil[] = [];
  if (endring.status === 'avlyst' && !endring.avlystArsak) {
    feil.push({ field: 'avlystArsak', code: 'samvaer_arsak' });
  }
  if (endring.status === 'gjennomfort' && endring.dato > today) {
    feil.push({ field: 'status', code: 'samvaer_ikke_holdt_enna' });
  }
  if (endring.rapportMottatt) {
    if (endring.status !== 'gjennomfort') {
      feil.push({ field: 'rapportMottatt', code: 'samvaer_rapport_uten_samvaer' });
    } else if (endring.rapportMottatt < endring.dato) {
      feil.push({ field: 'rapportMottatt', code: 'samvaer_rapport_for_samvaer' });
    } else if (endring.rapportMottatt > today) {
      feil.push({ field: 'rapportMottatt', code: 'date_future' });
    }
  }
  return feil;
}

/**
 * The time of day a session starts and ends, when the caseworker has set it ('HH:MM', Oslo
 * time). Both are optional, but an end needs a start, and the end comes after the start on the
 * same day (an overnight stay is a session of its own per day, or a session without times).
 */
export function validerKlokkeslett(tid: { fraKl: string | null; tilKl: string | null }): FeltFeil[] {
  if (tid.tilKl === null) return [];
  if (tid.fraKl === null) return [{ field: 'tilKl', code: 'samvaer_til_uten_fra' }];
  if (tid.tilKl <= tid.fraKl) return [{ field: 'tilKl', code: 'samvaer_klokkeslett_rekkefolge' }];
  return [];
}

/** What the child calls the person in a letter: "mamma", "pappa", else the person's first name. */
export function kallenavn(relasjon: string, fornavn: string): { nb: string; nn: string } {
  if (relasjon === 'mor') return { nb: 'mamma', nn: 'mamma' };
  if (relasjon === 'far') return { nb: 'pappa', nn: 'pappa' };
  return { nb: fornavn, nn: fornavn };
}
