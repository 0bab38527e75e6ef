import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { inTjeneste } from '@/db/context';
import { barn, oppgave, plassering, team, tjeneste } from '@/db/schema';
import {
  etterlevelse,
  flyttemal,
  medianVarighet,
  type OppgaveFakta,
  type Periode,
  type PlasseringFakta,
  skjul,
} from '@/domain/innsikt';
import { addMonths } from '@/domain/plasseringsforlop';
import type { Actor } from '@/modules/core/actor';
import { mineSamarbeidMedTjenester } from '@/modules/core/samarbeid';
import { auditBy } from '@/modules/core/writeAudit';
import { brukFor } from '@/modules/innsikt/produktBruk';
import { troskapFor } from '@/modules/program/fidelity';
import { forbidden } from '@/server/errors';

type Fakta = {
  plasseringer: (PlasseringFakta & { teamId: string | null })[];
  oppgaver: (OppgaveFakta & { teamId: string | null })[];
};

/** The facts of the service the transaction is scoped to (row-level security decides which). */
async function fakta(tx: Tx): Promise<Fakta> {
  const plasseringer = await tx
    .select({ p: plassering, teamId: barn.teamId })
    .from(plassering)
    .innerJoin(barn, eq(barn.id, plassering.barnId));
  const oppgaver = await tx
    .select({
      barnId: oppgave.barnId,
      regel: oppgave.regel,
      frist: oppgave.frist,
      fullfortDato: oppgave.fullfortDato,
      avvikNyFrist: oppgave.avvikNyFrist,
      teamId: barn.teamId,
    })
    .from(oppgave)
    .innerJoin(barn, eq(barn.id, oppgave.barnId));
  return { plasseringer: plasseringer.map(({ p, teamId }) => ({ ...p, teamId })), oppgaver };
}

/** Every measure for one group of placements and tasks. */
export function maal(f: Pick<Fakta, 'plasseringer' | 'oppgaver'>, periode: Periode) {
  return {
    flytting: flyttemal(f.plasseringer, periode),
    medianDager: medianVarighet(f.plasseringer, periode.til),
    etterlevelse: etterlevelse(f.oppgaver, periode.til),
  };
}
export type Maal = ReturnType<typeof maal>;

