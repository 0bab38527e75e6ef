/**
 * The words of the demo case data: life-story parts, handover summaries, village roles, shared
 * goals and notes on ended placements, in bokmål and nynorsk (each service writes in its own
 * form). Warm and respectful, with resources as well as vulnerabilities (seeds/003 §5.2.3).
 * Every person is invented; the texts name only the child and the adults around them.
 */

import type { ArsakKode } from '@/domain/plasseringsforlop';

export type Malform = 'nb' | 'nn';
export type Kjonn = 'kvinne' | 'mann';

type Tekst = { nb: string; nn: string };

export const MANEDER = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/** "mars 2021" */
export const manedAr = (dato: string) => `${MANEDER[Number(dato.slice(5, 7)) - 1] ?? ''} ${dato.slice(0, 4)}`;

const stor = (s: string) => (s ? s[0]?.toUpperCase() + s.slice(1) : s);

export function pronomen(m: Malform, kjonn: Kjonn) {
  const gutt = kjonn === 'mann';
  const han = gutt ? 'han' : m === 'nn' ? 'ho' : 'hun';
  return {
    han,
    Han: stor(han),
    ham: gutt ? (m === 'nn' ? 'han' : 'ham') : 'henne',
    hans: gutt ? 'hans' : m === 'nn' ? 'hennar' : 'hennes',
  };
}

// ---- interests and leisure --------------------------------------------------------------------

export type Interesse = { nb: string; nn: string; leder: Tekst | null; minAlder: number; maxAlder: number };

export const INTERESSER: Interesse[] = [
  { nb: 'å leke ute', nn: 'å leike ute', leder: null, minAlder: 0, maxAlder: 6 },
  { nb: 'bøker med dyr', nn: 'bøker med dyr', leder: null, minAlder: 0, maxAlder: 7 },
  { nb: 'å bade', nn: 'å bade', leder: null, minAlder: 0, maxAlder: 9 },
  {
    nb: 'fotball',
    nn: 'fotball',
    leder: { nb: 'Fotballtrener', nn: 'Fotballtrenar' },
    minAlder: 6,
    maxAlder: 22,
  },
  {
    nb: 'håndball',
    nn: 'handball',
    leder: { nb: 'Håndballtrener', nn: 'Handballtrenar' },
    minAlder: 7,
    maxAlder: 22,
  },
  {
    nb: 'svømming',
    nn: 'symjing',
    leder: { nb: 'Svømmetrener', nn: 'Symjetrenar' },
    minAlder: 6,
    maxAlder: 18,
  },
  {
    nb: 'ridning',
    nn: 'riding',
    leder: { nb: 'Rideinstruktør', nn: 'Rideinstruktør' },
    minAlder: 7,
    maxAlder: 22,
  },
  {
    nb: 'korps',
    nn: 'korps',
    leder: { nb: 'Dirigent i skolekorpset', nn: 'Dirigent i skulekorpset' },
    minAlder: 8,
    maxAlder: 16,
  },
  { nb: 'å tegne', nn: 'å teikne', leder: null, minAlder: 3, maxAlder: 22 },
  {
    nb: 'gaming',
    nn: 'gaming',
    leder: { nb: 'Leder, fritidsklubben', nn: 'Leiar, fritidsklubben' },
    minAlder: 10,
    maxAlder: 22,
  },
  { nb: 'dans', nn: 'dans', leder: { nb: 'Danselærer', nn: 'Danselærar' }, minAlder: 5, maxAlder: 22 },
  {
    nb: 'klatring',
    nn: 'klatring',
    leder: { nb: 'Klatreinstruktør', nn: 'Klatreinstruktør' },
    minAlder: 9,
    maxAlder: 22,
  },
  { nb: 'å fiske', nn: 'å fiske', leder: null, minAlder: 5, maxAlder: 22 },
  {
    nb: 'speideren',
    nn: 'speidaren',
    leder: { nb: 'Speiderleder', nn: 'Speidarleiar' },
    minAlder: 7,
    maxAlder: 17,
  },
  {
    nb: 'å spille gitar',
    nn: 'å spele gitar',
    leder: { nb: 'Gitarlærer, kulturskolen', nn: 'Gitarlærar, kulturskulen' },
    minAlder: 8,
    maxAlder: 22,
  },
  { nb: 'turn', nn: 'turn', leder: { nb: 'Turntrener', nn: 'Turntrenar' }, minAlder: 5, maxAlder: 16 },
];

// ---- identity -----------------------------------------------------------------------------------

export type Bakgrunn = 'norsk' | 'arabisk' | 'tigrinja' | 'polsk' | 'nordsamisk' | 'somali' | 'ukrainsk';

export const SPRAK: Record<Bakgrunn, string[]> = {
  norsk: ['norsk'],
  arabisk: ['norsk', 'arabisk'],
  tigrinja: ['tigrinja', 'norsk'],
  polsk: ['polsk', 'norsk'],
  nordsamisk: ['nordsamisk', 'norsk'],
  somali: ['somali', 'norsk'],
  ukrainsk: ['ukrainsk', 'norsk'],
};

export const KULTUR: Record<Exclude<Bakgrunn, 'norsk'>, { kultur: Tekst; religion: Tekst | null }> = {
  arabisk: {
    kultur: {
      nb: 'Syrisk bakgrunn; familien feirer id',
      nn: 'Syrisk bakgrunn; familien feirar id',
    },
    religion: { nb: 'Islam', nn: 'Islam' },
  },
  tigrinja: {
    kultur: {
      nb: 'Eritreisk bakgrunn; mor er opptatt av at språket holdes ved like',
      nn: 'Eritreisk bakgrunn; mor er oppteken av at språket blir halde ved like',
    },
    religion: { nb: 'Eritreisk-ortodoks kristendom', nn: 'Eritreisk-ortodoks kristendom' },
  },
  polsk: {
    kultur: {
      nb: 'Polsk bakgrunn; feirer jul på polsk vis med familien',
      nn: 'Polsk bakgrunn; feirar jul på polsk vis med familien',
    },
    religion: { nb: 'Katolsk', nn: 'Katolsk' },
  },
  nordsamisk: {
    kultur: {
      nb: 'Samisk; morsslekta kommer fra Karasjok, og barnet har egen kofte',
      nn: 'Samisk; morsslekta kjem frå Karasjok, og barnet har eigen kofte',
    },
    religion: null,
  },
  somali: {
    kultur: { nb: 'Somalisk bakgrunn', nn: 'Somalisk bakgrunn' },
    religion: { nb: 'Islam', nn: 'Islam' },
  },
  ukrainsk: {
    kultur: {
      nb: 'Ukrainsk bakgrunn; familien snakker ukrainsk hjemme',
      nn: 'Ukrainsk bakgrunn; familien snakkar ukrainsk heime',
    },
    religion: { nb: 'Ortodoks kristendom', nn: 'Ortodoks kristendom' },
  },
};

