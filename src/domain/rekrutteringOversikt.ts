import { skjul } from '@/domain/innsikt';

/**
 * The recruitment overview (issue 8, item 6): the funnel per stage and source, the time cases
 * spend in each stage, the outcomes, and the homes available now. Pure: civil dates as
 * 'YYYY-MM-DD', the period inclusive at both ends, `today` the Europe/Oslo date. The written
 * definitions are in docs/decisions and beside each measure on the page (`rekruttering.oversikt.def.*`).
 *
 * - **Funnel** (a cohort): the families whose first contact falls in the period. A family has
 *   *reached* a stage when its stage history shows it in that stage on or before the period's
 *   last day; a family that moved back and forth counts once per stage. Every family in the
 *   cohort has reached the inquiry stage. Conversion into a stage is the families that reached it
 *   divided by those that reached the stage before it.
 * - **Time in stage** (per stay, not per family: a case that moved back has two stays in the
 *   stage it returned to): *completed* stays are those that ended inside the period, counted in
 *   whole days from the day they began to the day the next stage began; *ongoing* stays are those
 *   still open today that began on or before the period's last day, counted up to today. The
 *   two are reported apart, each with its median, so unfinished stays never shorten the median.
 * - **Outcomes** in the period: approved (approval date in the period), linked to a child
 *   (entered `formidlet`), and withdrawn, rejected or ended (entered the stage in the period), the
 *   last three by reason code.
 * - **Available now** (whatever the period): cases in the stage `tilgjengelig` today, per type of
 *   home (a home approved for several types counts under each), with how long they have waited
 *   since they became available (median and longest, in days).
 *
 * With `skjulSma` (a head of a municipal service seeing cases owned by another organisation),
 * every count from 1 to 4 is hidden (null) as in the insights module, and any median, longest
 * wait or conversion built on a hidden count is hidden with it.
 */

/** The stages of the funnel, in order: the pipeline and the placement that ends it. */
export const TRAKT_FASER = [
  'henvendelse',
  'informasjonsmote',
  'opplaering',
  'utredning',
  'godkjenning',
  'tilgjengelig',
  'formidlet',
] as const;
export type TraktFase = (typeof TRAKT_FASER)[number];

/** The stages a case waits in and whose time is measured. */
export const TID_FASER = [
  'henvendelse',
  'informasjonsmote',
  'opplaering',
  'utredning',
  'godkjenning',
  'tilgjengelig',
] as const;
export type TidFase = (typeof TID_FASER)[number];

export const KILDER = [
  'kampanje',
  'arrangement',
  'nettside',
  'sosiale_medier',
  'jungeltelegraf',
  'fosterhjemstjenesten',
  'gjenrekruttering',
  'annet',
] as const;
export type Kilde = (typeof KILDER)[number];

export const HJEMTYPER = ['ordinaer', 'beredskap', 'forsterket'] as const;
export type Hjemtype = (typeof HJEMTYPER)[number];

export const UTFALL_FASER = ['trukket', 'avslatt', 'avsluttet'] as const;
export type UtfallFase = (typeof UTFALL_FASER)[number];

/** The reason code counted when a case was closed without one. */
export const UKJENT_ARSAK = 'ukjent';

export type Periode = { fra: string; til: string };

export type SakFakta = {
  id: string;
  kilde: Kilde;
  hjemtyper: Hjemtype[];
  /** The stage the case is in today, and since when. */
  fase: string;
  faseFra: string;
  forsteKontakt: string;
  avsluttetArsak: string | null;
  godkjentDato: string | null;
};

export type OppholdFakta = { sakId: string; fase: string; fra: string; til: string | null };

type N = number | null;

export type TraktRad = {
  /** A source, or null for every source together. */
  kilde: Kilde | null;
  /** Families reached per stage. */
  nadd: Record<TraktFase, N>;
  /** Share (0–1) of the families at the stage before that reached this stage; null for the first. */
  konvertering: Record<TraktFase, N>;
};

export type Varighet = { antall: N; medianDager: N };
export type FaseTid = { fase: TidFase; ferdige: Varighet; pagaende: Varighet };
export type Utfall = { antall: N; arsaker: Record<string, N> };
export type Tilgjengelig = { hjemtype: Hjemtype | null; antall: N; medianDager: N; lengsteDager: N };

export type RekrutteringOversikt = {
  periode: Periode;
  skjult: boolean;
  trakt: { totalt: TraktRad; perKilde: TraktRad[] };
  tid: FaseTid[];
  utfall: { godkjent: N; formidlet: N } & Record<UtfallFase, Utfall>;
  tilgjengelige: { totalt: Tilgjengelig; perType: Tilgjengelig[] };
};

const DAG = 86_400_000;
const dager = (fra: string, til: string) =>
  Math.round((Date.parse(`${til}T00:00:00Z`) - Date.parse(`${fra}T00:00:00Z`)) / DAG);
const iPerioden = (d: string | null, p: Periode): d is string => d !== null && d >= p.fra && d <= p.til;