/** Unintended moves per 100 placement-years, quarter by quarter for the last two years. */
function trend(f: Fakta, til: string) {
  return Array.from({ length: 8 }, (_, i) => {
    const slutt = addMonths(til, -3 * (7 - i));
    // Quarters follow each other without overlap: each starts the day after the previous ends.
    const forrigeSlutt = addMonths(til, -3 * (8 - i));
    const periode = {
      fra: new Date(Date.parse(`${forrigeSlutt}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      til: slutt,
    };
    const m = flyttemal(f.plasseringer, periode);
    return {
      fra: periode.fra,
      til: periode.til,
      utilsiktet: m.utilsiktet,
      utilsiktetPer100Ar: m.utilsiktetPer100Ar,
    };
  });
}

/**
 * The head of service's (or team leader's) view: the service as a whole, each team, and the
 * trend. Inside their own service the numbers are not suppressed: the reader may open the cases.
 */
export async function tjenesteInnsikt(tx: Tx, actor: Actor, periode: Periode) {
  const f = await fakta(tx);
  const teams = await tx.select().from(team);
  const synlige = actor.rolle === 'leder' ? teams : teams.filter((t) => t.id === actor.teamId);
  const [tj] = await tx.select().from(tjeneste).where(eq(tjeneste.id, actor.tjenesteId));
  await auditBy(tx, actor, {
    handling: 'innsikt.read',
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
    detaljer: { ...periode },
  });
  return {
    periode,
    tjeneste: {
      id: actor.tjenesteId,
      navn: (actor.sprak === 'nn' && tj?.navnNn) || tj?.navn || '',
      maal: actor.rolle === 'leder' ? maal(f, periode) : null,
    },
    team: synlige.map((t) => ({
      id: t.id,
      navn: t.navn,
      maal: maal(
        {
          plasseringer: f.plasseringer.filter((p) => p.teamId === t.id),
          oppgaver: f.oppgaver.filter((o) => o.teamId === t.id),
        },
        periode,
      ),
    })),
    // A team leader's trend is their team's, like the rest of their view.
    trend: trend(
      actor.rolle === 'leder'
        ? f
        : {
            plasseringer: f.plasseringer.filter((p) => p.teamId === actor.teamId),
            oppgaver: f.oppgaver.filter((o) => o.teamId === actor.teamId),
          },
      periode.til,
    ),
  };
}

/** Counts from 1 to 4 hidden, and shares built on such counts hidden with them. */
export function skjulSmaTall(m: Maal): Maal & { skjult: boolean } {
  const fl = m.flytting;
  const skjult = fl.barn > 0 && fl.barn < 5;
  const n = (x: number) => (skjult ? null : skjul(x));
  const andel = (teller: number, nevner: number, verdi: number | null) =>
    skjul(teller) === null || skjul(nevner) === null ? null : verdi;
  return {
    skjult,
    medianDager: skjult ? null : m.medianDager,
    flytting: {
      ...fl,
      plasseringer: n(fl.plasseringer) as number,
      barn: n(fl.barn) as number,
      avsluttet: n(fl.avsluttet) as number,
      utilsiktet: n(fl.utilsiktet) as number,
      utilsiktetPer100Ar: skjult || skjul(fl.utilsiktet) === null ? null : fl.utilsiktetPer100Ar,
      utilsiktetAndel: andel(fl.utilsiktet, fl.avsluttet, fl.utilsiktetAndel),
      forsteAr: {
        kohort: n(fl.forsteAr.kohort) as number,
        utilsiktet: n(fl.forsteAr.utilsiktet) as number,
        andel: andel(fl.forsteAr.utilsiktet, fl.forsteAr.kohort, fl.forsteAr.andel),
      },
      etterType: Object.fromEntries(
        Object.entries(fl.etterType).map(([k, v]) => [
          k,
          { avsluttet: n(v.avsluttet) as number, utilsiktet: n(v.utilsiktet) as number },
        ]),
      ),
      etterInitiativ: Object.fromEntries(
        Object.entries(fl.etterInitiativ).map(([k, v]) => [k, n(v) as number]),
      ),
      etterArsak: Object.fromEntries(Object.entries(fl.etterArsak).map(([k, v]) => [k, n(v) as number])),
    },
    etterlevelse: Object.fromEntries(
      Object.entries(m.etterlevelse).map(([k, v]) => {
        const antall = 'barn' in v ? v.barn : v.antall;
        return [
          k,
          skjul(antall) === null
            ? {
                ...v,
                andel: null,
                ...('barn' in v ? { barn: null, oppfylt: null } : { antall: null, iTide: null }),
              }
            : v,
        ];
      }),
    ) as unknown as Maal['etterlevelse'],
  };
}

type ProgramRad = Pick<
  Awaited<ReturnType<typeof troskapFor>>[number],
  'programId' | 'programNavn' | 'startet' | 'akseptert' | 'alleGjennomfort' | 'alleITide'
>;
type ProduktTall = { adoptert: number; iBruk: number };

/**
 * The network coordinator's view across the learning networks and inter-municipal cooperations
 * their service belongs to (not the recruitment collaboration with Bufetat, which has no
 * children of its own): each municipal service's figures, computed inside that service's own
 * row-level security scope, so that only aggregates leave it, with small numbers suppressed.
 * No personal data crosses a service.
 */
export async function samarbeidInnsikt(db: Db, actor: Actor, periode: Periode) {
  const grupper = await inTjeneste(db, actor.tjenesteId, async (tx) => {
    const mine = await mineSamarbeidMedTjenester(tx, actor.tjenesteId);
    if (!mine.length) throw forbidden();
    await auditBy(tx, actor, {
      handling: 'innsikt.read',
      entitetType: 'tjeneste',
      detaljer: { samarbeid: mine.length, ...periode },
    });
    return mine;
  });
  const cache = new Map<
    string,
    { maal: Maal; fakta: Fakta; program: ProgramRad[]; produkter: ProduktTall }
  >();
  for (const g of grupper) {
    for (const t of g.tjenester) {
      if (!cache.has(t.id)) {
        cache.set(
          t.id,
          await inTjeneste(db, t.id, async (tx) => {
            const f = await fakta(tx);
            // Programme fidelity (already suppressed) and product use, as counts only.
            const program = (await troskapFor(tx, actor.sprak, periode.fra, periode.til)).map((p) => ({
              programId: p.programId,
              programNavn: p.programNavn,
              startet: p.startet,
              akseptert: p.akseptert,
              alleGjennomfort: p.alleGjennomfort,
              alleITide: p.alleITide,
            }));
            const bruk = await brukFor(tx, t.id, actor.sprak, periode);
            const produkter = {
              adoptert: bruk.filter((b) => b.status === 'adoptert').length,
              iBruk: bruk.filter((b) => b.status === 'adoptert' && b.dokumenter + b.samlinger > 0).length,
            };
            return { maal: maal(f, periode), fakta: f, program, produkter };
          }),
        );
      }
    }
  }
  return {
    periode,
    samarbeid: grupper.map((g) => {
      const alle: Fakta = { plasseringer: [], oppgaver: [] };
      for (const t of g.tjenester) {
        const f = cache.get(t.id)?.fakta;
        if (f) {
          alle.plasseringer.push(...f.plasseringer);
          alle.oppgaver.push(...f.oppgaver);
        }
      }
      const tjenester = g.tjenester.map((t) => {
        const c = cache.get(t.id) as NonNullable<ReturnType<typeof cache.get>>;
        return {
          id: t.id,
          navn: (actor.sprak === 'nn' && t.navnNn) || t.navn,
          maal: skjulSmaTall(c.maal),
          program: c.program,
          produkter: c.produkter,
        };
      });
      return {
        id: g.id,
        navn: g.navn,
        // A service knows its own figures: a total would give away a hidden neighbour's by subtraction.
        samlet: skjulMedDeler(
          skjulSmaTall(maal(alle, periode)),
          tjenester.map((t) => t.maal),
        ),
        tjenester,
      };
    }),
  };
}

/** Hides every figure of a total where any of its parts is hidden (secondary suppression). */
export function skjulMedDeler<T>(total: T, deler: unknown[]): T {
  if (typeof total === 'number') return (deler.some((d) => d === null) ? null : total) as T;
  if (total && typeof total === 'object') {
    return Object.fromEntries(
      Object.entries(total as Record<string, unknown>).map(([k, v]) => [
        k,
        skjulMedDeler(
          v,
          deler.map((d) => (d && typeof d === 'object' ? (d as Record<string, unknown>)[k] : d)),
        ),
      ]),
    ) as T;
  }
  return total;
}