export const NORSK_RELIGION: Tekst = { nb: 'Den norske kirke', nn: 'Den norske kyrkja' };

// ---- ended placements -------------------------------------------------------------------------

export type NotatGrunn =
  | 'beredskap_videre'
  | 'til_slekt'
  | 'naermere_familie'
  | 'sammen_med_fosterfamilien'
  | 'tilbake_hjem'
  | 'hjem_etter_onske'
  | 'myndig';

const NOTAT_BRUDD: Partial<Record<ArsakKode, Tekst[]>> = {
  '1.2.1': [
    {
      nb: 'Fosterforeldrene sa opp avtalen; de opplevde ikke å strekke til etter en lang periode med uro.',
      nn: 'Fosterforeldra sa opp avtalen; dei opplevde ikkje å strekkje til etter ein lang periode med uro.',
    },
    {
      nb: 'Fosterforeldrene ba om flytting etter flere episoder med utagering i hjemmet.',
      nn: 'Fosterforeldra bad om flytting etter fleire episodar med utagering i heimen.',
    },
  ],
  '1.2.2': [
    {
      nb: 'Fosterfar ble alvorlig syk, og familien måtte avslutte oppdraget.',
      nn: 'Fosterfar vart alvorleg sjuk, og familien måtte avslutte oppdraget.',
    },
    { nb: 'Samlivsbrudd i fosterfamilien.', nn: 'Samlivsbrot i fosterfamilien.' },
  ],
  '1.2.3': [
    {
      nb: 'Uenighet om forsterkning og veiledning; fosterforeldrene avsluttet oppdraget.',
      nn: 'Usemje om forsterking og rettleiing; fosterforeldra avslutta oppdraget.',
    },
  ],
  '1.1.3': [
    {
      nb: 'Tjenesten vurderte at hjemmet ikke kunne møte behovene, etter flere bekymringer fra skolen.',
      nn: 'Tenesta vurderte at heimen ikkje kunne møte behova, etter fleire uroar frå skulen.',
    },
  ],
  '1.1.4': [
    {
      nb: 'Trenger et forsterket fosterhjem med tettere oppfølging.',
      nn: 'Treng ein forsterka fosterheim med tettare oppfølging.',
    },
  ],
  '1.1.5': [
    {
      nb: 'Ønsket selv å flytte nærmere mor og søsken; flyttingen kom raskere enn planlagt.',
      nn: 'Ønskte sjølv å flytte nærare mor og sysken; flyttinga kom raskare enn planlagt.',
    },
  ],
};

const NOTAT_GRUNN: Record<NotatGrunn, Tekst> = {
  beredskap_videre: {
    nb: 'Planlagt overgang fra beredskapshjem til langsiktig fosterhjem.',
    nn: 'Planlagd overgang frå beredskapsheim til langsiktig fosterheim.',
  },
  til_slekt: {
    nb: 'Flyttet til slekt etter at de var vurdert og godkjent som fosterhjem.',
    nn: 'Flytta til slekt etter at dei var vurderte og godkjende som fosterheim.',
  },
  naermere_familie: {
    nb: 'Planlagt flytting nærmere skole og søsken, forberedt over flere måneder.',
    nn: 'Planlagd flytting nærare skule og sysken, førebudd over fleire månader.',
  },
  sammen_med_fosterfamilien: {
    nb: 'Flyttet sammen med fosterfamilien til nytt hus.',
    nn: 'Flytta saman med fosterfamilien til nytt hus.',
  },
  tilbake_hjem: {
    nb: 'Tilbakeføring etter vedtak; tett oppfølging av familien det første halvåret.',
    nn: 'Tilbakeføring etter vedtak; tett oppfølging av familien det første halvåret.',
  },
  hjem_etter_onske: {
    nb: 'Flyttet hjem etter eget ønske; tjenesten mente det var for tidlig og følger familien tett.',
    nn: 'Flytta heim etter eige ønske; tenesta meinte det var for tidleg og følgjer familien tett.',
  },
  myndig: {
    nb: 'Fylte 18 år. Har takket ja til ettervern med oppfølging fram til 25 år.',
    nn: 'Fylte 18 år. Har takka ja til ettervern med oppfølging fram til 25 år.',
  },
};

export function avslutningNotat(
  m: Malform,
  arsak: ArsakKode,
  grunn: NotatGrunn | null,
  random: () => number,
): string | null {
  if (grunn) return NOTAT_GRUNN[grunn][m];
  const valg = NOTAT_BRUDD[arsak];
  const t = valg?.[Math.floor(random() * valg.length)];
  return t ? t[m] : null;
}

// ---- handovers (tildeling) ----------------------------------------------------------------------

type OverleveringCtx = {
  navn: string;
  maned: string;
  ar: string;
  hobby: string;
  harMor: boolean;
  harFar: boolean;
  /** The child's age at the handover. */
  alder: number;
};

