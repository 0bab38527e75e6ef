/**
 * Demo contact (samvær) for children on a care order: plans for their parents that change over
 * time as the relationship develops (seeds/003 §5.5.1), the past sessions of the last months
 * (held, one cancelled, reports received, some reviewed with the checklist template) and the
 * sessions planned for the coming weeks. Synthetic; deterministic in content for a given random.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  barn,
  dokument,
  dokumentRevisjon,
  familiemedlem,
  plassering,
  samvaer,
  samvaersplan,
  tjeneste,
  users,
} from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import {
  type AvlystArsak,
  planlagteDatoer,
  planPaDato,
  type SamvaerGrunnlag,
  type SamvaerPer,
  type SamvaerTilsyn,
} from '@/domain/samvaer';
import { aktiveMaler } from '@/modules/katalog/aktivering';
import { lastMaler } from '@/modules/maler/malFormat';
import { GJENNOMGANG_MAL } from '@/modules/samvaer/samvaer';
import { kl } from '@/seed/klokke';

type M = 'nb' | 'nn';
type Tekst = Record<M, string>;

const STED: Record<SamvaerTilsyn, Tekst[]> = {
  beskyttet: [{ nb: 'Samværsrommet hos barnevernstjenesten', nn: 'Samværsrommet hos barnevernstenesta' }],
  stottet: [
    { nb: 'Familiens hus', nn: 'Familiane sitt hus' },
    { nb: 'Biblioteket og kafeen i sentrum', nn: 'Biblioteket og kafeen i sentrum' },
    { nb: 'Lekeland, deretter middag på kafé', nn: 'Leikeland, så middag på kafé' },
  ],
  uten: [
    { nb: 'Hjemme hos forelderen', nn: 'Heime hos forelderen' },
    { nb: 'Hjemme hos forelderen, med overnatting', nn: 'Heime hos forelderen, med overnatting' },
  ],
};

const BEGRUNNELSE = {
  forste: {
    nb: 'Barneverns- og helsenemnda fastsatte samvær i vedtaket om omsorgsovertakelse. Tilsynet skal gi barnet trygghet mens relasjonen bygges opp igjen.',
    nn: 'Barnevern- og helsenemnda fastsette samvær i vedtaket om omsorgsovertaking. Tilsynet skal gi barnet tryggleik medan relasjonen blir bygd opp att.',
  },
  utvidet: {
    nb: 'Samværene har gått godt over tid. Barnet gleder seg før og er rolig etter, og forelderen følger opp avtalene. Vi utvider samværet etter avtale med forelderen og fosterforeldrene.',
    nn: 'Samværa har gått godt over tid. Barnet gler seg før og er roleg etter, og forelderen følgjer opp avtalane. Vi utvidar samværet etter avtale med forelderen og fosterforeldra.',
  },
  friere: {
    nb: 'Rapportene viser god kontakt og trygt samspill. Tilsyn er ikke lenger nødvendig, og barnet har selv sagt at det ønsker mer tid hjemme.',
    nn: 'Rapportane viser god kontakt og trygt samspel. Tilsyn er ikkje lenger naudsynt, og barnet har sjølv sagt at det ønskjer meir tid heime.',
  },
  redusert: {
    nb: 'Barnet har over flere måneder reagert sterkt etter samværene, med søvnvansker og uro på skolen. Vi går tilbake til kortere samvær med støtte mens vi arbeider videre med relasjonen, og evaluerer igjen om tre måneder.',
    nn: 'Barnet har over fleire månader reagert sterkt etter samværa, med søvnvanskar og uro på skulen. Vi går tilbake til kortare samvær med støtte medan vi arbeider vidare med relasjonen, og evaluerer på nytt om tre månader.',
  },
} satisfies Record<string, Tekst>;

const AVLYST: { arsak: AvlystArsak; notat: Tekst }[] = [
  {
    arsak: 'forelder_mott_ikke',
    notat: {
      nb: 'Forelderen kom ikke og svarte ikke på telefon. Barnet ble lei seg; fosterforeldrene forklarte og trøstet.',
      nn: 'Forelderen kom ikkje og svarte ikkje på telefon. Barnet vart lei seg; fosterforeldra forklarte og trøysta.',
    },
  },
  {
    arsak: 'barnet_syk',
    notat: {
      nb: 'Barnet hadde feber. Nytt samvær ble avtalt med forelderen.',
      nn: 'Barnet hadde feber. Nytt samvær vart avtalt med forelderen.',
    },
  },
  {
    arsak: 'forelder_avlyste',
    notat: {
      nb: 'Forelderen meldte avbud dagen før på grunn av sykdom.',
      nn: 'Forelderen melde avbod dagen før på grunn av sjukdom.',
    },
  },
];

const UNDER: Tekst[] = [
  {
    nb: 'Barnet gikk rett bort til forelderen og ville vise tegningene sine. De spilte et brettspill og lo mye. Ved avskjeden ble barnet stille, men lot seg trøste.',
    nn: 'Barnet gjekk rett bort til forelderen og ville vise teikningane sine. Dei spelte eit brettspel og lo mykje. Ved avskjeden vart barnet stille, men lét seg trøyste.',
  },
  {
    nb: 'Rolig samvær. Forelderen hadde med mat barnet liker, og de snakket om skolen. Forelderen tok imot råd fra tilsynsføreren om å ikke snakke om saken.',
    nn: 'Roleg samvær. Forelderen hadde med mat barnet likar, og dei snakka om skulen. Forelderen tok imot råd frå tilsynsføraren om å ikkje snakke om saka.',
  },
];

type PlanRad = typeof samvaersplan.$inferInsert & {
  fra: string;
  antall: number;
  per: SamvaerPer;
  tilsyn: SamvaerTilsyn;
};

function verktoy(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T =>
    list[Math.min(list.length - 1, Math.floor(random() * list.length))] as T;
  return { int, chance, pick };
}

export type SeedSamvaerResult = { planer: number; samvaer: number; gjennomganger: number };

/**
 * Seeds contact for up to `antallBarn` children per service who live in a foster home under a
 * care order (bvl. § 5-1) and have a mother or father on record; the demo contact person's own
 * children first, so the demo user meets them. Runs as the table owner, after the treasure map:
 * reports are reviewed with the checklist only where the service has it switched on.
 */
