/**
 * Demo programme runs (synthetic): En god start for recent placements in foster homes new to
 * the service, in different states (just proposed, under way with a late session, nearly done,
 * completed, and one stopped when the child moved out), and Veien videre for the parents of
 * children on a care order (accepted with conversations held, declined with a reason, just
 * proposed). Dates relative to today; texts in the service's language (hv writes nynorsk).
 */
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, familiemedlem, plassering, programforlop, programokt, tjeneste } from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { iOslo, planleggOkter } from '@/domain/program';
import { EN_GOD_START, lastProgrammer, type Program, VEIEN_VIDERE } from '@/modules/program/programFormat';

type M = 'nb' | 'nn';

const NOTAT_EGS: Record<M, string>[] = [
  {
    nb: 'Vi gikk gjennom hvordan de første ukene har vært. Fosterforeldrene forteller at barnet sover bedre nå, men er urolig ved leggetid. Avtalt fast kveldsrutine og at kontaktpersonen ringer om to uker.',
    nn: 'Vi gjekk gjennom korleis dei første vekene har vore. Fosterforeldra fortel at barnet søv betre no, men er uroleg ved leggjetid. Avtalt fast kveldsrutine og at kontaktpersonen ringjer om to veker.',
  },
  {
    nb: 'Samtale om samarbeidet med barnets mor. Fosterforeldrene kjenner seg usikre før samvær. Vi så filmen og snakket om hvordan de kan ta imot mor på en vennlig måte ved henting.',
    nn: 'Samtale om samarbeidet med mora til barnet. Fosterforeldra kjenner seg usikre før samvær. Vi såg filmen og snakka om korleis dei kan ta imot mor på ein venleg måte ved henting.',
  },
  {
    nb: 'Tema tilknytning. Fostermor har merket at barnet søker henne når det er lei seg. Refleksjonsspørsmålene ga en god samtale om hva barnet trenger for å føle seg trygt.',
    nn: 'Tema tilknyting. Fostermor har merka at barnet søkjer henne når det er lei seg. Refleksjonsspørsmåla gav ein god samtale om kva barnet treng for å kjenne seg trygt.',
  },
  {
    nb: 'Samtale om avvisning. Barnet har avvist fosterfar i perioder. Vi snakket om at dette ofte er en test av om de voksne blir værende, og om hvordan fosterfar kan holde ut uten å trekke seg unna.',
    nn: 'Samtale om avvising. Barnet har avvist fosterfar i periodar. Vi snakka om at dette ofte er ein test på om dei vaksne blir verande, og om korleis fosterfar kan halde ut utan å trekkje seg unna.',
  },
  {
    nb: 'Følelsesregulering: vi øvde på å sette ord på barnets følelser i rolige stunder. Fosterforeldrene prøver «først roe, så snakke» etter utbrudd.',
    nn: 'Kjensleregulering: vi øvde på å setje ord på kjenslene til barnet i rolege stunder. Fosterforeldra prøver «først roe, så snakke» etter utbrot.',
  },
  {
    nb: 'Evaluering av det første halvåret. Familien opplever at de har fått god støtte. Vi avtalte videre veiledning og at familien meldes på Trygg Base.',
    nn: 'Evaluering av det første halvåret. Familien opplever at dei har fått god støtte. Vi avtalte vidare rettleiing og at familien blir meld på Trygg Base.',
  },
];