const PLANLAGT: ((c: OverleveringCtx) => Tekst)[] = [
  (c) => ({
    nb: `Samværsplanen skal evalueres i ${c.maned}.`,
    nn: `Samværsplanen skal evaluerast i ${c.maned}.`,
  }),
  (c) => ({
    nb: `Ansvarsgruppemøte med skolen og BUP i ${c.maned}.`,
    nn: `Ansvarsgruppemøte med skulen og BUP i ${c.maned}.`,
  }),
  () => ({
    nb: 'Årlig evaluering med fosterforeldrene skal holdes før sommeren.',
    nn: 'Årleg evaluering med fosterforeldra skal haldast før sommaren.',
  }),
  (c) => ({
    nb: `Tiltaksplanen skal revideres sammen med ${c.navn} og fosterforeldrene.`,
    nn: `Tiltaksplanen skal reviderast saman med ${c.navn} og fosterforeldra.`,
  }),
  () => ({
    nb: 'Neste tilsynsbesøk er avtalt med tilsynsfører.',
    nn: 'Neste tilsynsbesøk er avtalt med tilsynsførar.',
  }),
  (c) => ({
    nb: `Oppfølgingsbesøk i fosterhjemmet er avtalt i ${c.maned}.`,
    nn: `Oppfølgingsbesøk i fosterheimen er avtalt i ${c.maned}.`,
  }),
];

const UTESTAENDE: ((c: OverleveringCtx) => Tekst | null)[] = [
  () => ({ nb: 'Venter på svar fra BUP om utredning.', nn: 'Ventar på svar frå BUP om utgreiing.' }),
  () => ({
    nb: 'Søknad om forsterkning av fosterhjemmet er sendt Bufetat, ikke avklart.',
    nn: 'Søknad om forsterking av fosterheimen er sendt Bufetat, ikkje avklart.',
  }),
  () => ({
    nb: 'Ny tilsynsfører er ikke oppnevnt etter at den forrige sluttet.',
    nn: 'Ny tilsynsførar er ikkje oppnemnd etter at den førre slutta.',
  }),
  () => ({
    nb: 'Skolen har bedt om møte om tilrettelegging; dato er ikke satt.',
    nn: 'Skulen har bede om møte om tilrettelegging; dato er ikkje sett.',
  }),
  (c) =>
    c.harFar
      ? {
          nb: 'Far har bedt om mer samvær; saken skal vurderes.',
          nn: 'Far har bede om meir samvær; saka skal vurderast.',
        }
      : null,
  () => ({
    nb: 'Vi venter på vedtak fra barneverns- og helsenemnda om samvær.',
    nn: 'Vi ventar på vedtak frå barneverns- og helsenemnda om samvær.',
  }),
  () => ({ nb: 'Tannlegetime er ikke fulgt opp.', nn: 'Tannlegetime er ikkje følgd opp.' }),
];

/** What matters to the child; `hobby` marks the two that name the interest (never both). */
const VIKTIG: ((c: OverleveringCtx) => (Tekst & { hobby?: true }) | null)[] = [
  (c) => ({
    nb: `Liker ${c.hobby} og er redd for hunder.`,
    nn: `Likar ${c.hobby} og er redd for hundar.`,
    hobby: true,
  }),
  (c) =>
    c.alder >= 7
      ? { nb: `Vil ikke snakke om flyttingen i ${c.ar}.`, nn: `Vil ikkje snakke om flyttinga i ${c.ar}.` }
      : null,
  () => ({
    nb: 'Trenger god tid og forberedelse før nye møter; liker å vite hvem som kommer.',
    nn: 'Treng god tid og førebuing før nye møte; likar å vite kven som kjem.',
  }),
  (c) =>
    c.alder >= 7
      ? {
          nb: 'Ønsker at samtalene skjer på skolen, ikke hjemme.',
          nn: 'Ønskjer at samtalane skjer på skulen, ikkje heime.',
        }
      : null,
  (c) =>
    c.alder < 7
      ? {
          nb: 'Er trygg når fostermor er med i nye situasjoner; trenger faste rutiner ved levering i barnehagen.',
          nn: 'Er trygg når fostermor er med i nye situasjonar; treng faste rutinar ved levering i barnehagen.',
        }
      : null,
  (c) =>
    c.harMor
      ? {
          nb: 'Sover dårlig før samvær med mor; snakk med fosterforeldrene om det.',
          nn: 'Søv dårleg før samvær med mor; snakk med fosterforeldra om det.',
        }
      : null,
  (c) =>
    c.alder >= 7
      ? {
          nb: `Er stolt av det med ${c.hobby} og forteller gjerne om det.`,
          nn: `Er stolt av det med ${c.hobby} og fortel gjerne om det.`,
          hobby: true,
        }
      : null,
  (c) =>
    c.harMor && c.alder >= 7
      ? { nb: 'Synes det er viktig at mor har det bra.', nn: 'Synest det er viktig at mor har det bra.' }
      : null,
];

const ETTERVERN_OVERLEVERING = {
  planlagt: {
    nb: 'Plan for ettervern er laget sammen med ungdommen; gjennomgang om tre måneder.',
    nn: 'Plan for ettervern er laga saman med ungdomen; gjennomgang om tre månader.',
  },
  utestaende: {
    nb: 'Søknad om bostøtte og startlån til hybel er ikke avklart.',
    nn: 'Søknad om bustøtte og startlån til hybel er ikkje avklart.',
  },
  viktig: {
    nb: 'Vil gjerne beholde kontakten med fosterforeldrene og vil selv være med og bestemme.',
    nn: 'Vil gjerne halde på kontakten med fosterforeldra og vil sjølv vere med og bestemme.',
  },
};

export function overlevering(
  m: Malform,
  c: OverleveringCtx,
  random: () => number,
  ettervern = false,
): { planlagt: string; utestaende: string | null; viktigForBarnet: string } {
  if (ettervern) {
    return {
      planlagt: ETTERVERN_OVERLEVERING.planlagt[m],
      utestaende: ETTERVERN_OVERLEVERING.utestaende[m],
      viktigForBarnet: ETTERVERN_OVERLEVERING.viktig[m],
    };
  }
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const viktige = VIKTIG.map((f) => f(c)).filter((t) => t !== null);
  const forste = pick(viktige);
  const resten = viktige.filter((t) => t !== forste && !(t.hobby && forste.hobby));
  const andre = random() < 0.4 && resten.length ? pick(resten) : null;
  return {
    planlagt: pick(PLANLAGT)(c)[m],
    utestaende:
      random() < 0.8 ? pick(UTESTAENDE.map((f) => f(c)).filter((t): t is Tekst => t !== null))[m] : null,
    viktigForBarnet: andre ? `${forste[m]} ${andre[m]}` : forste[m],
  };
}

// ---- the village ------------------------------------------------------------------------------

