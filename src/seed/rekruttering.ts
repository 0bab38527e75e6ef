import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  barn,
  dokument,
  dokumentRevisjon,
  fosterhjem,
  fosterhjemMedlem,
  gjenrekruttering,
  nettverkssok,
  plassering,
  type RekrutteringVoksen,
  rekrutteringDeling,
  rekrutteringFasehistorikk,
  rekrutteringSjekkpunkt,
  rekrutteringssak,
  users,
} from '@/db/schema';
import { SOSIALRAPPORT_MAL } from '@/domain/godkjenning';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { FASER_I_LOP, gjeldendePunkter, type LopFase } from '@/domain/rekruttering';
import { GJENREKRUTTERING_FRIST_DAGER } from '@/domain/slektForst';
import { lastMaler } from '@/modules/maler/malFormat';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import { kl } from '@/seed/klokke';
import { createNameGenerator, type Person } from '@/seed/names';
import { gateadresse, stedI } from '@/seed/places';
import { sosialrapportInnhold } from '@/seed/sosialrapport';

/**
 * Demo recruitment (issue 8): families on their way to becoming foster homes in the Zip-team
 * Vestland collaboration, relative to today. About 30 families owned by Bufetat and 6 by Bergen,
 * spread over every stage, each with a contiguous stage history (who moved it, from which
 * organisation), the checklist points of every stage it has passed, its source, and for most
 * the family's consent and sharing with the municipalities. Three approved homes are available,
 * two are linked to a child and have become foster homes in Bergen, three have been withdrawn
 * or rejected (one more than twelve months ago, so the retention job deletes it on its first
 * run). Also two completed searches in family and network for children in ordinary homes, and
 * two open re-recruitment follow-ups for Bergen homes whose placement ended. Deterministic for
 * a given random stream and date.
 */

export type SeedRekrutteringIds = { bufetat: string; bergen: string; oygarden: string };

export type SeedRekrutteringResult = {
  saker: number;
  formidlet: string[];
  nettverkssok: number;
  gjenrekruttering: number;
};

type Eier = 'bufetat' | 'bergen';
type Kilde = (typeof rekrutteringssak.$inferInsert)['kilde'];
type Hjemtype = 'ordinaer' | 'beredskap' | 'forsterket';

type Plan = {
  eier: Eier;
  /** The stage today. */
  fase: LopFase | 'formidlet' | 'trukket' | 'avslatt';
  /** For a closed case: the stage it was in when it left. */
  fraFase?: LopFase;
  /** Days in the stage today (for a closed case: days since it closed). */
  dager: number;
  kilde: Kilde;
  kildeDetalj?: string;
  hjemtyper?: Hjemtype[];
  arsak?: string;
  /** Moved back from utredning to opplaering once, then on again. */
  tilbake?: boolean;
  /** Consent given and the case shared in the collaboration. */
  delt: boolean;
};

const KAMPANJE = 'Fosterhjemskampanjen i Vestland, høsten';
const STAND = 'Stand på Festplassen, Bergen';

