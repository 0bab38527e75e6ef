import { grupper } from '@/domain/grupper';
import { addDays, addMonths } from '@/domain/plasseringsforlop';

/**
 * The annual wheel (årshjul): from the facts of a child's case to the statutory and
 * local-practice tasks due, each with its window and deadline. Pure: no clock, no I/O.
 * Civil dates are 'YYYY-MM-DD' strings, which sort as dates.
 *
 * Each rule names its source and its status in shared/domain.md: [C] confirmed, [S] secondary,
 * [U] unconfirmed. A [U] rule is local practice: its numbers come from `Innstillinger`, which a
 * service can change, and the UI says "lokal praksis", never "lovkrav".
 */

export type RegelId =
  | 'oppfolgingsbesok'
  | 'tilsynsbesok'
  | 'tilsynsrapport'
  | 'plan_evaluering'
  | 'ettervern'
  | 'avtale_evaluering'
  | 'foreldresamtale'
  | 'tilbakeforing'
  | 'arlig_evaluering'
  | 'samtale_ovrige_barn';

export type Regel = {
  id: RegelId;
  kilde: string;
  status: 'C' | 'S' | 'U';
  /** Law or regulation, or the service's own practice. */
  art: 'lovkrav' | 'lokal_praksis';
  /** The event that completes a task of this rule. */
  fullfortAv: HendelseType;
};

export const REGLER: Record<RegelId, Regel> = {
  oppfolgingsbesok: {
    id: 'oppfolgingsbesok',
    kilde:
      'Forskrift om fosterhjem § 10 (FOR-2023-10-13-1632): minst fire besøk i året, kan reduseres til to',
    status: 'C',
    art: 'lovkrav',
    fullfortAv: 'oppfolgingsbesok',
  },
  tilsynsbesok: {
    id: 'tilsynsbesok',
    kilde:
      'Forskrift om fosterhjem (tilsyn): minst fire tilsynsbesøk i året til barnet fyller 18, kan reduseres til to',
    status: 'S',
    art: 'lovkrav',
    fullfortAv: 'tilsynsbesok',
  },
  tilsynsrapport: {
    id: 'tilsynsrapport',
    kilde:
      'Forskrift om fosterhjem (tilsyn): skriftlig rapport etter hvert besøk; gjennomgang av rapporten er lokal praksis',
    status: 'U',
    art: 'lokal_praksis',
    fullfortAv: 'tilsynsrapport_gjennomgatt',
  },
  plan_evaluering: {
    id: 'plan_evaluering',
    kilde:
      'Barnevernsloven §§ 8-1, 8-3 fjerde ledd og 7-6: planene skal evalueres jevnlig; intervallet er lokal praksis',
    status: 'U',
    art: 'lokal_praksis',
    fullfortAv: 'plan_evaluert',
  },
  ettervern: {
    id: 'ettervern',
    kilde: 'Barnevernsloven § 8-5 og § 1-2: i god tid før 18 år vurdere ettervern sammen med ungdommen',
    status: 'C',
    art: 'lovkrav',
    fullfortAv: 'ettervern_vurdert',
  },
  avtale_evaluering: {
    id: 'avtale_evaluering',
    kilde: 'Lokal praksis: evaluering med fosterforeldrene senest fem måneder før fosterhjemsavtalen utløper',
    status: 'U',
    art: 'lokal_praksis',
    fullfortAv: 'avtale_evaluert',
  },
  foreldresamtale: {
    id: 'foreldresamtale',
    kilde: 'Lokal praksis: oppfølgingssamtaler med foreldrene to ganger i året etter omsorgsovertakelse',
    status: 'U',
    art: 'lokal_praksis',
    fullfortAv: 'foreldresamtale',
  },
  tilbakeforing: {
    id: 'tilbakeforing',
    kilde:
      'Barnevernsloven § 5-7 og HR-2020-661-S: omsorgsovertakelse er midlertidig; vurder tilbakeføring jevnlig',
    status: 'C',
    art: 'lovkrav',
    fullfortAv: 'tilbakeforing_vurdert',
  },
  arlig_evaluering: {
    id: 'arlig_evaluering',
    kilde:
      'Lokal praksis (seeds/003 §5.9.1 nr. 8): årlig evaluering med fosterforeldrene av hvordan det går, regnet fra innflyttingen',
    status: 'U',
    art: 'lokal_praksis',
    fullfortAv: 'arlig_evaluering',
  },
  samtale_ovrige_barn: {
    id: 'samtale_ovrige_barn',
    kilde:
      'Lokal praksis (seeds/002 Egne barn i fosterhjemmet; seeds/003 §5.9.2): samtale med fosterfamiliens egne barn én gang i året så lenge det bor egne barn i hjemmet',
    status: 'U',
    art: 'lokal_praksis',
    fullfortAv: 'samtale_ovrige_barn',
  },
};