export const ROLLER = {
  mor: { nb: 'Mor', nn: 'Mor' },
  far: { nb: 'Far', nn: 'Far' },
  storesoster: { nb: 'Storesøster', nn: 'Storesyster' },
  storebror: { nb: 'Storebror', nn: 'Storebror' },
  lillesoster: { nb: 'Lillesøster', nn: 'Veslesyster' },
  lillebror: { nb: 'Lillebror', nn: 'Veslebror' },
  fostermor: { nb: 'Fostermor', nn: 'Fostermor' },
  fosterfar: { nb: 'Fosterfar', nn: 'Fosterfar' },
  fostersoster: { nb: 'Fostersøster', nn: 'Fostersyster' },
  fosterbror: { nb: 'Fosterbror', nn: 'Fosterbror' },
  fosterhjemSuffiks: { nb: 'fosterhjem', nn: 'fosterheim' },
  kontaktlaerer: { nb: 'Kontaktlærer', nn: 'Kontaktlærar' },
  pedagogiskLeder: { nb: 'Pedagogisk leder', nn: 'Pedagogisk leiar' },
  helsesykepleier: { nb: 'Helsesykepleier', nn: 'Helsesjukepleiar' },
  psykolog: { nb: 'Psykolog, BUP', nn: 'Psykolog, BUP' },
  fastlege: { nb: 'Fastlege', nn: 'Fastlege' },
  logoped: { nb: 'Logoped', nn: 'Logoped' },
  tilsynsforer: { nb: 'Tilsynsfører', nn: 'Tilsynsførar' },
  bufetat: { nb: 'Veileder fra Bufetat', nn: 'Rettleiar frå Bufetat' },
  miljoterapeut: { nb: 'Miljøterapeut, forsterkningstiltak', nn: 'Miljøterapeut, forsterkingstiltak' },
  familieveileder: { nb: 'Familieveileder for foreldrene', nn: 'Familierettleiar for foreldra' },
  ettervern: { nb: 'Ettervernskontakt, NAV', nn: 'Ettervernskontakt, NAV' },
  besokshjem: { nb: 'Besøkshjem annenhver helg', nn: 'Besøksheim annakvar helg' },
  stottekontakt: { nb: 'Støttekontakt', nn: 'Støttekontakt' },
} as const satisfies Record<string, Tekst>;

const VGS: Record<string, string[]> = {
  '4601': ['Åsane videregående skole', 'Fana gymnas', 'Amalie Skram videregående skole'],
  '4618': ['Odda vidaregåande skule'],
  '4619': ['Voss gymnas'],
  '4620': ['Voss gymnas'],
  '4621': ['Voss gymnas', 'Voss vidaregåande skule'],
  '4622': ['Kvam vidaregåande skule'],
  '4624': ['Os gymnas'],
  '4626': ['Sotra vidaregåande skule'],
  '4627': ['Askøy videregående skole'],
  '4628': ['Arna vidaregåande skule'],
  '4630': ['Osterøy vidaregåande skule'],
  '4631': ['Knarvik vidaregåande skule'],
  '4640': ['Sogndal vidaregåande skule'],
  '4647': ['Hafstad vidaregåande skule'],
};

const BARNEHAGER = ['Solbakken', 'Tusenfryd', 'Trollskogen', 'Blåbærtua', 'Regnbuen', 'Lyngheia'];
const BERGEN_SKOLER = ['Landås', 'Slettebakken', 'Haukeland'];

/** The child's kindergarten or school role in the village, by age and where the child lives. */
export function skoleRolle(
  m: Malform,
  alder: number,
  sted: { kommunenummer: string; poststed: string },
  random: () => number,
): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const nn = m === 'nn' || sted.kommunenummer !== '4601';
  const skole = nn && sted.kommunenummer !== '4627' ? 'skule' : 'skole';
  const by = sted.poststed === 'Bergen' ? pick(BERGEN_SKOLER) : sted.poststed;
  if (alder < 6) return `${ROLLER.pedagogiskLeder[m]}, ${pick(BARNEHAGER)} barnehage`;
  if (alder < 13) return `${ROLLER.kontaktlaerer[m]}, ${by} ${skole}`;
  if (alder < 16) {
    const u = sted.kommunenummer === '4621' ? 'Voss ungdomsskule' : `${by} ungdoms${skole}`;
    return `${ROLLER.kontaktlaerer[m]}, ${u}`;
  }
  return `${ROLLER.kontaktlaerer[m]}, ${pick(VGS[sted.kommunenummer] ?? ['Voss gymnas'])}`;
}

// ---- shared goals (landsbyMal) ----------------------------------------------------------------

export function maler(
  m: Malform,
  c: {
    navn: string;
    alder: number;
    harMor: boolean;
    harSosken: boolean;
    minoritet: boolean;
    besteforeldre: boolean;
  },
): string[] {
  const t: Tekst[] = [];
  if (c.alder < 6)
    t.push({
      nb: 'Stabil barnehagehverdag med faste voksne',
      nn: 'Stabil barnehagekvardag med faste vaksne',
    });
  else t.push({ nb: 'Trygg og forutsigbar skolehverdag', nn: 'Trygg og føreseieleg skulekvardag' });
  if (c.harMor && c.harSosken)
    t.push({ nb: 'Jevnlig og god kontakt med mor og søsken', nn: 'Jamleg og god kontakt med mor og sysken' });
  else if (c.harMor) t.push({ nb: 'Jevnlig og god kontakt med mor', nn: 'Jamleg og god kontakt med mor' });
  else t.push({ nb: 'Jevnlig og god kontakt med far', nn: 'Jamleg og god kontakt med far' });
  if (c.alder >= 6 && c.alder < 16)
    t.push({
      nb: `En fast fritidsaktivitet som ${c.navn} trives med`,
      nn: `Ein fast fritidsaktivitet som ${c.navn} trivst med`,
    });
  if (c.alder >= 11 && c.alder <= 12)
    t.push({ nb: 'Trygg overgang til ungdomsskolen', nn: 'Trygg overgang til ungdomsskulen' });
  if (c.alder >= 15)
    t.push({
      nb: 'Forberede overgangen til voksenlivet og egen bolig',
      nn: 'Førebu overgangen til vaksenlivet og eigen bustad',
    });
  if (c.minoritet)
    t.push({
      nb: 'Bevare språket og kulturen fra familien',
      nn: 'Ta vare på språket og kulturen frå familien',
    });
  if (c.besteforeldre)
    t.push({ nb: 'Regelmessig kontakt med besteforeldrene', nn: 'Regelmessig kontakt med besteforeldra' });
  t.push({ nb: 'Gode rutiner for søvn og måltider', nn: 'Gode rutinar for søvn og måltid' });
  t.push({
    nb: `Felles forståelse av hva ${c.navn} trenger, hjemme og på skolen`,
    nn: `Felles forståing av kva ${c.navn} treng, heime og på skulen`,
  });
  return t.map((x) => x[m]);
}

