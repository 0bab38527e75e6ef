import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringFasehistorikk, rekrutteringssak, tjeneste } from '@/db/schema';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import {
  type Hjemtype,
  type Kilde,
  rekrutteringOversikt,
  TID_FASER,
  TRAKT_FASER,
  UKJENT_ARSAK,
  UTFALL_FASER,
} from '@/domain/rekrutteringOversikt';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { RekrutteringOversiktSvar } from '@/modules/rekruttering/oversikt.schema';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import { type Locale, t } from '@/server/i18n';

export type OversiktPeriode = { fra?: string | undefined; til?: string | undefined };

/** The chosen period, or the last twelve months up to today: from the day after the same date a year ago. */
export function periodeFor(p: OversiktPeriode, today: string): { fra: string; til: string } {
  // A start after today alone gives a one-day period rather than a reversed one.
  const til = p.til ?? (p.fra && p.fra > today ? p.fra : today);
  return { fra: p.fra ?? addDays(addMonths(til, -12), 1), til };
}

/**
 * The recruitment overview for the cases the actor's organisation can see: those it owns and
 * those shared with it (row-level security decides; the transaction is scoped to the actor's
 * service). A head of a municipal service who sees cases owned by another organisation gets
 * counts from 1 to 4 hidden, as in the insights module (docs/decisions/0009-insights.md).
 */
export async function rekrutteringsoversikt(
  tx: Tx,
  actor: Actor,
  query: OversiktPeriode,
  handling: 'rekruttering.overview' | 'rekruttering.export' = 'rekruttering.overview',
  ekstra: Record<string, string> = {},
): Promise<RekrutteringOversiktSvar> {
  authorize(actor, 'rekruttering:read');
  const today = osloToday();
  const periode = periodeFor(query, today);
  const saker = await tx
    .select({
      id: rekrutteringssak.id,
      tjenesteId: rekrutteringssak.tjenesteId,
      kilde: rekrutteringssak.kilde,
      hjemtyper: rekrutteringssak.hjemtyper,
      fase: rekrutteringssak.fase,
      faseFra: rekrutteringssak.faseFra,
      forsteKontakt: rekrutteringssak.forsteKontakt,
      avsluttetArsak: rekrutteringssak.avsluttetArsak,
      godkjentDato: rekrutteringssak.godkjentDato,
    })
    .from(rekrutteringssak);
  const opphold = await tx
    .select({
      sakId: rekrutteringFasehistorikk.sakId,
      fase: rekrutteringFasehistorikk.fase,
      fra: rekrutteringFasehistorikk.fra,
      til: rekrutteringFasehistorikk.til,
    })
    .from(rekrutteringFasehistorikk);
  const [org] = await tx
    .select({ type: tjeneste.organisasjonstype })
    .from(tjeneste)
    .where(eq(tjeneste.id, actor.tjenesteId));
  const skjulSma =
    actor.rolle === 'leder' &&
    org?.type === 'kommune' &&
    saker.some((s) => s.tjenesteId !== actor.tjenesteId);
  const resultat = rekrutteringOversikt(
    saker.map((s) => ({ ...s, kilde: s.kilde as Kilde, hjemtyper: s.hjemtyper as Hjemtype[] })),
    opphold,
    periode,
    today,
    { skjulSma },
  );
  await auditBy(tx, actor, {
    handling,
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
    detaljer: { fra: periode.fra, til: periode.til, saker: saker.length, skjult: skjulSma, ...ekstra },
  });
  return { ...resultat, idag: today, etiketter: etiketter(actor.sprak) };
}

/** Stage, source and reason names from the pipeline, in the user's language. */
export function etiketter(sprak: Locale): RekrutteringOversiktSvar['etiketter'] {
  const p = lastPipeline();
  const navn = (liste: { id: string; tittel: { nb: string; nn: string } }[]) =>
    Object.fromEntries(liste.map((x) => [x.id, x.tittel[sprak]]));
  return {
    faser: navn([...p.faser, ...p.avsluttende]),
    kilder: navn(p.kilder),
    arsaker: {
      trukket: navn(p.arsaker.trukket),
      avslatt: navn(p.arsaker.avslatt),
      avsluttet: navn(p.arsaker.avsluttet),
    },
  };
}