export const HENDELSE_TYPER = [
  'oppfolgingsbesok',
  'tilsynsbesok',
  'tilsynsrapport_mottatt',
  'tilsynsrapport_gjennomgatt',
  'plan_evaluert',
  'ettervern_vurdert',
  'avtale_evaluert',
  'foreldresamtale',
  'tilbakeforing_vurdert',
  'arlig_evaluering',
  'samtale_ovrige_barn',
] as const;
export type HendelseType = (typeof HENDELSE_TYPER)[number];

/** The service's numbers for rules marked [U]; each has a default. */
export type Innstillinger = {
  /** Months between evaluations of each plan. */
  planEvalueringMaaneder: number;
  /** How many months before the 18th birthday aftercare must be assessed. */
  ettervernMaanederFor18: number;
  /** How many months before the agreement ends the evaluation must be done. */
  avtaleEvalueringMaanederFor: number;
  /** Follow-up conversations with the parents per year. */
  foreldresamtalerPerAr: number;
  /** Months between reunification assessments. */
  tilbakeforingMaaneder: number;
  /** Days to review a supervision report after it is received. */
  tilsynsrapportDager: number;
  /** Weeks between the team leader's reviews of the manual with each contact person (seeds/001). */
  gjennomgangUker: number;
  /** Months between the annual evaluations with the foster parents, from move-in. */
  arligEvalueringMaaneder: number;
  /** Months between conversations with the foster family's own children. */
  samtaleOvrigeBarnMaaneder: number;
  /** Months after the first move-in before a home whose foster parents lack course offers is flagged. */
  kursPaminnelseMaaneder: number;
};

export const STANDARD_INNSTILLINGER: Innstillinger = {
  planEvalueringMaaneder: 12,
  ettervernMaanederFor18: 6,
  avtaleEvalueringMaanederFor: 5,
  foreldresamtalerPerAr: 2,
  tilbakeforingMaaneder: 12,
  tilsynsrapportDager: 14,
  gjennomgangUker: 6,
  arligEvalueringMaaneder: 12,
  samtaleOvrigeBarnMaaneder: 12,
  kursPaminnelseMaaneder: 6,
};

export type Hjemmel = 'bvl_5_1' | 'bvl_6_3' | 'bvl_kap3' | 'akutt';

export type Fakta = {
  fodselsdato: string;
  plasseringer: {
    id: string;
    fosterhjemId: string;
    innflytting: string;
    utflytting: string | null;
    hjemmel: Hjemmel;
  }[];
  /** Decisions on the number of visits a year, each from a date (SSB Hyppighet: 4 or 2). */
  hyppighet: { plasseringId: string; type: 'oppfolging' | 'tilsyn'; antall: 2 | 4; fra: string }[];
  hendelser: {
    id: string;
    type: HendelseType;
    dato: string;
    plasseringId: string | null;
    ref?: string | null;
  }[];
  avtaler: { id: string; plasseringId: string | null; sluttDato: string | null }[];
  /** The foster homes (of these placements) where the family's own children live now. */
  fosterhjemMedEgneBarn?: readonly string[];
};

export type Oppgave = {
  regel: RegelId;
  plasseringId: string;
  /** What the task is about, when one rule gives several (a plan type, an agreement, a report). */
  ref: string | null;
  vinduStart: string;
  frist: string;
  /** The event that completed the task, if any. */
  hendelseId: string | null;
  fullfortDato: string | null;
};