// ---- the life story (rammefortelling) ---------------------------------------------------------

export type Fortellingsdel = { tittel: string; periode: string | null; tekst: string };

type Barnet = { navn: string; kjonn: Kjonn; m: Malform };

const GLEDER: Tekst[] = [
  { nb: 'dyrene på gården', nn: 'dyra på garden' },
  { nb: 'båten og fisketurene', nn: 'båten og fisketurane' },
  { nb: 'å bake i helgene', nn: 'å bake i helgane' },
  { nb: 'sykkelturene langs sjøen', nn: 'sykkelturane langs sjøen' },
  { nb: 'å høre en bok lest høyt om kvelden', nn: 'å høyre ei bok lesen høgt om kvelden' },
];

const YRKER: Tekst[] = [
  { nb: 'kokk', nn: 'kokk' },
  { nb: 'helsefagarbeider', nn: 'helsefagarbeidar' },
  { nb: 'elektriker', nn: 'elektrikar' },
  { nb: 'barnehagelærer', nn: 'barnehagelærar' },
  { nb: 'bilmekaniker', nn: 'bilmekanikar' },
  { nb: 'sykepleier', nn: 'sjukepleiar' },
];

const pickFrom = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

/** Who the child lived with before the first move: "mor", "far" or "mor og far". */
export function foreldreOrd(harMor: boolean, harFar: boolean): string {
  if (harMor && harFar) return 'mor og far';
  return harMor ? 'mor' : 'far';
}

export function delForFlytting(
  b: Barnet,
  c: {
    fodeAr: string;
    forsteAr: string;
    foreldre: string;
    sted: string;
    /** Days from birth to the first move. */
    dagerVedFlytting: number;
    besteforelder: string | null;
  },
  random: () => number,
): Fortellingsdel {
  const p = pronomen(b.m, b.kjonn);
  const forelder = c.foreldre.startsWith('far') ? 'Far' : 'Mor';
  const fp = forelder === 'Far' ? 'han' : b.m === 'nn' ? 'ho' : 'hun';
  const dager = c.dagerVedFlytting;
  const melder =
    dager < 365
      ? { nb: 'helsestasjonen var bekymret', nn: 'helsestasjonen var uroleg' }
      : dager < 6 * 365
        ? { nb: 'barnehagen og helsestasjonen var bekymret', nn: 'barnehagen og helsestasjonen var urolege' }
        : { nb: 'skolen var bekymret', nn: 'skulen var uroleg' };
  const tid =
    dager < 60
      ? { nb: 'de første ukene', nn: 'dei første vekene' }
      : dager < 365
        ? { nb: 'de første månedene', nn: 'dei første månadene' }
        : { nb: 'de første årene', nn: 'dei første åra' };
  const periode = c.fodeAr === c.forsteAr ? c.fodeAr : `${c.fodeAr}–${c.forsteAr}`;
  const ressurser: Tekst[] = [
    {
      nb: `${forelder} har fortalt at ${b.navn} var en blid og nysgjerrig baby som elsket å bli sunget for.`,
      nn: `${forelder} har fortalt at ${b.navn} var ein blid og nyfiken baby som elska å bli sungen for.`,
    },
    {
      nb: 'Familien har bilder fra turer i fjæra og bursdager med mange gjester.',
      nn: 'Familien har bilete frå turar i fjøra og bursdagar med mange gjester.',
    },
  ];
  if (c.besteforelder && dager >= 2 * 365) {
    const flere = c.besteforelder.includes(' og ');
    ressurser.push({
      nb: `${b.navn} var tidlig glad i å være ute, og ${c.besteforelder} var ${flere ? 'viktige voksne' : 'en viktig voksen'} i disse årene.`,
      nn: `${b.navn} var tidleg glad i å vere ute, og ${c.besteforelder} var ${flere ? 'viktige vaksne' : 'ein viktig vaksen'} i desse åra.`,
    });
  }
  const ressurs = pickFrom(ressurser, random)[b.m];
  if (b.m === 'nn') {
    return {
      tittel: `Før ${b.navn} flytta`,
      periode,
      tekst:
        `${b.navn} vart fødd i ${c.fodeAr} og budde ${tid.nn} saman med ${c.foreldre} i ${c.sted}. ${ressurs} ` +
        `Etter kvart vart kvardagen vanskeleg, og ${melder.nn} for om ${b.navn} fekk den omsorga og tryggleiken ${p.han} trong. ` +
        `${forelder} har sjølv sagt at ${fp} alltid har vore glad i ${b.navn}, men at ${fp} ikkje klarte å stå i det åleine.`,
    };
  }
  return {
    tittel: `Før ${b.navn} flyttet`,
    periode,
    tekst:
      `${b.navn} ble født i ${c.fodeAr} og bodde ${tid.nb} sammen med ${c.foreldre} i ${c.sted}. ${ressurs} ` +
      `Etter hvert ble hverdagen vanskelig, og ${melder.nb} for om ${b.navn} fikk den omsorgen og tryggheten ${p.han} trengte. ` +
      `${forelder} har selv sagt at ${fp} alltid har vært glad i ${b.navn}, men at ${fp} ikke klarte å stå i det alene.`,
  };
}

export type HjemOmtale = {
  /** "familien Haugland" or "Silje og Eirik" (for titles) */
  tittel: string;
  /** "Silje og Eirik", "mormor og morfar", "moster Silje og Eirik" (in running text) */
  omtale: string;
  /** The first foster parent's first name, for "Silje forteller at …" */
  forteller: string;
  sted: string;
  slekt: boolean;
  /** More than one foster parent (for "viktig"/"viktige"). */
  flertall: boolean;
};

