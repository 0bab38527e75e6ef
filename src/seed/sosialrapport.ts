import { addDays } from '@/domain/plasseringsforlop';

/**
 * The home-study report (sosialrapport, content/maler/sosialrapport_godkjenning.yaml) of a
 * seeded recruitment family that has been through the assessment: every required field and most
 * of the others filled in, in bokmål (Bufetat writes in bokmål), from the family's own facts.
 * Deterministic: the wording varies with `nr`, never with the seed's random stream, so adding
 * reports moves no other seeded name or date.
 */

export type RapportFamilie = {
  /** 'Familien Berg' */
  navn: string;
  voksne: { fornavn: string; etternavn: string }[];
  egneBarn: number;
  hjemtyper: ('ordinaer' | 'beredskap' | 'forsterket')[];
  poststed: string | null;
  /** The day the assessment began. */
  utredningFra: string;
  /** The day the report was concluded. */
  konklusjon: string;
  /** The family's place in the seed: varies the wording. */
  nr: number;
};

const norsk = (dato: string) => `${dato.slice(8, 10)}.${dato.slice(5, 7)}.${dato.slice(0, 4)}`;

const ARBEID = [
  ['sykepleier ved Haukeland universitetssjukehus', 'lærer på en ungdomsskole i nærmiljøet'],
  ['elektriker i et lokalt firma', 'saksbehandler i NAV'],
  ['barnehagelærer', 'ingeniør i et konsulentselskap'],
  ['selvstendig næringsdrivende snekker', 'helsesekretær på et legekontor'],
];

const INTERESSER = [
  'turer i fjellet, fotball på løkka og felles middag hver dag',
  'korps, friluftsliv og et aktivt naboskap i borettslaget',
  'båtliv om sommeren, ski om vinteren og mye tid med besteforeldrene',
  'musikk, matlaging og frivillig arbeid i idrettslaget',
];