/** The earlier of two civil dates. */
const forst = (a: string, b: string) => (a < b ? a : b);

/**
 * A reduction from four to two visits a year applies only when the child has lived in the
 * foster home for more than two years (ffh. § 10; domain.md §2.2 [C]); a decision recorded
 * earlier takes effect from the day the two years are passed.
 */
export function gjeldendeAntall(
  fakta: Fakta,
  plassering: Fakta['plasseringer'][number],
  type: 'oppfolging' | 'tilsyn',
  dato: string,
): 2 | 4 {
  const toAr = addMonths(plassering.innflytting, 24);
  const vedtak = fakta.hyppighet
    .filter((h) => h.plasseringId === plassering.id && h.type === type && h.fra <= dato)
    .sort((a, b) => (a.fra < b.fra ? -1 : 1))
    .at(-1);
  if (!vedtak || vedtak.antall === 4) return 4;
  return dato > toAr ? 2 : 4;
}

/**
 * Consecutive windows from the move-in: 3 months each at four a year, 6 months at two.
 * A window that would end after the move-out (or `slutt`) is not generated: a move-out stops
 * future tasks for that home.
 */
function vinduer(
  fakta: Fakta,
  p: Fakta['plasseringer'][number],
  type: 'oppfolging' | 'tilsyn',
  slutt: string,
): { start: string; frist: string }[] {
  const out: { start: string; frist: string }[] = [];
  let start = p.innflytting;
  for (let i = 0; i < 400; i++) {
    const months = 12 / gjeldendeAntall(fakta, p, type, start);
    const frist = addMonths(start, months);
    if (frist > slutt) break;
    out.push({ start, frist });
    start = frist;
  }
  return out;
}

function periodiske(p: Fakta['plasseringer'][number], months: number, slutt: string) {
  const out: { start: string; frist: string }[] = [];
  for (let start = p.innflytting, i = 0; i < 400; i++) {
    const frist = addMonths(start, months);
    if (frist > slutt) break;
    out.push({ start, frist });
    start = frist;
  }
  return out;
}

type Hendelse = Fakta['hendelser'][number];