export function delBeredskap(b: Barnet, h: HjemOmtale, start: string, slutt: string | null): Fortellingsdel {
  const p = pronomen(b.m, b.kjonn);
  const periode = slutt ? `${manedAr(start)} – ${manedAr(slutt)}` : manedAr(start);
  if (b.m === 'nn') {
    return {
      tittel: 'Tida i beredskapsheimen',
      periode,
      tekst:
        `${b.navn} flytta til ein beredskapsheim hos ${h.omtale} i ${h.sted} i ${manedAr(start)}. Det var ei stor og brå endring. ` +
        `Beredskapsforeldra fortel at ${b.navn} dei første nettene sov med lyset på, men at ${p.han} raskt fann roa i faste rutinar og turar i nærområdet. ` +
        `Her vart det tid til å bli kjend med ${b.navn} og finne ut kva ${p.han} trong vidare.`,
    };
  }
  return {
    tittel: 'Tiden i beredskapshjemmet',
    periode,
    tekst:
      `${b.navn} flyttet til et beredskapshjem hos ${h.omtale} i ${h.sted} i ${manedAr(start)}. Det var en stor og brå endring. ` +
      `Beredskapsforeldrene forteller at ${b.navn} de første nettene sov med lyset på, men at ${p.han} raskt fant roen i faste rutiner og turer i nærområdet. ` +
      `Her ble det tid til å bli kjent med ${b.navn} og finne ut hva ${p.han} trengte videre.`,
  };
}

export function delAnkomst(
  b: Barnet,
  h: HjemOmtale,
  c: { start: string; alderVedFlytting: number; kontaktMed: string },
  random: () => number,
): Fortellingsdel {
  const p = pronomen(b.m, b.kjonn);
  const periode = b.m === 'nn' ? `Frå ${manedAr(c.start)}` : `Fra ${manedAr(c.start)}`;
  if (h.slekt) {
    const hverdag =
      c.alderVedFlytting < 6
        ? {
            nb: `I barnehagen fikk ${b.navn} en fast voksen som tok imot ${p.ham} hver morgen.`,
            nn: `I barnehagen fekk ${b.navn} ein fast vaksen som tok imot ${p.ham} kvar morgon.`,
          }
        : {
            nb: `Overgangen til ny skole tok tid, men ${b.navn} fant seg en god venn allerede første høsten.`,
            nn: `Overgangen til ny skule tok tid, men ${b.navn} fann seg ein god ven alt første hausten.`,
          };
    if (b.m === 'nn') {
      return {
        tittel: `Hos ${h.omtale}`,
        periode,
        tekst:
          `I ${manedAr(c.start)} flytta ${b.navn} til ${h.omtale} i ${h.sted}. Det var godt å kunne bu hos nokon ${p.han} kjende frå før, ` +
          `og ${c.alderVedFlytting >= 4 ? `${b.navn} har sagt at det lukta «sånn som heime»` : `${b.navn} fann seg fort til rette`}. ${stor(h.omtale)} har vore ${h.flertall ? 'tydelege' : 'tydeleg'} på at ${b.navn} skal ha kontakt med ${c.kontaktMed}, ` +
          `sjølv når det har vore krevjande. ${hverdag.nn}`,
      };
    }
    return {
      tittel: `Hos ${h.omtale}`,
      periode,
      tekst:
        `I ${manedAr(c.start)} flyttet ${b.navn} til ${h.omtale} i ${h.sted}. Det var godt å kunne bo hos noen ${p.han} kjente fra før, ` +
        `og ${c.alderVedFlytting >= 4 ? `${b.navn} har sagt at det luktet «sånn som hjemme»` : `${b.navn} fant seg fort til rette`}. ${stor(h.omtale)} har vært ${h.flertall ? 'tydelige' : 'tydelig'} på at ${b.navn} skal ha kontakt med ${c.kontaktMed}, ` +
        `selv når det har vært krevende. ${hverdag.nb}`,
    };
  }
  const glede = pickFrom(GLEDER, random);
  if (b.m === 'nn') {
    return {
      tittel: `Då ${b.navn} kom til ${h.tittel}`,
      periode,
      tekst:
        `${b.navn} flytta til ${h.omtale} i ${h.sted} i ${manedAr(c.start)}. Dei første vekene var ${p.han} stille og varsam. ` +
        `${h.forteller} fortel at ${b.navn} tidleg viste glede over ${glede.nn}, og at latteren kom tilbake litt etter litt. ` +
        `Det tok tid å byggje tillit, og det er noko ${b.navn} og fosterfamilien kan vere stolte av.`,
    };
  }
  return {
    tittel: `Da ${b.navn} kom til ${h.tittel}`,
    periode,
    tekst:
      `${b.navn} flyttet til ${h.omtale} i ${h.sted} i ${manedAr(c.start)}. De første ukene var ${p.han} stille og forsiktig. ` +
      `${h.forteller} forteller at ${b.navn} tidlig viste glede over ${glede.nb}, og at latteren kom tilbake litt etter litt. ` +
      `Det tok tid å bygge tillit, og det er noe ${b.navn} og fosterfamilien kan være stolte av.`,
  };
}