export function sosialrapportInnhold(f: RapportFamilie): Record<string, unknown> {
  const [a, b] = f.voksne;
  const begge = b ? `${a?.fornavn} og ${b.fornavn}` : (a?.fornavn ?? '');
  const De = b ? 'De' : (a?.fornavn ?? '');
  const beredskap = f.hjemtyper.includes('beredskap');
  const forsterket = f.hjemtyper.includes('forsterket');
  const arbeid = ARBEID[f.nr % ARBEID.length] as string[];
  const hjemmebesok = addDays(f.utredningFra, 6);
  const samtaler = addDays(f.utredningFra, 13);
  const andreBesok = addDays(f.utredningFra, 27);
  const barn = f.egneBarn === 1 ? 'ett barn' : `${f.egneBarn} barn`;

  const formal = beredskap
    ? 'Familien utredes som beredskapshjem: korte opphold for barn som må flytte akutt, som regel ' +
      'inntil tre måneder, mens barneverntjenesten utreder hva som er best for barnet videre. ' +
      'Oppdraget krever at familien kan ta imot et barn på kort varsel og samarbeide tett med ' +
      'foreldrene og flere tjenester samtidig.'
    : 'Familien utredes som langvarig fosterhjem (generell godkjenning). Barnet som kommer, kan bli ' +
      'boende til det er voksent, og familien må være forberedt på at samværet med foreldrene er en ' +
      'fast del av hverdagen, og på at barnet kan flytte hjem igjen hvis forholdene endrer seg.' +
      (forsterket ? ' Familien er også vurdert for et forsterket oppdrag med tiltak i hjemmet.' : '');

  const innhold: Record<string, unknown> = {
    barnet: [{ navn: 'Generell godkjenning', rolle: 'barnet er ikke valgt ennå' }],
    hjemtype: 'ordinaer',
    formal_varighet: formal,
    kilder: {
      hjemmebesok: { ok: true },
      samtale_hver: { ok: b !== undefined },
      egne_barn: { ok: f.egneBarn > 0 },
      referanser: { ok: true },
      politiattest: { ok: true },
      helse: { ok: true },
      opplaering: { ok: true },
    },
    moter:
      `${norsk(hjemmebesok)}: hjemmebesøk med hele familien. ` +
      (b ? `${norsk(samtaler)}: samtale med ${a?.fornavn} og ${b.fornavn} hver for seg. ` : '') +
      (f.egneBarn > 0
        ? `${norsk(samtaler)}: samtale med familiens egne barn uten foreldrene til stede. `
        : '') +
      `${norsk(andreBesok)}: andre hjemmebesøk og gjennomgang av referanser (to referansepersoner ` +
      'kontaktet på telefon).',
    husstand: [
      ...f.voksne.map((v) => ({ navn: `${v.fornavn} ${v.etternavn}`, rolle: 'søker' })),
      ...Array.from({ length: f.egneBarn }, (_, i) => ({ navn: `Barn ${i + 1}`, rolle: 'eget barn' })),
    ],
    familiebeskrivelse:
      `${f.navn} bor ${f.poststed ? `i ${f.poststed}` : 'i Vestland'}` +
      (f.egneBarn > 0 ? ` med ${barn}. ` : '. ') +
      `${a?.fornavn} arbeider som ${arbeid[0]}` +
      (b ? `, ${b.fornavn} som ${arbeid[1]}. ` : '. ') +
      `Hverdagen er preget av ${INTERESSER[f.nr % INTERESSER.length]}. Familien forteller at de ` +
      'legger vekt på faste rammer og god tid, og ved hjemmebesøkene så vi en rolig og varm tone ' +
      'mellom dem.',
    oppvekst:
      `${b ? 'Begge forteller' : `${a?.fornavn} forteller`} om en trygg oppvekst, men ${a?.fornavn} har ` +
      'erfaring med sykdom i nær familie som barn, og har bearbeidet dette gjennom samtaler og eget ' +
      `arbeid. ${a?.fornavn} beskriver hva som hjalp den gangen, og hvordan erfaringen kan gjøre det ` +
      'lettere å forstå et barn som har hatt det vanskelig.',
    krav: Object.fromEntries(
      ['evne_tid', 'stabil', 'helse', 'samarbeid', 'rammer', 'vandel'].map((k) => [k, { ok: true }]),
    ),
    krav_vurdering:
      'De generelle kravene i forskrift om fosterhjem er vurdert som oppfylt. Familien har stabil ' +
      'økonomi og bolig, har tid til et barn som trenger ekstra oppfølging, og har vist i opplæringen ' +
      'at de kan reflektere over egne reaksjoner. Referansene beskriver dem som pålitelige og ' +
      'omsorgsfulle.',
    politiattest_sjekk: {
      fosterforeldre: { ok: true },
      andre_voksne: { ok: true },
      tilfredsstillende: { ok: true },
    },
    politiattest_dato: addDays(f.utredningFra, 9),
    helse_dokumentasjon: { egenerklaering: { ok: true }, legeerklaering: { ok: true } },
    helse_vurdering:
      'Egenerklæring og legeerklæring viser alminnelig god helse. Ingenting i helseopplysningene ' +
      'tilsier at familien ikke kan gi et barn stabil omsorg over tid.',
    motivasjon_beskrivelse:
      `${begge} har tenkt på å bli fosterhjem i flere år, og ble ${beredskap ? 'særlig interessert i beredskapsoppdrag' : 'endelig motivert'} ` +
      `etter informasjonsmøtet. ${De} ønsker å gi et barn en trygg hverdag, og er realistisk${b ? 'e' : ''} om at ` +
      'barnet kan ha reaksjoner som tar tid å forstå.',
    midlertidighet:
      `${De} forstår at omsorgsovertakelse er midlertidig, at foreldrene fortsatt er barnets ` +
      `foreldre, og at samvær og mulig tilbakeføring er en del av oppdraget. ${De} ga konkrete eksempler ` +
      'på hvordan barnet kan støttes før og etter samvær.',
    nettverk_beskrivelse:
      'Familien har besteforeldre og venner i nærheten som kjenner til søknaden og kan være avlastning ' +
      'ved behov. Nettverket er informert om taushetsplikten.',
    bolig:
      'Boligen har eget soverom til et fosterbarn, og ligger nær skole, barnehage og fritidsaktiviteter.',
    okonomi_arbeid: b
      ? `Begge er i fast arbeid. ${a?.fornavn} kan redusere stillingen i en periode etter at barnet flytter inn.`
      : `${a?.fornavn} er i fast arbeid og har avtalt med arbeidsgiveren å kunne redusere stillingen i en periode.`,
    samarbeid_vurdering:
      'Familien har vært åpen og tilgjengelig gjennom hele utredningen, har tatt imot innspill og tatt ' +
      'initiativ til spørsmål. Vi vurderer at de kan samarbeide godt med barneverntjenesten, foreldrene ' +
      'og barnets øvrige nettverk.',
    opplaering_status: 'gjennomfort',
    behov:
      'Godkjenningen er generell: barnet er ikke valgt ennå. Barn som trenger fosterhjem, har ofte ' +
      'opplevd brudd og utrygghet, og trenger voksne som tåler reaksjoner, holder fast ved rutiner og ' +
      'hjelper barnet å holde kontakt med familien sin.',
    matching:
      (beredskap
        ? 'Familien passer for barn i alle aldre som trenger et trygt sted i en akutt situasjon. '
        : `Familien passer best for ${f.egneBarn > 0 ? 'et barn som er yngre enn familiens egne barn' : 'et barn i førskole- eller barneskolealder'}. `) +
      'Når et barn er aktuelt, må barneverntjenesten vurdere nærmere om akkurat denne familien kan ' +
      'møte akkurat dette barnets behov, og godkjenne hjemmet for barnet.',
    slekt_vurdert: 'utredet',
    slekt_begrunnelse:
      'Familien er ikke slekt eller nettverk til et bestemt barn. Når et barn blir aktuelt, skal ' +
      'barneverntjenesten først ha vurdert om noen i barnets slekt eller nettverk kan bli fosterhjem.',
    tilrading: 'godkjennes',
    samlet_vurdering:
      `Samlet vurderer vi at ${f.navn} oppfyller de generelle kravene til fosterforeldre, og at de har ` +
      'forutsetninger for å gi et barn trygg og god omsorg over tid. Vi tilrår godkjenning.',
    vilkar_stotte:
      'Familien bør få fosterhjemsveiledning det første året og tilbud om videregående opplæring. ' +
      (beredskap ? 'Beredskapsoppdraget krever tett oppfølging fra Bufetat i hvert oppdrag.' : ''),
    konklusjon_dato: f.konklusjon,
  };
  if (f.egneBarn > 0) {
    innhold.egne_barn_syn =
      `Familiens egne barn (${barn}) er positive, men spør om hvor lenge et fosterbarn skal bo der, ` +
      'og om de må dele rom. De vet at de kan si ifra hvis det blir vanskelig.';
    innhold.egne_barn_vurdering =
      'De egne barna er godt forberedt. Familien har en plan for å gi dem egen tid med foreldrene, og ' +
      'barneverntjenesten bør snakke med dem jevnlig etter at et fosterbarn har flyttet inn.';
  }
  return innhold;
}