export async function seedSamvaer(
  tx: Tx,
  tjenesteIder: string[],
  random: () => number,
  today: string,
  antallBarn = 8,
): Promise<SeedSamvaerResult> {
  const r = verktoy(random);
  const mal = lastMaler().get(GJENNOMGANG_MAL);
  const result: SeedSamvaerResult = { planer: 0, samvaer: 0, gjennomganger: 0 };
  for (const tjenesteId of tjenesteIder) {
    const [tj] = await tx.select({ kode: tjeneste.kode }).from(tjeneste).where(eq(tjeneste.id, tjenesteId));
    if (!tj) continue;
    const m: M = tj.kode === 'hv' ? 'nn' : 'nb';
    const kanGjennomga = mal !== undefined && (await aktiveMaler(tx, tjenesteId))(GJENNOMGANG_MAL);
    const aktive = await tx
      .select({ barn, innflytting: plassering.innflytting })
      .from(plassering)
      .innerJoin(barn, eq(barn.id, plassering.barnId))
      .where(
        and(
          eq(plassering.tjenesteId, tjenesteId),
          eq(plassering.hjemmel, 'bvl_5_1'),
          inArray(plassering.plasseringstype, ['ordinaer', 'slekt_nettverk']),
          or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
        ),
      )
      .orderBy(asc(barn.fodselsdato), asc(barn.fornavn));
    if (aktive.length === 0) continue;
    const foreldre = await tx
      .select()
      .from(familiemedlem)
      .where(
        and(
          inArray(
            familiemedlem.barnId,
            aktive.map((a) => a.barn.id),
          ),
          inArray(familiemedlem.relasjon, ['mor', 'far']),
        ),
      )
      .orderBy(asc(familiemedlem.relasjon), asc(familiemedlem.fornavn));
    const forste = new Map<string, string>();
    for (const p of await tx
      .select({ barnId: plassering.barnId, innflytting: plassering.innflytting })
      .from(plassering)
      .where(
        inArray(
          plassering.barnId,
          aktive.map((a) => a.barn.id),
        ),
      )) {
      const f = forste.get(p.barnId);
      if (!f || p.innflytting < f) forste.set(p.barnId, p.innflytting);
    }
    const [demo] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, `kontaktperson.${tj.kode}`));
    const kandidater = aktive.filter(
      (a) => a.barn.kontaktpersonId && foreldre.some((f) => f.barnId === a.barn.id),
    );
    const valgt = [
      ...kandidater.filter((a) => a.barn.kontaktpersonId === demo?.id).slice(0, 4),
      ...kandidater.filter((a) => a.barn.kontaktpersonId !== demo?.id),
    ].slice(0, antallBarn);

    const planRader: PlanRad[] = [];
    const oktRader: (typeof samvaer.$inferInsert)[] = [];
    const dokRader: (typeof dokument.$inferInsert)[] = [];
    const revRader: (typeof dokumentRevisjon.$inferInsert)[] = [];

    for (const { barn: b } of valgt) {
      const kp = b.kontaktpersonId as string;
      const start = forste.get(b.id) ?? today;
      const egne = foreldre.filter((f) => f.barnId === b.id);
      const mor = egne.find((f) => f.relasjon === 'mor');
      const med = egne.filter((f) => f === mor || !mor || r.chance(0.5));
      let avlystBrukt = false;
      for (const forelder of med) {
        // The plan history: decided contact with supervision, then changes as the relationship develops.
        const planer: PlanRad[] = [];
        const plan = (
          fra: string,
          p: {
            antall: number;
            per: SamvaerPer;
            timer: number;
            tilsyn: SamvaerTilsyn;
            grunnlag: SamvaerGrunnlag;
          },
          begrunnelse: Tekst,
        ) => {
          const sted = r.pick(STED[p.tilsyn])[m];
          planer.push({
            tjenesteId,
            barnId: b.id,
            familiemedlemId: forelder.id,
            fra,
            antall: p.antall,
            per: p.per,
            varighetTimer: p.timer,
            sted: p.tilsyn === 'uten' ? `${sted} (${forelder.relasjon})` : sted,
            tilsyn: p.tilsyn,
            grunnlag: p.grunnlag,
            begrunnelse: begrunnelse[m],
            registrertAv: kp,
            createdAt: kl(fra < today ? fra : today),
          });
        };
        const fra1 = addDays([start, addMonths(today, -36)].sort()[1] as string, 14);
        if (fra1 >= today) continue;
        plan(
          fra1,
          {
            antall: 1,
            per: 'maned',
            timer: 2,
            tilsyn: r.chance(0.6) ? 'beskyttet' : 'stottet',
            grunnlag: 'nemnd',
          },
          BEGRUNNELSE.forste,
        );
        const fra2 = addDays(fra1, r.int(150, 240));
        if (fra2 < addDays(today, -30)) {
          plan(
            fra2,
            { antall: 2, per: 'maned', timer: 3, tilsyn: 'stottet', grunnlag: 'avtale' },
            BEGRUNNELSE.utvidet,
          );
          const fra3 = addDays(fra2, r.int(150, 260));
          if (fra3 < addDays(today, -20)) {
            if (r.chance(0.3)) {
              plan(
                fra3,
                { antall: 1, per: 'maned', timer: 2, tilsyn: 'stottet', grunnlag: 'nemnd' },
                BEGRUNNELSE.redusert,
              );
            } else {
              plan(
                fra3,
                { antall: 1, per: 'uke', timer: 4, tilsyn: 'uten', grunnlag: 'avtale' },
                BEGRUNNELSE.friere,
              );
            }
          }
        }
        planRader.push(...planer);

        // Sessions: the last four months as they went, and the next two months as planned.
        const fraDato = addMonths(today, -4);
        const datoer = planer.flatMap((p, i) =>
          planlagteDatoer(p, { fra: fraDato, antall: 6, enhet: 'maned' }, [], planer[i + 1]?.fra ?? null),
        );
        for (const dato of datoer.filter((d) => d < addMonths(today, 2))) {
          const p = planPaDato(planer, dato);
          if (dato >= today) {
            oktRader.push({ tjenesteId, barnId: b.id, familiemedlemId: forelder.id, dato });
            continue;
          }
          if (!avlystBrukt && dato < addDays(today, -20) && r.chance(0.25)) {
            avlystBrukt = true;
            const a = r.pick(AVLYST);
            oktRader.push({
              tjenesteId,
              barnId: b.id,
              familiemedlemId: forelder.id,
              dato,
              status: 'avlyst',
              avlystArsak: a.arsak,
              notat: a.notat[m],
              version: 2,
            });
            continue;
          }
          const medTilsyn = p && p.tilsyn !== 'uten';
          const mottatt = medTilsyn ? addDays(dato, r.int(2, 8)) : null;
          const rapportMottatt = mottatt && mottatt < today ? mottatt : null;
          let gjennomgangDokumentId: string | null = null;
          if (
            kanGjennomga &&
            mal &&
            rapportMottatt &&
            rapportMottatt < addDays(today, -10) &&
            r.chance(0.7)
          ) {
            gjennomgangDokumentId = randomUUID();
            const ferdig = addDays(rapportMottatt, r.int(1, 6));
            const innhold = { samvaersdato: dato, mottatt: rapportMottatt, under: r.pick(UNDER)[m] };
            dokRader.push({
              id: gjennomgangDokumentId,
              tjenesteId,
              barnId: b.id,
              malId: mal.id,
              malVersjon: mal.versjon,
              mal,
              sprak: m,
              tittel: `${mal.tittel[m]} – ${b.fornavn} ${b.etternavn}`,
              innhold,
              status: 'ferdig',
              forfatterId: kp,
              ferdigstiltAv: kp,
              ferdigstilt: kl(ferdig, 14),
              createdAt: kl(rapportMottatt, 10),
              updatedAt: kl(ferdig, 14),
            });
            revRader.push({
              tjenesteId,
              dokumentId: gjennomgangDokumentId,
              versjon: 1,
              revisjon: 1,
              innhold,
              status: 'ferdig',
              lagretAv: kp,
              lagret: kl(ferdig, 14),
            });
          }
          oktRader.push({
            tjenesteId,
            barnId: b.id,
            familiemedlemId: forelder.id,
            dato,
            status: 'gjennomfort',
            rapportMottatt,
            gjennomgangDokumentId,
            version: rapportMottatt ? 3 : 2,
          });
        }
      }
    }
    if (planRader.length) await tx.insert(samvaersplan).values(planRader);
    if (dokRader.length) {
      await tx.insert(dokument).values(dokRader);
      await tx.insert(dokumentRevisjon).values(revRader);
    }
    for (let i = 0; i < oktRader.length; i += 500)
      await tx.insert(samvaer).values(oktRader.slice(i, i + 500));
    result.planer += planRader.length;
    result.samvaer += oktRader.length;
    result.gjennomganger += dokRader.length;
  }
  return result;
}