export function delBrudd(
  b: Barnet,
  h: HjemOmtale,
  arsak: ArsakKode,
  dato: string,
  alderVedBrudd: number,
): Fortellingsdel {
  const p = pronomen(b.m, b.kjonn);
  const grunner: Partial<Record<ArsakKode, Tekst>> = {
    '1.2.1': {
      nb: `Fosterforeldrene sa fra at de ikke lenger klarte å gi ${b.navn} det ${p.han} trengte.`,
      nn: `Fosterforeldra sa frå at dei ikkje lenger klarte å gi ${b.navn} det ${p.han} trong.`,
    },
    '1.2.2': {
      nb: 'Det skjedde store endringer i fosterfamilien, og de kunne ikke fortsette som fosterhjem.',
      nn: 'Det skjedde store endringar i fosterfamilien, og dei kunne ikkje halde fram som fosterheim.',
    },
    '1.2.3': {
      nb: 'Fosterforeldrene og tjenesten ble ikke enige om hvilken hjelp hjemmet trengte, og oppdraget ble avsluttet.',
      nn: 'Fosterforeldra og tenesta vart ikkje samde om kva hjelp heimen trong, og oppdraget vart avslutta.',
    },
    '1.1.5': {
      nb: `${b.navn} ønsket selv å flytte, og de voksne lyttet, selv om det gikk fortere enn planlagt.`,
      nn: `${b.navn} ønskte sjølv å flytte, og dei vaksne lytta, sjølv om det gjekk fortare enn planlagt.`,
    },
  };
  const tjenesten = {
    nb: `Tjenesten så at ${b.navn} trengte et hjem med mer støtte rundt seg enn det ${h.omtale} kunne gi.`,
    nn: `Tenesta såg at ${b.navn} trong ein heim med meir støtte rundt seg enn det ${h.omtale} kunne gi.`,
  };
  const grunn = (grunner[arsak] ?? tjenesten)[b.m];
  const etter: Tekst =
    alderVedBrudd >= 5
      ? {
          nb:
            `Det var vondt, og ${b.navn} har sagt at ${p.han} lenge trodde det var ${p.hans} skyld. ` +
            `Det var det ikke: de voksne rundt ${p.ham} skulle fått mer hjelp tidligere. ${b.navn} fikk si ordentlig farvel, ` +
            'og har fortsatt kontakt med den gamle fosterfamilien på bursdager.',
          nn:
            `Det var vondt, og ${b.navn} har sagt at ${p.han} lenge trudde det var ${p.hans} skuld. ` +
            `Det var det ikkje: dei vaksne rundt ${p.ham} skulle fått meir hjelp tidlegare. ${b.navn} fekk seie ordentleg farvel, ` +
            'og har framleis kontakt med den gamle fosterfamilien på bursdagar.',
        }
      : {
          nb:
            `${b.navn} var for liten til å huske flyttingen, men skal få vite at det ikke var ${p.hans} skyld: ` +
            `de voksne rundt ${p.ham} skulle fått mer hjelp tidligere. Den gamle fosterfamilien sender fortsatt bursdagskort.`,
          nn:
            `${b.navn} var for liten til å hugse flyttinga, men skal få vite at det ikkje var ${p.hans} skuld: ` +
            `dei vaksne rundt ${p.ham} skulle fått meir hjelp tidlegare. Den gamle fosterfamilien sender framleis bursdagskort.`,
        };
  if (b.m === 'nn') {
    return {
      tittel: `Flyttinga frå ${h.tittel}`,
      periode: manedAr(dato),
      tekst: `I ${manedAr(dato)} måtte ${b.navn} flytte frå ${h.omtale}. ${grunn} ${etter.nn}`,
    };
  }
  return {
    tittel: `Flyttingen fra ${h.tittel}`,
    periode: manedAr(dato),
    tekst: `I ${manedAr(dato)} måtte ${b.navn} flytte fra ${h.omtale}. ${grunn} ${etter.nb}`,
  };
}

export function delHverdag(
  b: Barnet,
  h: HjemOmtale,
  c: { start: string; alder: number; hobby: string; samvaer: 'mor' | 'far' | null; sosken: string | null },
  random: () => number,
): Fortellingsdel {
  const p = pronomen(b.m, b.kjonn);
  const ar = c.start.slice(0, 4);
  const skole: Tekst =
    c.alder < 1
      ? { nb: '', nn: '' }
      : c.alder < 6
        ? {
            nb: `${b.navn} går i barnehagen og har en fast voksen der.`,
            nn: `${b.navn} går i barnehagen og har ein fast vaksen der.`,
          }
        : c.alder < 13
          ? {
              nb: `${b.navn} går på barneskolen og trives best når dagene er forutsigbare.`,
              nn: `${b.navn} går på barneskulen og trivst best når dagane er føreseielege.`,
            }
          : c.alder < 16
            ? { nb: `${b.navn} går på ungdomsskolen.`, nn: `${b.navn} går på ungdomsskulen.` }
            : {
                nb: `${b.navn} går på videregående og tenker mye på hva ${p.han} vil bli.`,
                nn: `${b.navn} går på vidaregåande og tenkjer mykje på kva ${p.han} vil bli.`,
              };
  const ressurs = pickFrom<Tekst>(
    [
      {
        nb: `fosterforeldrene beskriver ${p.ham} som omsorgsfull og morsom.`,
        nn: `fosterforeldra skildrar ${p.ham} som omsorgsfull og morosam.`,
      },
      {
        nb: `${p.han} har fått flere gode venner i nabolaget.`,
        nn: `${p.han} har fått fleire gode vener i nabolaget.`,
      },
      {
        nb: `${p.han} har vist stor utholdenhet når noe er vanskelig.`,
        nn: `${p.han} har vist stort uthald når noko er vanskeleg.`,
      },
    ],
    random,
  );
  const frekvens = pickFrom<Tekst>(
    [
      { nb: 'annenhver uke', nn: 'annakvar veke' },
      { nb: 'én gang i måneden', nn: 'ein gong i månaden' },
      { nb: 'fire ganger i året', nn: 'fire gonger i året' },
    ],
    random,
  );
  let samvaer: Tekst = { nb: '', nn: '' };
  if (c.samvaer) {
    const sosken = c.sosken
      ? {
          nb: `, og gleder seg alltid til å treffe ${c.sosken}`,
          nn: `, og gler seg alltid til å treffe ${c.sosken}`,
        }
      : { nb: '', nn: '' };
    samvaer = {
      nb: `${b.navn} har samvær med ${c.samvaer} ${frekvens.nb}${sosken.nb}.`,
      nn: `${b.navn} har samvær med ${c.samvaer} ${frekvens.nn}${sosken.nn}.`,
    };
  }
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  if (b.m === 'nn') {
    return {
      tittel: h.slekt ? `Livet hos ${h.omtale}` : `Kvardagen i ${h.sted}`,
      periode: `Frå ${manedAr(c.start)}`,
      tekst: join(
        `Sidan ${ar} har ${b.navn} budd hos ${h.omtale} i ${h.sted}.`,
        skole.nn,
        `${b.navn} er glad i ${c.hobby}, og ${ressurs.nn}`,
        samvaer.nn,
        `Det er framleis dagar som er tunge, særleg rundt samvær og bursdagar, men dei vaksne rundt ${b.navn} samarbeider godt om å gjere kvardagen trygg og føreseieleg.`,
      ),
    };
  }
  return {
    tittel: h.slekt ? `Livet hos ${h.omtale}` : `Hverdagen i ${h.sted}`,
    periode: `Fra ${manedAr(c.start)}`,
    tekst: join(
      `Siden ${ar} har ${b.navn} bodd hos ${h.omtale} i ${h.sted}.`,
      skole.nb,
      `${b.navn} er glad i ${c.hobby}, og ${ressurs.nb}`,
      samvaer.nb,
      `Det er fortsatt dager som er tunge, særlig rundt samvær og bursdager, men de voksne rundt ${b.navn} samarbeider godt om å gjøre hverdagen trygg og forutsigbar.`,
    ),
  };
}