const NOTAT_VV: Record<M, string>[] = [
  {
    nb: 'Første samtale. Forelderen fortalte om hvordan omsorgsovertakelsen har vært. Vi snakket om hva samarbeid med fosterfamilien kan bety, og hva forelderen ønsker å få ut av samtalene.',
    nn: 'Første samtale. Forelderen fortalde om korleis omsorgsovertakinga har vore. Vi snakka om kva samarbeid med fosterfamilien kan tyde, og kva forelderen ønskjer å få ut av samtalane.',
  },
  {
    nb: 'Samtale om å fortsatt være forelder. Forelderen vil gjerne sende bilder og et brev til bursdagen. Vi avtalte hvordan det kan gjøres, og snakket om samværene så langt.',
    nn: 'Samtale om å framleis vere forelder. Forelderen vil gjerne sende bilete og eit brev til bursdagen. Vi avtalte korleis det kan gjerast, og snakka om samværa så langt.',
  },
  {
    nb: 'Samtale om lojalitetskonflikt. Vi snakket om hvordan barnet kan ha det godt i fosterhjemmet uten å svikte forelderen, og hva forelderen kan si til barnet for å gi det lov.',
    nn: 'Samtale om lojalitetskonflikt. Vi snakka om korleis barnet kan ha det godt i fosterheimen utan å svikte forelderen, og kva forelderen kan seie til barnet for å gi det lov.',
  },
  {
    nb: 'Samtale om hvorfor barnet flyttet. Vi gikk gjennom hva som sto i vedtaket med enkle ord, og hva forelderen selv vil si til barnet.',
    nn: 'Samtale om kvifor barnet flytta. Vi gjekk gjennom kva som stod i vedtaket med enkle ord, og kva forelderen sjølv vil seie til barnet.',
  },
];

const DELTAKERE_EGS: Record<M, string[]> = {
  nb: ['Fostermor', 'Fosterfar', 'Kontaktperson'],
  nn: ['Fostermor', 'Fosterfar', 'Kontaktperson'],
};

const AVSLAG: Record<M, string> = {
  nb: 'Forelderen ønsker ikke faste samtaler nå og vil heller ha kontakt ved behov. Vi spør igjen om et halvt år.',
  nn: 'Forelderen ønskjer ikkje faste samtalar no og vil heller ha kontakt ved behov. Vi spør på nytt om eit halvt år.',
};

const FULLFORT: Record<M, string> = {
  nb: 'Alle samlingene gjennomført. Avslutningsevalueringen er skrevet.',
  nn: 'Alle samlingane er gjennomførte. Avslutningsevalueringa er skriven.',
};

type Plan = {
  /** Sessions held, from the first. */
  holdt: number;
  /** Sessions cancelled after those held (the rest stay planned). */
  avlyst?: number;
  status: 'foreslatt' | 'akseptert' | 'avslatt' | 'fullfort' | 'avbrutt';
  arsak?: string | null;
};

async function lagForlop(
  tx: Tx,
  tjenesteId: string,
  m: M,
  p: Program,
  today: string,
  run: {
    barnId: string;
    plasseringId: string | null;
    fosterhjemId: string | null;
    familiemedlemId: string | null;
    start: string;
    ansvarligId: string | null;
  },
  plan: Plan,
) {
  const datoer = planleggOkter(run.start, p.planlegging, p.samlinger.length);
  const svarDato = plan.status === 'foreslatt' ? null : run.start < today ? addDays(run.start, 3) : today;
  const [created] = await tx
    .insert(programforlop)
    .values({
      tjenesteId,
      programId: p.id,
      programVersjon: p.versjon,
      ...run,
      foreslatt: run.start,
      status: plan.status,
      svarDato: plan.status === 'avbrutt' && plan.holdt === 0 ? null : svarDato,
      arsak: plan.arsak ?? null,
    })
    .returning({ id: programforlop.id });
  if (!created) throw new Error('insert failed');
  const notater = p.malgruppe === 'foreldre' ? NOTAT_VV : NOTAT_EGS;
  await tx.insert(programokt).values(
    datoer.map((planlagt, i) => {
      const dato = iOslo(planlagt).dato;
      const holdt = i < plan.holdt;
      const avlyst =
        !holdt &&
        (plan.status === 'avslatt' || plan.status === 'avbrutt' || i < plan.holdt + (plan.avlyst ?? 0));
      // Held a few days either side of the plan, never after today.
      const gjennomfort = holdt
        ? ([dato, addDays(dato, 2), addDays(dato, -1), addDays(dato, 6)][i % 4] as string)
        : null;
      return {
        tjenesteId,
        forlopId: created.id,
        nummer: i + 1,
        planlagt,
        status: holdt ? ('gjennomfort' as const) : avlyst ? ('avlyst' as const) : ('planlagt' as const),
        gjennomfort: gjennomfort && gjennomfort > today ? today : gjennomfort,
        deltakere: holdt
          ? p.malgruppe === 'foreldre'
            ? ['Forelder', 'Kontaktperson']
            : DELTAKERE_EGS[m].slice(0, i % 3 === 1 ? 2 : 3)
          : [],
        notat: holdt ? (notater[i % notater.length]?.[m] ?? null) : null,
      };
    }),
  );
}