/** The families, in a fixed order: the stage, how long they have been there, and where they came from. */
const PLANER: Plan[] = [
  // Bufetat: 30 families.
  { eier: 'bufetat', fase: 'henvendelse', dager: 3, kilde: 'nettside', delt: false },
  { eier: 'bufetat', fase: 'henvendelse', dager: 6, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: false },
  { eier: 'bufetat', fase: 'henvendelse', dager: 11, kilde: 'sosiale_medier', delt: true },
  { eier: 'bufetat', fase: 'henvendelse', dager: 15, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  { eier: 'bufetat', fase: 'henvendelse', dager: 20, kilde: 'jungeltelegraf', delt: false },
  { eier: 'bufetat', fase: 'henvendelse', dager: 26, kilde: 'arrangement', kildeDetalj: STAND, delt: true },
  {
    eier: 'bufetat',
    fase: 'informasjonsmote',
    dager: 5,
    kilde: 'kampanje',
    kildeDetalj: KAMPANJE,
    delt: true,
  },
  { eier: 'bufetat', fase: 'informasjonsmote', dager: 12, kilde: 'nettside', delt: true },
  { eier: 'bufetat', fase: 'informasjonsmote', dager: 19, kilde: 'sosiale_medier', delt: true },
  { eier: 'bufetat', fase: 'informasjonsmote', dager: 33, kilde: 'jungeltelegraf', delt: false },
  { eier: 'bufetat', fase: 'opplaering', dager: 9, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  { eier: 'bufetat', fase: 'opplaering', dager: 24, kilde: 'arrangement', kildeDetalj: STAND, delt: true },
  { eier: 'bufetat', fase: 'opplaering', dager: 41, kilde: 'nettside', delt: true },
  { eier: 'bufetat', fase: 'opplaering', dager: 58, kilde: 'jungeltelegraf', delt: true },
  { eier: 'bufetat', fase: 'opplaering', dager: 77, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  { eier: 'bufetat', fase: 'opplaering', dager: 95, kilde: 'sosiale_medier', delt: false },
  { eier: 'bufetat', fase: 'utredning', dager: 8, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  { eier: 'bufetat', fase: 'utredning', dager: 21, kilde: 'jungeltelegraf', delt: true, tilbake: true },
  {
    eier: 'bufetat',
    fase: 'utredning',
    dager: 37,
    kilde: 'nettside',
    hjemtyper: ['ordinaer', 'beredskap'],
    delt: true,
  },
  { eier: 'bufetat', fase: 'utredning', dager: 52, kilde: 'arrangement', kildeDetalj: STAND, delt: true },
  { eier: 'bufetat', fase: 'utredning', dager: 66, kilde: 'fosterhjemstjenesten', delt: true },
  { eier: 'bufetat', fase: 'godkjenning', dager: 7, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  {
    eier: 'bufetat',
    fase: 'godkjenning',
    dager: 18,
    kilde: 'jungeltelegraf',
    hjemtyper: ['beredskap'],
    delt: true,
  },
  { eier: 'bufetat', fase: 'tilgjengelig', dager: 23, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  {
    eier: 'bufetat',
    fase: 'tilgjengelig',
    dager: 64,
    kilde: 'nettside',
    hjemtyper: ['beredskap'],
    delt: true,
  },
  {
    eier: 'bufetat',
    fase: 'tilgjengelig',
    dager: 142,
    kilde: 'jungeltelegraf',
    hjemtyper: ['ordinaer', 'forsterket'],
    delt: true,
  },
  { eier: 'bufetat', fase: 'formidlet', dager: 45, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  { eier: 'bufetat', fase: 'formidlet', dager: 190, kilde: 'arrangement', kildeDetalj: STAND, delt: true },
  // Withdrawn fourteen months ago: past the default retention of twelve months.
  {
    eier: 'bufetat',
    fase: 'trukket',
    fraFase: 'opplaering',
    dager: 427,
    kilde: 'sosiale_medier',
    arsak: 'ikke_tid',
    delt: true,
  },
  {
    eier: 'bufetat',
    fase: 'avslatt',
    fraFase: 'utredning',
    dager: 62,
    kilde: 'nettside',
    arsak: 'politiattest',
    delt: true,
  },
  // Bergen: 6 families, most shared with Bufetat, which gives the training.
  { eier: 'bergen', fase: 'henvendelse', dager: 4, kilde: 'fosterhjemstjenesten', delt: false },
  { eier: 'bergen', fase: 'henvendelse', dager: 17, kilde: 'jungeltelegraf', delt: true },
  {
    eier: 'bergen',
    fase: 'informasjonsmote',
    dager: 10,
    kilde: 'arrangement',
    kildeDetalj: STAND,
    delt: true,
  },
  { eier: 'bergen', fase: 'opplaering', dager: 30, kilde: 'kampanje', kildeDetalj: KAMPANJE, delt: true },
  { eier: 'bergen', fase: 'utredning', dager: 14, kilde: 'jungeltelegraf', delt: false },
  {
    eier: 'bergen',
    fase: 'trukket',
    fraFase: 'informasjonsmote',
    dager: 28,
    kilde: 'sosiale_medier',
    arsak: 'endret_livssituasjon',
    delt: true,
  },
];

/** Typical days in each stage before moving on: [shortest, longest]. */
const VARIGHET: Record<LopFase, [number, number]> = {
  henvendelse: [7, 28],
  informasjonsmote: [14, 42],
  opplaering: [75, 110],
  utredning: [40, 90],
  godkjenning: [10, 35],
  tilgjengelig: [20, 120],
};

type Bruker = { id: string; navn: string; tjenesteId: string };

async function brukerAv(tx: Tx, username: string): Promise<Bruker> {
  const [u] = await tx
    .select({ id: users.id, navn: users.navn, tjenesteId: users.tjenesteId })
    .from(users)
    .where(eq(users.username, username));
  if (!u) throw new Error(`demo user ${username} missing`);
  return u;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replace(/[^a-z]+/g, '');

export async function seedRekruttering(
  tx: Tx,
  ids: SeedRekrutteringIds,
  random: () => number,
  today: string,
): Promise<SeedRekrutteringResult> {
  const pipeline = lastPipeline();
  const people = createNameGenerator(random);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const rekrutterer = {
    bufetat: await brukerAv(tx, 'rekrutterer.bufetat'),
    bergen: await brukerAv(tx, 'rekrutterer.bergen'),
    oygarden: await brukerAv(tx, 'rekrutterer.oygarden'),
  };
  const lederBufetat = await brukerAv(tx, 'leder.bufetat');
  const eierId = (e: Eier) => (e === 'bufetat' ? ids.bufetat : ids.bergen);

  let antall = 0;
  const formidlet: string[] = [];
  for (const [n, plan] of PLANER.entries()) {
    // The family: one or two adults, a surname shared or both kept, some with children at home.
    const forste = people.uniquePerson();
    const voksne: Person[] = [forste];
    if (random() < 0.75) {
      const partner = people.person(forste.kjonn === 'kvinne' ? 'mann' : 'kvinne');
      voksne.push(random() < 0.6 ? { ...partner, etternavn: forste.etternavn } : partner);
    }
    const etternavn = [...new Set(voksne.map((v) => v.etternavn))];
    const navn = etternavn.length === 1 ? `Familien ${etternavn[0]}` : `Familien ${etternavn.join(' og ')}`;
    const egneBarn = random() < 0.55 ? int(1, 3) : 0;
    const kommunenummer = plan.eier === 'bergen' || random() < 0.55 ? '4601' : '4626';
    const sted = stedI(kommunenummer, random);
    const adresse = sted ? gateadresse(kommunenummer, random) : null;
    const ansvarlig = rekrutterer[plan.eier];

    // The stays, from the stage today backwards: each ends the day the next begins.
    const lopFaser: LopFase[] =
      plan.fase === 'formidlet'
        ? [...FASER_I_LOP]
        : plan.fraFase
          ? FASER_I_LOP.slice(0, FASER_I_LOP.indexOf(plan.fraFase) + 1)
          : FASER_I_LOP.slice(0, FASER_I_LOP.indexOf(plan.fase as LopFase) + 1);
    const faser: string[] = plan.tilbake
      ? [...lopFaser.slice(0, -1), 'opplaering', 'utredning']
      : [...lopFaser];
    if (plan.fase === 'formidlet' || plan.fraFase) faser.push(plan.fase);
    const fraDatoer: string[] = new Array(faser.length);
    let start = addDays(today, -plan.dager);
    for (let i = faser.length - 1; i >= 0; i--) {
      fraDatoer[i] = start;
      if (i > 0) {
        const forrige = faser[i - 1] as LopFase;
        const [min, max] = VARIGHET[forrige];
        // The stay the family moved back from was a short one.
        const lengde = plan.tilbake && i === faser.length - 1 ? int(12, 20) : int(min, max);
        start = addDays(start, -lengde);
      }
    }
    const forsteKontakt = fraDatoer[0] as string;
    const faseFra = fraDatoer[faser.length - 1] as string;
    const samtykkeDato = plan.delt ? addDays(forsteKontakt, Math.min(int(2, 9), plan.dager)) : null;
    const godkjent = faser.includes('tilgjengelig')
      ? (fraDatoer[faser.indexOf('tilgjengelig')] as string)
      : null;
    const avsluttet = plan.fase === 'trukket' || plan.fase === 'avslatt';

    const voksneRader = voksne.map((v) => ({
      fornavn: v.fornavn,
      etternavn: v.etternavn,
      fodselsdato: addDays(addMonths(today, -12 * int(29, 54)), -int(0, 360)),
      telefon: `400 0${int(0, 9)} ${String(int(0, 999)).padStart(3, '0')}`,
      epost: random() < 0.7 ? `${fold(v.fornavn)}.${fold(v.etternavn)}@example.no` : null,
    }));
    const [sak] = await tx
      .insert(rekrutteringssak)
      .values({
        tjenesteId: eierId(plan.eier),
        ansvarligId: ansvarlig.id,
        navn,
        voksne: voksneRader,
        egneBarn,
        adresse,
        postnummer: sted?.postnummer ?? null,
        poststed: sted?.poststed ?? null,
        kommunenummer,
        kilde: plan.kilde,
        kildeDetalj: plan.kildeDetalj ?? null,
        hjemtyper: plan.hjemtyper ?? ['ordinaer'],
        fase: plan.fase,
        faseFra,
        forsteKontakt,
        samtykkeDato,
        avsluttetArsak: plan.arsak ?? null,
        avsluttetDato: avsluttet ? faseFra : null,
        godkjenningType: godkjent ? 'generell' : null,
        godkjentDato: godkjent,
        godkjentAv: godkjent ? lederBufetat.navn : null,
      })
      .returning({ id: rekrutteringssak.id });
    if (!sak) throw new Error('insert failed');
    antall++;

    // Who moved the case: its own recruiter, now and then a municipal recruiter in a shared
    // case (the information meeting is held together), and the head for the approval.
    const hvem = (fase: string): Bruker => {
      if (fase === 'tilgjengelig') return plan.eier === 'bufetat' ? lederBufetat : rekrutterer.bergen;
      if (plan.delt && plan.eier === 'bufetat' && fase === 'informasjonsmote' && n % 2 === 0)
        return n % 4 === 0 ? rekrutterer.bergen : rekrutterer.oygarden;
      return ansvarlig;
    };
    await tx.insert(rekrutteringFasehistorikk).values(
      faser.map((fase, i) => {
        const av = hvem(fase);
        return {
          tjenesteId: eierId(plan.eier),
          sakId: sak.id,
          fase: fase as LopFase,
          fra: fraDatoer[i] as string,
          til: i < faser.length - 1 ? (fraDatoer[i + 1] as string) : null,
          endretAv: av.id,
          endretAvTjenesteId: av.tjenesteId,
          notat:
            plan.tilbake && i === faser.length - 2
              ? 'Familien ba om mer tid til å fullføre opplæringen før utredningen fortsetter.'
              : null,
        };
      }),
    );

    // Checklist points: every point of a stage passed, some of the stage the case is in.
    const punkter: (typeof rekrutteringSjekkpunkt.$inferInsert)[] = [];
    const gjort = new Set<string>();
    faser.forEach((fase, i) => {
      const definisjon = pipeline.faser.find((f) => f.id === fase);
      if (!definisjon) return;
      const fra = fraDatoer[i] as string;
      // Passed: the case moved on to a later stage (not back, not out of the pipeline).
      const neste = faser[i + 1];
      const passert =
        neste !== undefined &&
        (neste === 'formidlet' ||
          FASER_I_LOP.indexOf(neste as LopFase) > FASER_I_LOP.indexOf(fase as LopFase));
      const slutt = neste !== undefined ? (fraDatoer[i + 1] as string) : today;
      const aktuelle = gjeldendePunkter(definisjon, egneBarn).filter((p) => !gjort.has(p.id));
      const antallGjort = passert ? aktuelle.length : Math.floor(random() * aktuelle.length);
      const spenn = Math.max(0, Math.round((Date.parse(slutt) - Date.parse(fra)) / 86_400_000));
      aktuelle.slice(0, antallGjort).forEach((p, k) => {
        gjort.add(p.id);
        const av = p.id === 'godkjenningsvedtak' ? lederBufetat : ansvarlig;
        punkter.push({
          tjenesteId: eierId(plan.eier),
          sakId: sak.id,
          punktId: p.id,
          dato:
            p.id === 'godkjenningsvedtak' && godkjent
              ? godkjent
              : addDays(fra, Math.round((spenn * (k + 1)) / (antallGjort + 1))),
          notat: null,
          utfortAv: av.id,
          utfortAvTjenesteId: av.tjenesteId,
        });
      });
    });
    if (punkter.length) await tx.insert(rekrutteringSjekkpunkt).values(punkter);

    // The home-study report of a family past the assessment: written and finished by its
    // recruiter; approved by the head of Bufetat, except for the newest case in the approval
    // stage, whose report waits in the head's approval queue. An approval rests on its report.
    if (plan.fase === 'godkjenning' || plan.fase === 'tilgjengelig') {
      const utredningFra = fraDatoer[faser.lastIndexOf('utredning')] as string;
      const ferdig = addDays(fraDatoer[faser.indexOf('godkjenning')] as string, -2);
      const godkjennes = plan.fase === 'tilgjengelig' || plan.dager > 10;
      const rapportId = await seedSosialrapport(tx, {
        tjenesteId: eierId(plan.eier),
        sakId: sak.id,
        forfatter: ansvarlig.id,
        leder: godkjennes ? lederBufetat.id : null,
        opprettet: addDays(utredningFra, 3),
        ferdig,
        innhold: sosialrapportInnhold({
          navn,
          voksne,
          egneBarn,
          hjemtyper: plan.hjemtyper ?? ['ordinaer'],
          poststed: sted?.poststed ?? null,
          utredningFra,
          konklusjon: ferdig,
          nr: n,
        }),
        familie: navn,
      });
      if (godkjent)
        await tx
          .update(rekrutteringssak)
          .set({ rapportDokumentId: rapportId })
          .where(eq(rekrutteringssak.id, sak.id));
    }

    // Consent: Bufetat shares with both municipalities, Bergen with Bufetat.
    if (samtykkeDato) {
      const mottakere = plan.eier === 'bufetat' ? [ids.bergen, ids.oygarden] : [ids.bufetat];
      await tx.insert(rekrutteringDeling).values(
        mottakere.map((tjenesteId) => ({
          sakId: sak.id,
          tjenesteId,
          eierTjenesteId: eierId(plan.eier),
          samtykkeDato,
          registrertAv: ansvarlig.id,
        })),
      );
    }

    // A home linked to a child has become a foster home in Bergen.
    if (plan.fase === 'formidlet') {
      const fosterhjemId = await opprettFosterhjem(tx, ids.bergen, {
        navn,
        voksne: voksneRader,
        adresse,
        postnummer: sted?.postnummer ?? null,
        poststed: sted?.poststed ?? null,
        kommunenummer,
        godkjentDato: godkjent as string,
      });
      await tx.update(rekrutteringssak).set({ fosterhjemId }).where(eq(rekrutteringssak.id, sak.id));
      formidlet.push(fosterhjemId);
    }
  }

  const sok = await seedNettverkssok(tx, ids.bergen, today);
  const gjen = await seedGjenrekruttering(tx, ids.bergen, rekrutterer.bergen, today);
  return { saker: antall, formidlet, nettverkssok: sok, gjenrekruttering: gjen };
}

/**
 * A home-study report as the app leaves it: created as a draft, finished by its author (to the
 * head's approval queue, as the template asks for four eyes) and, when `leder` is given,
 * approved; one revision per step.
 */
async function seedSosialrapport(
  tx: Tx,
  r: {
    tjenesteId: string;
    sakId: string;
    forfatter: string;
    leder: string | null;
    opprettet: string;
    ferdig: string;
    innhold: Record<string, unknown>;
    /** The family's name, after the template's title (as the app titles a new document). */
    familie: string;
  },
): Promise<string> {
  const mal = lastMaler().get(SOSIALRAPPORT_MAL);
  if (!mal) throw new Error(`template ${SOSIALRAPPORT_MAL} missing`);
  const godkjent = r.leder ? addDays(r.ferdig, 1) : null;
  const [doc] = await tx
    .insert(dokument)
    .values({
      tjenesteId: r.tjenesteId,
      rekrutteringssakId: r.sakId,
      malId: mal.id,
      malVersjon: mal.versjon,
      mal,
      sprak: 'nb',
      tittel: `${mal.tittel.nb} – ${r.familie}`,
      innhold: r.innhold,
      status: r.leder ? 'godkjent' : 'til_godkjenning',
      revisjon: r.leder ? 3 : 2,
      forfatterId: r.forfatter,
      ferdigstiltAv: r.forfatter,
      ferdigstilt: kl(r.ferdig, 14),
      godkjentAv: r.leder,
      godkjent: godkjent ? kl(godkjent, 10) : null,
      createdAt: kl(r.opprettet, 9),
      updatedAt: kl(godkjent ?? r.ferdig, godkjent ? 10 : 14),
    })
    .returning({ id: dokument.id });
  if (!doc) throw new Error('insert failed');
  const steg: [(typeof dokument.$inferSelect)['status'], string, Date][] = [
    ['utkast', r.forfatter, kl(addDays(r.ferdig, -3), 15)],
    ['til_godkjenning', r.forfatter, kl(r.ferdig, 14)],
  ];
  if (r.leder && godkjent) steg.push(['godkjent', r.leder, kl(godkjent, 10)]);
  await tx.insert(dokumentRevisjon).values(
    steg.map(([status, av, lagret], i) => ({
      tjenesteId: r.tjenesteId,
      dokumentId: doc.id,
      versjon: 1,
      revisjon: i + 1,
      innhold: r.innhold,
      status,
      lagretAv: av,
      lagret,
    })),
  );
  return doc.id;
}

async function opprettFosterhjem(
  tx: Tx,
  tjenesteId: string,
  h: {
    navn: string;
    voksne: RekrutteringVoksen[];
    adresse: string | null;
    postnummer: string | null;
    poststed: string | null;
    kommunenummer: string;
    godkjentDato: string;
  },
): Promise<string> {
  const [kontakt] = await tx
    .select({ id: users.id, teamId: users.teamId })
    .from(users)
    .where(and(eq(users.tjenesteId, tjenesteId), eq(users.username, 'kontaktperson.bergen')));
  const [hjem] = await tx
    .insert(fosterhjem)
    .values({
      tjenesteId,
      navn: h.navn,
      adresse: h.adresse,
      postnummer: h.postnummer,
      poststed: h.poststed,
      kommunenummer: h.kommunenummer,
      godkjentDato: h.godkjentDato,
      kontaktpersonId: kontakt?.id ?? null,
      teamId: kontakt?.teamId ?? null,
    })
    .returning({ id: fosterhjem.id });
  if (!hjem) throw new Error('insert failed');
  await tx.insert(fosterhjemMedlem).values(
    h.voksne.map((v) => ({
      tjenesteId,
      fosterhjemId: hjem.id,
      rolle: 'fosterforelder' as const,
      fornavn: v.fornavn,
      etternavn: v.etternavn,
      fodselsdato: v.fodselsdato,
      telefon: v.telefon,
      epost: v.epost,
    })),
  );
  return hjem.id;
}

/**
 * Completed searches in family and network, done before two children in Bergen moved to an
 * ordinary (neutral) foster home: who was considered and why none of them could take the child.
 */
async function seedNettverkssok(tx: Tx, tjenesteId: string, today: string): Promise<number> {
  const plasserte = await tx
    .select({
      barnId: barn.id,
      innflytting: plassering.innflytting,
      kontaktpersonId: barn.kontaktpersonId,
      fodselsdato: barn.fodselsdato,
      fornavn: barn.fornavn,
    })
    .from(plassering)
    .innerJoin(barn, eq(barn.id, plassering.barnId))
    .where(
      and(
        eq(plassering.tjenesteId, tjenesteId),
        eq(plassering.plasseringstype, 'ordinaer'),
        isNull(plassering.utflytting),
        isNotNull(barn.kontaktpersonId),
      ),
    )
    .orderBy(asc(plassering.innflytting), asc(barn.fodselsdato), asc(barn.fornavn))
    .limit(2);
  const [registrertAv] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'kontaktperson.bergen'));
  if (!registrertAv) return 0;
  const kandidater = [
    [
      {
        id: 'k1',
        navn: 'M. M.',
        relasjon: 'Mormor',
        vurdering: 'ikke_egnet' as const,
        begrunnelse: 'Helsen gjør at hun ikke kan ha omsorgen for et barn i barnets alder over tid.',
      },
      {
        id: 'k2',
        navn: 'T. B.',
        relasjon: 'Tante',
        vurdering: 'onsker_ikke' as const,
        begrunnelse: 'Ønsker å være besøkshjem og en fast voksen, men ikke fosterhjem.',
      },
      {
        id: 'k3',
        navn: 'Familien L.',
        relasjon: 'Naboer og nær familievenn',
        vurdering: 'ikke_aktuelt_barnets_beste' as const,
        begrunnelse: 'Bor i samme oppgang som foreldrene; konfliktnivået gjør det ikke til barnets beste.',
      },
    ],
    [
      {
        id: 'k1',
        navn: 'H. O.',
        relasjon: 'Farfar',
        vurdering: 'ikke_egnet' as const,
        begrunnelse: 'Politiattesten er ikke tilfredsstillende.',
      },
      {
        id: 'k2',
        navn: 'S. A.',
        relasjon: 'Fotballtrener',
        vurdering: 'onsker_ikke' as const,
        begrunnelse: 'Har ikke mulighet nå, men vil gjerne fortsette som støttekontakt.',
      },
    ],
  ];
  let n = 0;
  for (const [i, p] of plasserte.entries()) {
    const avsluttet = addDays(p.innflytting, -10);
    await tx.insert(nettverkssok).values({
      tjenesteId,
      barnId: p.barnId,
      startet: addDays(p.innflytting, -45),
      kandidater: kandidater[i] ?? [],
      fremgangsmate:
        'Familieråd med barnets foreldre og nettverk, samtaler med besteforeldre og søsken av foreldrene, og spørsmål til barnets skole og fritidsaktiviteter.',
      utfall: 'ingen_egnet',
      konklusjon:
        'Ingen i familien eller det nære nettverket kan eller bør være fosterhjem nå. Barnet skal ha jevnlig kontakt med de som ønsker det.',
      avsluttetDato: avsluttet < today ? avsluttet : today,
      avsluttetAv: p.kontaktpersonId ?? registrertAv.id,
      registrertAv: registrertAv.id,
    });
    n++;
  }
  return n;
}

/**
 * Open re-recruitment follow-ups for the two Bergen foster homes whose last placement ended most
 * recently: the home is to be asked whether it can take a new child.
 */
async function seedGjenrekruttering(tx: Tx, tjenesteId: string, av: Bruker, today: string): Promise<number> {
  const hjem = await tx
    .select({ id: fosterhjem.id, navn: fosterhjem.navn })
    .from(fosterhjem)
    .where(eq(fosterhjem.tjenesteId, tjenesteId))
    .orderBy(asc(fosterhjem.navn));
  if (hjem.length === 0) return 0;
  const plasseringer = await tx
    .select({
      id: plassering.id,
      fosterhjemId: plassering.fosterhjemId,
      utflytting: plassering.utflytting,
    })
    .from(plassering)
    .where(
      inArray(
        plassering.fosterhjemId,
        hjem.map((h) => h.id),
      ),
    );
  const ledige = hjem
    .map((h) => {
      const egne = plasseringer.filter((p) => p.fosterhjemId === h.id);
      if (egne.length === 0 || egne.some((p) => p.utflytting === null || p.utflytting > today)) return null;
      const siste = egne.reduce((a, b) => ((a.utflytting ?? '') >= (b.utflytting ?? '') ? a : b));
      return { fosterhjemId: h.id, plassering: siste, navn: h.navn };
    })
    .filter((x) => x !== null)
    .sort(
      (a, b) =>
        (b.plassering.utflytting ?? '').localeCompare(a.plassering.utflytting ?? '') ||
        a.navn.localeCompare(b.navn),
    )
    .slice(0, 2);
  for (const l of ledige) {
    const slutt = l.plassering.utflytting as string;
    // Followed up from the day the child moved out, with the same 30-day deadline as the module
    // (src/modules/rekruttering/gjenrekruttering.ts); an older end is taken up as if noticed lately.
    const opprettet = slutt < addMonths(today, -2) ? addDays(today, -12) : slutt;
    await tx.insert(gjenrekruttering).values({
      tjenesteId,
      fosterhjemId: l.fosterhjemId,
      plasseringId: l.plassering.id,
      opprettet,
      frist: addDays(opprettet, GJENREKRUTTERING_FRIST_DAGER),
      registrertAv: av.id,
    });
  }
  return ledige.length;
}