type Celle = string | number | null;

/**
 * The overview's tables as rows for a CSV or Excel file: the same figures the page shows, a
 * hidden count as an empty cell. `alle` gives every table after each other, each under its title.
 */
export function oversiktTabeller(
  o: RekrutteringOversiktSvar,
  sprak: Locale,
): Record<'trakt' | 'konvertering' | 'tid' | 'utfall' | 'tilgjengelige', Celle[][]> {
  const k = (key: string, params?: Record<string, string | number>) =>
    t(sprak, `rekrutteringOversikt.${key}`, params);
  const fase = (f: string) => o.etiketter.faser[f] ?? f;
  const kilde = (kode: string | null) =>
    kode === null ? k('alleKilder') : (o.etiketter.kilder[kode] ?? kode);
  const prosent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  const rader = [o.trakt.totalt, ...o.trakt.perKilde];
  return {
    trakt: [
      [k('kilde'), ...TRAKT_FASER.map(fase)],
      ...rader.map((r) => [kilde(r.kilde), ...TRAKT_FASER.map((f) => r.nadd[f])]),
    ],
    konvertering: [
      [k('kilde'), ...TRAKT_FASER.slice(1).map((f) => k('tilFase', { fase: fase(f) }))],
      ...rader.map((r) => [kilde(r.kilde), ...TRAKT_FASER.slice(1).map((f) => prosent(r.konvertering[f]))]),
    ],
    tid: [
      [k('fase'), k('ferdigeAntall'), k('ferdigeMedian'), k('pagaendeAntall'), k('pagaendeMedian')],
      ...TID_FASER.map((f) => {
        const rad = o.tid.find((x) => x.fase === f);
        return [
          fase(f),
          rad?.ferdige.antall ?? null,
          rad?.ferdige.medianDager ?? null,
          rad?.pagaende.antall ?? null,
          rad?.pagaende.medianDager ?? null,
        ];
      }),
    ],
    utfall: [
      [k('utfall'), k('arsak'), k('antall')],
      [k('godkjent'), null, o.utfall.godkjent],
      [fase('formidlet'), null, o.utfall.formidlet],
      ...UTFALL_FASER.flatMap((f) => [
        [fase(f), k('alleArsaker'), o.utfall[f].antall] as Celle[],
        ...Object.entries(o.utfall[f].arsaker).map(
          ([kode, n]) =>
            [
              fase(f),
              kode === UKJENT_ARSAK ? k('ukjentArsak') : (o.etiketter.arsaker[f][kode] ?? kode),
              n,
            ] as Celle[],
        ),
      ]),
    ],
    tilgjengelige: [
      [k('hjemtype'), k('antall'), k('ventetidMedian'), k('ventetidLengste')],
      ...[o.tilgjengelige.totalt, ...o.tilgjengelige.perType].map((r) => [
        r.hjemtype === null ? k('alleTyper') : k(`hjemtype.${r.hjemtype}`),
        r.antall,
        r.medianDager,
        r.lengsteDager,
      ]),
    ],
  };
}

/** One table, or every table under its title with an empty row between. */
export function eksportRader(
  o: RekrutteringOversiktSvar,
  sprak: Locale,
  tabell: 'alle' | keyof ReturnType<typeof oversiktTabeller>,
): Celle[][] {
  const tabeller = oversiktTabeller(o, sprak);
  if (tabell !== 'alle') return tabeller[tabell];
  const periode = t(sprak, 'rekrutteringOversikt.periode', { fra: o.periode.fra, til: o.periode.til });
  return [
    [periode],
    ...Object.entries(tabeller).flatMap(([navn, rader]) => [
      [],
      [t(sprak, `rekrutteringOversikt.tabell.${navn}`)],
      ...rader,
    ]),
  ];
}