/** Seeds programme runs for every service with demo cases. */
export async function seedProgrammer(tx: Tx, tjenesteIds: string[], today: string) {
  const egs = lastProgrammer().get(EN_GOD_START);
  const vv = lastProgrammer().get(VEIEN_VIDERE);
  for (const tjenesteId of tjenesteIds) {
    const [tj] = await tx.select({ kode: tjeneste.kode }).from(tjeneste).where(eq(tjeneste.id, tjenesteId));
    const m: M = tj?.kode === 'hv' ? 'nn' : 'nb';

    if (egs) {
      // Placements of the last eight months, each the first one in its foster home.
      const recent = await tx
        .select({
          id: plassering.id,
          barnId: plassering.barnId,
          fosterhjemId: plassering.fosterhjemId,
          innflytting: plassering.innflytting,
          utflytting: plassering.utflytting,
          kontaktpersonId: barn.kontaktpersonId,
        })
        .from(plassering)
        .innerJoin(barn, eq(barn.id, plassering.barnId))
        .where(
          and(
            eq(plassering.tjenesteId, tjenesteId),
            gte(plassering.innflytting, addMonths(today, -8)),
            lte(plassering.innflytting, today),
          ),
        )
        .orderBy(desc(plassering.innflytting));
      const earlier = recent.length
        ? await tx
            .select({ fosterhjemId: plassering.fosterhjemId, innflytting: plassering.innflytting })
            .from(plassering)
            .where(
              inArray(
                plassering.fosterhjemId,
                recent.map((r) => r.fosterhjemId),
              ),
            )
        : [];
      const nye = recent.filter(
        (r) => !earlier.some((e) => e.fosterhjemId === r.fosterhjemId && e.innflytting < r.innflytting),
      );
      const ongoing = nye.filter((r) => r.utflytting === null || r.utflytting > today);
      // A placement that broke down within its first year, in the last twelve months.
      const [movedOut] = await tx
        .select({
          id: plassering.id,
          barnId: plassering.barnId,
          fosterhjemId: plassering.fosterhjemId,
          innflytting: plassering.innflytting,
          utflytting: plassering.utflytting,
          kontaktpersonId: barn.kontaktpersonId,
        })
        .from(plassering)
        .innerJoin(barn, eq(barn.id, plassering.barnId))
        .where(
          and(
            eq(plassering.tjenesteId, tjenesteId),
            ne(plassering.plasseringstype, 'beredskap'),
            gte(plassering.utflytting, addMonths(today, -12)),
            lte(plassering.utflytting, today),
            sql`${plassering.utflytting} between ${plassering.innflytting} + 45 and ${plassering.innflytting} + 330`,
          ),
        )
        .orderBy(desc(plassering.utflytting))
        .limit(1);
      const brukt = new Set<string>();
      for (const r of ongoing) {
        if (brukt.has(r.fosterhjemId)) continue;
        brukt.add(r.fosterhjemId);
        // How many sessions lay before today decides the state: later ones are planned.
        const datoer = planleggOkter(r.innflytting, egs.planlegging, egs.samlinger.length).map(
          (d) => iOslo(d).dato,
        );
        const forbi = datoer.filter((d) => d < today).length;
        const n = brukt.size;
        const plan: Plan =
          forbi === 0 || (n === 1 && forbi === 1)
            ? { status: n % 2 ? 'foreslatt' : 'akseptert', holdt: 0 }
            : forbi >= 6
              ? { status: 'fullfort', holdt: 6, arsak: FULLFORT[m] }
              : // Every third run lags one session behind, so the late marking shows.
                { status: 'akseptert', holdt: n % 3 === 0 ? forbi - 1 : forbi };
        await lagForlop(
          tx,
          tjenesteId,
          m,
          egs,
          today,
          {
            barnId: r.barnId,
            plasseringId: r.id,
            fosterhjemId: r.fosterhjemId,
            familiemedlemId: null,
            start: r.innflytting,
            ansvarligId: r.kontaktpersonId,
          },
          plan,
        );
        if (brukt.size >= 5) break;
      }
      if (movedOut && !brukt.has(movedOut.fosterhjemId)) {
        const datoer = planleggOkter(movedOut.innflytting, egs.planlegging, egs.samlinger.length).map(
          (d) => iOslo(d).dato,
        );
        await lagForlop(
          tx,
          tjenesteId,
          m,
          egs,
          today,
          {
            barnId: movedOut.barnId,
            plasseringId: movedOut.id,
            fosterhjemId: movedOut.fosterhjemId,
            familiemedlemId: null,
            start: movedOut.innflytting,
            ansvarligId: movedOut.kontaktpersonId,
          },
          {
            status: 'avbrutt',
            // The family took part in the first sessions; then the placement broke down.
            holdt: Math.min(3, datoer.filter((d) => d < (movedOut.utflytting as string)).length),
            arsak: 'utflytting',
          },
        );
      }
    }

    if (vv) {
      // Children placed under a care order now, and their parents.
      const omsorg = await tx
        .select({
          barnId: plassering.barnId,
          innflytting: plassering.innflytting,
          kontaktpersonId: barn.kontaktpersonId,
        })
        .from(plassering)
        .innerJoin(barn, eq(barn.id, plassering.barnId))
        .where(
          and(
            eq(plassering.tjenesteId, tjenesteId),
            eq(plassering.hjemmel, 'bvl_5_1'),
            or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
            isNotNull(barn.kontaktpersonId),
          ),
        )
        .orderBy(desc(plassering.innflytting))
        .limit(12);
      const foreldre = omsorg.length
        ? await tx
            .select({ id: familiemedlem.id, barnId: familiemedlem.barnId, relasjon: familiemedlem.relasjon })
            .from(familiemedlem)
            .where(
              and(
                inArray(
                  familiemedlem.barnId,
                  omsorg.map((o) => o.barnId),
                ),
                inArray(familiemedlem.relasjon, ['mor', 'far', 'forelder']),
              ),
            )
            .orderBy(asc(familiemedlem.relasjon))
        : [];
      let k = 0;
      const sett = new Set<string>();
      for (const o of omsorg) {
        if (sett.has(o.barnId)) continue;
        sett.add(o.barnId);
        const mine = foreldre.filter((f) => f.barnId === o.barnId);
        if (mine.length === 0) continue;
        k++;
        for (const [j, f] of mine.entries()) {
          // Case 1: accepted, two conversations held (first parent); the other parent declined.
          // Case 2: proposed a few days ago. Case 3: all four held and completed.
          const start =
            k === 1
              ? addDays(today, -60)
              : k === 2
                ? addDays(today, -5)
                : k === 3
                  ? addDays(today, -120)
                  : today;
          const plan: Plan =
            k === 1
              ? j === 0
                ? { status: 'akseptert', holdt: 2 }
                : { status: 'avslatt', holdt: 0, arsak: AVSLAG[m] }
              : k === 2
                ? { status: 'foreslatt', holdt: 0 }
                : { status: 'fullfort', holdt: 4, arsak: FULLFORT[m] };
          await lagForlop(
            tx,
            tjenesteId,
            m,
            vv,
            today,
            {
              barnId: o.barnId,
              plasseringId: null,
              fosterhjemId: null,
              familiemedlemId: f.id,
              start,
              ansvarligId: o.kontaktpersonId,
            },
            plan,
          );
        }
        if (k >= 3) break;
      }
    }
  }
}