export function delHjem(
  b: Barnet,
  h: HjemOmtale,
  c: { dato: string; forelder: 'mor' | 'far'; etterOnske: boolean },
): Fortellingsdel {
  const fp = c.forelder === 'far' ? 'han' : b.m === 'nn' ? 'ho' : 'hun';
  const F = stor(c.forelder);
  if (b.m === 'nn') {
    const start = c.etterOnske
      ? `I ${manedAr(c.dato)} flytta ${b.navn} heim til ${c.forelder} etter eige ønske. Det gjekk fortare enn dei vaksne meinte var rett.`
      : `I ${manedAr(c.dato)} flytta ${b.navn} heim til ${c.forelder} igjen. ${F} hadde over tid fått hjelp og vist at ${fp} kunne gi ${b.navn} ein trygg kvardag.`;
    return {
      tittel: `Heim til ${c.forelder} igjen`,
      periode: `Frå ${manedAr(c.dato)}`,
      tekst: `${start} ${b.navn} har framleis kontakt med ${h.omtale}, som var ein viktig del av livet til ${b.navn}. Tenesta følgjer familien tett det første året.`,
    };
  }
  const start = c.etterOnske
    ? `I ${manedAr(c.dato)} flyttet ${b.navn} hjem til ${c.forelder} etter eget ønske. Det gikk fortere enn de voksne mente var riktig.`
    : `I ${manedAr(c.dato)} flyttet ${b.navn} hjem til ${c.forelder} igjen. ${F} hadde over tid fått hjelp og vist at ${fp} kunne gi ${b.navn} en trygg hverdag.`;
  return {
    tittel: `Hjem til ${c.forelder} igjen`,
    periode: `Fra ${manedAr(c.dato)}`,
    tekst: `${start} ${b.navn} har fortsatt kontakt med ${h.omtale}, som var en viktig del av livet til ${b.navn}. Tjenesten følger familien tett det første året.`,
  };
}

export function delVoksen(
  b: Barnet,
  h: HjemOmtale,
  c: { dato: string; flyttingTil: string; sted: string },
  random: () => number,
): Fortellingsdel {
  const p = pronomen(b.m, b.kjonn);
  const yrke = pickFrom(YRKER, random)[b.m];
  const ar = c.dato.slice(0, 4);
  if (b.m === 'nn') {
    const bolig =
      c.flyttingTil === '7'
        ? `Same hausten flytta ${p.han} i eige husvære i ${c.sted}.`
        : c.flyttingTil === '5'
          ? `${p.Han} bur no på hybel med oppfølging, og lærer seg å klare rekningar og handling sjølv.`
          : `${p.Han} budde vidare hos ${h.omtale} ei tid før ${p.han} flytta for seg sjølv.`;
    return {
      tittel: 'Å bli vaksen',
      periode: `Frå ${ar}`,
      tekst:
        `${b.navn} fylte 18 år i ${ar}. ${bolig} ${b.navn} har takka ja til ettervern og møter kontaktpersonen sin jamleg. ` +
        `${stor(h.omtale)} er framleis ${h.flertall ? 'viktige' : 'viktig'}, og ${b.navn} er ofte innom på middag på sundagar. ${b.navn} draumer om å bli ${yrke}.`,
    };
  }
  const bolig =
    c.flyttingTil === '7'
      ? `Samme høst flyttet ${p.han} i egen leilighet i ${c.sted}.`
      : c.flyttingTil === '5'
        ? `${p.Han} bor nå på hybel med oppfølging, og lærer seg å klare regninger og handling selv.`
        : `${p.Han} bodde videre hos ${h.omtale} en periode før ${p.han} flyttet for seg selv.`;
  return {
    tittel: 'Å bli voksen',
    periode: `Fra ${ar}`,
    tekst:
      `${b.navn} fylte 18 år i ${ar}. ${bolig} ${b.navn} har takket ja til ettervern og møter kontaktpersonen sin jevnlig. ` +
      `${stor(h.omtale)} er fortsatt ${h.flertall ? 'viktige' : 'viktig'}, og ${b.navn} er ofte innom på middag på søndager. ${b.navn} drømmer om å bli ${yrke}.`,
  };
}

/** A sentence added in a second version of a part, after a conversation with the child. */
export function tillegg(b: Barnet, dato: string, harTidligereHjem: boolean, random: () => number): string {
  const p = pronomen(b.m, b.kjonn);
  const onsker: Tekst[] = [
    {
      nb: 'er stolt over å ha klart overgangen til ny skole',
      nn: 'er stolt over å ha klart overgangen til ny skule',
    },
    { nb: 'vil bestemme selv hvem som får lese dette', nn: 'vil bestemme sjølv kven som får lese dette' },
    {
      nb: 'er glad i familien sin, også når det er vanskelig',
      nn: 'er glad i familien sin, også når det er vanskeleg',
    },
  ];
  if (harTidligereHjem)
    onsker.push({
      nb: 'savner katten i det forrige fosterhjemmet',
      nn: 'saknar katten i den førre fosterheimen',
    });
  const onske = pickFrom(onsker, random)[b.m];
  return ` Lagt til etter samtale med ${b.navn} i ${manedAr(dato)}: ${b.navn} ville at det skulle stå at ${p.han} ${onske}.`;
}