/** The index of the first event dated on or after `dato` (after it, when `etter`), in a date-ordered list. */
function forsteFra(list: Hendelse[], dato: string, etter: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = (list[mid] as Hendelse).dato;
    if (d < dato || (etter && d === dato)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every task for the child's placements whose deadline is on or before `til`, with the event
 * that completed it. A task is completed only by a recorded event of the rule's type, never by
 * a tick: one dated inside its window (from the window start up to and including the deadline),
 * or, for an overdue task, a later event that no window of its own needed (done late).
 */
export function beregnOppgaver(
  fakta: Fakta,
  til: string,
  innst: Innstillinger = STANDARD_INNSTILLINGER,
): Oppgave[] {
  const oppgaver: Oppgave[] = [];
  const attenAr = addMonths(fakta.fodselsdato, 12 * 18);

  for (const p of fakta.plasseringer) {
    const slutt = p.utflytting ? forst(p.utflytting, til) : til;
    const add = (regel: RegelId, w: { start: string; frist: string }, ref: string | null = null) =>
      oppgaver.push({
        regel,
        plasseringId: p.id,
        ref,
        vinduStart: w.start,
        frist: w.frist,
        hendelseId: null,
        fullfortDato: null,
      });

    for (const w of vinduer(fakta, p, 'oppfolging', slutt)) add('oppfolgingsbesok', w);
    // Supervision lasts until the child turns 18.
    for (const w of vinduer(fakta, p, 'tilsyn', forst(slutt, attenAr))) add('tilsynsbesok', w);

    const omsorg = p.hjemmel === 'bvl_5_1';
    const planer = omsorg
      ? ['omsorgsplan', 'samvaersplan', 'plan_fosterfamilien']
      : ['tiltaksplan', 'plan_fosterfamilien'];
    for (const plan of planer) {
      for (const w of periodiske(p, innst.planEvalueringMaaneder, slutt)) add('plan_evaluering', w, plan);
    }
    if (omsorg) {
      for (const w of periodiske(p, 12 / innst.foreldresamtalerPerAr, slutt)) add('foreldresamtale', w);
      for (const w of periodiske(p, innst.tilbakeforingMaaneder, slutt)) add('tilbakeforing', w);
    }
    for (const w of periodiske(p, innst.arligEvalueringMaaneder, slutt)) add('arlig_evaluering', w);
    if (fakta.fosterhjemMedEgneBarn?.includes(p.fosterhjemId)) {
      for (const w of periodiske(p, innst.samtaleOvrigeBarnMaaneder, slutt)) add('samtale_ovrige_barn', w);
    }

    const ettervernFrist = addMonths(attenAr, -innst.ettervernMaanederFor18);
    if (ettervernFrist >= p.innflytting && ettervernFrist <= slutt && attenAr > p.innflytting) {
      add('ettervern', { start: addMonths(ettervernFrist, -6), frist: ettervernFrist });
    }

    for (const a of fakta.avtaler.filter((x) => x.plasseringId === p.id && x.sluttDato)) {
      const frist = addMonths(a.sluttDato as string, -innst.avtaleEvalueringMaanederFor);
      if (frist >= p.innflytting && frist <= slutt)
        add('avtale_evaluering', { start: addMonths(frist, -3), frist }, a.id);
    }

    for (const r of fakta.hendelser.filter(
      (h) => h.plasseringId === p.id && h.type === 'tilsynsrapport_mottatt',
    )) {
      const frist = addDays(r.dato, innst.tilsynsrapportDager);
      if (frist <= til) add('tilsynsrapport', { start: r.dato, frist }, r.id);
    }
  }

  // The events of each type in date order (of two on one day, the one given first): a task
  // looks only at the type that completes it, from the first event its window can hold, and
  // takes the first that fits, which is the earliest. Ten years of history cost no more than a
  // binary search and a short scan per task.
  const perType = grupper(fakta.hendelser, (h) => h.type);
  // A stable sort: near free for events that come in date order, as the engine reads them.
  for (const list of perType.values()) list.sort((a, b) => (a.dato < b.dato ? -1 : a.dato > b.dato ? 1 : 0));
  const brukt = new Set<Hendelse>();
  const finn = (o: Oppgave, inside: boolean) => {
    const list = perType.get(REGLER[o.regel].fullfortAv);
    if (!list) return undefined;
    for (let i = forsteFra(list, inside ? o.vinduStart : o.frist, !inside); i < list.length; i++) {
      const h = list[i] as Hendelse;
      if (inside && h.dato > o.frist) return undefined;
      if (
        !brukt.has(h) &&
        (h.plasseringId === o.plasseringId || h.plasseringId === null) &&
        (o.ref === null || (h.ref ?? null) === o.ref)
      )
        return h;
    }
    return undefined;
  };
  oppgaver.sort((a, b) => (a.frist < b.frist ? -1 : a.frist > b.frist ? 1 : 0));
  // First every task takes an event inside its own window; then an overdue task may take a
  // later event that no window needed: done, but late (compliance counts it as not on time).
  for (const inside of [true, false]) {
    for (const o of oppgaver) {
      if (o.hendelseId !== null) continue;
      const h = finn(o, inside);
      if (h) {
        brukt.add(h);
        o.hendelseId = h.id;
        o.fullfortDato = h.dato;
      }
    }
  }
  return oppgaver;
}

export type Status = 'fullfort' | 'forfalt' | 'denne_uken' | 'kommende';

/** Where a task stands on `today`: done, overdue, due within 7 days, or coming. */
export function status(
  o: Pick<Oppgave, 'frist' | 'fullfortDato'>,
  today: string,
  nyFrist?: string | null,
): Status {
  if (o.fullfortDato) return 'fullfort';
  const frist = nyFrist ?? o.frist;
  if (frist < today) return 'forfalt';
  if (frist <= addDays(today, 7)) return 'denne_uken';
  return 'kommende';
}