/** The middle value, or the mean of the two middle values (half days kept); null when empty. */
export function median(verdier: number[]): number | null {
  if (verdier.length === 0) return null;
  const s = [...verdier].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function rekrutteringOversikt(
  saker: SakFakta[],
  opphold: OppholdFakta[],
  periode: Periode,
  today: string,
  { skjulSma = false }: { skjulSma?: boolean } = {},
): RekrutteringOversikt {
  const antall = (n: number): N => (skjulSma ? skjul(n) : n);
  /** A figure built on `n` cases, hidden when the count is. */
  const bygdPa = (n: number, verdi: number | null): N => (antall(n) === null ? null : verdi);

  const perSak = new Map<string, OppholdFakta[]>();
  for (const o of opphold) {
    const liste = perSak.get(o.sakId) ?? [];
    liste.push(o);
    perSak.set(o.sakId, liste);
  }

  // Funnel: the cohort of first contacts in the period, and the stages each has reached.
  const kohort = saker.filter((s) => iPerioden(s.forsteKontakt, periode));
  const nadd = (s: SakFakta): Set<TraktFase> => {
    const faser = new Set<TraktFase>(['henvendelse']);
    for (const o of perSak.get(s.id) ?? []) {
      if (o.fra <= periode.til && (TRAKT_FASER as readonly string[]).includes(o.fase))
        faser.add(o.fase as TraktFase);
    }
    return faser;
  };
  const naddPerSak = new Map(kohort.map((s) => [s.id, nadd(s)]));
  const traktRad = (kilde: Kilde | null): TraktRad => {
    const gruppe = kohort.filter((s) => kilde === null || s.kilde === kilde);
    const tall = TRAKT_FASER.map((f) => gruppe.filter((s) => naddPerSak.get(s.id)?.has(f)).length);
    const radNadd = {} as Record<TraktFase, N>;
    const konvertering = {} as Record<TraktFase, N>;
    TRAKT_FASER.forEach((f, i) => {
      const n = tall[i] as number;
      radNadd[f] = antall(n);
      const forrige = i > 0 ? (tall[i - 1] as number) : 0;
      konvertering[f] =
        i === 0 || forrige === 0 || antall(n) === null || antall(forrige) === null ? null : n / forrige;
    });
    return { kilde, nadd: radNadd, konvertering };
  };

  // Time in stage: completed stays ended in the period; ongoing stays open today.
  const tid: FaseTid[] = TID_FASER.map((fase) => {
    const ferdige = opphold
      .filter((o) => o.fase === fase && iPerioden(o.til, periode))
      .map((o) => dager(o.fra, o.til as string));
    const pagaende = opphold
      .filter((o) => o.fase === fase && o.til === null && o.fra <= periode.til && o.fra <= today)
      .map((o) => dager(o.fra, today));
    const varighet = (d: number[]): Varighet => ({
      antall: antall(d.length),
      medianDager: bygdPa(d.length, median(d)),
    });
    return { fase, ferdige: varighet(ferdige), pagaende: varighet(pagaende) };
  });

  // Outcomes in the period.
  const forsteInngang = (s: SakFakta, fase: string) =>
    (perSak.get(s.id) ?? [])
      .filter((o) => o.fase === fase)
      .map((o) => o.fra)
      .sort()[0] ?? null;
  const inngangIPerioden = (s: SakFakta, fase: string) =>
    (perSak.get(s.id) ?? []).some((o) => o.fase === fase && iPerioden(o.fra, periode));
  const godkjent = saker.filter((s) =>
    iPerioden(
      s.godkjentDato ?? (s.kilde === 'gjenrekruttering' ? null : forsteInngang(s, 'tilgjengelig')),
      periode,
    ),
  ).length;
  const formidlet = saker.filter((s) => inngangIPerioden(s, 'formidlet')).length;
  const utfall = (fase: UtfallFase): Utfall => {
    const gruppe = saker.filter((s) => inngangIPerioden(s, fase));
    const arsaker: Record<string, number> = {};
    for (const s of gruppe) {
      const kode = s.avsluttetArsak ?? UKJENT_ARSAK;
      arsaker[kode] = (arsaker[kode] ?? 0) + 1;
    }
    return {
      antall: antall(gruppe.length),
      arsaker: Object.fromEntries(Object.entries(arsaker).map(([k, n]) => [k, antall(n)])),
    };
  };

  // Homes available today, per type, and how long they have waited.
  const ledige = saker.filter((s) => s.fase === 'tilgjengelig');
  const tilgjengelig = (hjemtype: Hjemtype | null): Tilgjengelig => {
    const ventet = ledige
      .filter((s) => hjemtype === null || s.hjemtyper.includes(hjemtype))
      .map((s) => dager(s.faseFra, today));
    return {
      hjemtype,
      antall: antall(ventet.length),
      medianDager: bygdPa(ventet.length, median(ventet)),
      lengsteDager: bygdPa(ventet.length, ventet.length ? Math.max(...ventet) : null),
    };
  };

  return {
    periode,
    skjult: skjulSma,
    trakt: { totalt: traktRad(null), perKilde: KILDER.map(traktRad) },
    tid,
    utfall: {
      godkjent: antall(godkjent),
      formidlet: antall(formidlet),
      trukket: utfall('trukket'),
      avslatt: utfall('avslatt'),
      avsluttet: utfall('avsluttet'),
    },
    tilgjengelige: { totalt: tilgjengelig(null), perType: HJEMTYPER.map(tilgjengelig) },
  };
}
