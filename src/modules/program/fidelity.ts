import { and, gte, inArray, lte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { programforlop, programokt } from '@/db/schema';
import { skjul } from '@/domain/innsikt';
import { I_TIDE_DAGER, troskap } from '@/domain/program';
import type { Actor } from '@/modules/core/actor';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { Fidelity } from '@/modules/program/program.schema';
import { lastProgrammer } from '@/modules/program/programFormat';

export const DEFINISJON = {
  nb: `Tallene gjelder forløp som startet i perioden. «Alle gjennomført» betyr at hver samling ble holdt. «I rett tid» betyr at hver samling ble holdt senest ${I_TIDE_DAGER} dager etter datoen programmets egen plan ga den da forløpet startet; å flytte en samling flytter ikke denne datoen. Antall fra 1 til 4 vises ikke, og heller ikke andeler bygd på dem.`,
  nn: `Tala gjeld forløp som starta i perioden. «Alle gjennomførte» tyder at kvar samling vart halden. «I rett tid» tyder at kvar samling vart halden seinast ${I_TIDE_DAGER} dagar etter datoen planen til programmet gav ho då forløpet starta; å flytte ei samling flyttar ikkje denne datoen. Tal frå 1 til 4 blir ikkje viste, og heller ikkje andelar bygde på dei.`,
};

/** The fidelity counts for the service in scope (row-level security), suppressed. */
export async function troskapFor(
  tx: Tx,
  sprak: 'nb' | 'nn',
  fra: string,
  til: string,
): Promise<Fidelity['programmer']> {
  const runs = await tx
    .select()
    .from(programforlop)
    .where(and(gte(programforlop.foreslatt, fra), lte(programforlop.foreslatt, til)));
  const okter = runs.length
    ? await tx
        .select({
          forlopId: programokt.forlopId,
          nummer: programokt.nummer,
          status: programokt.status,
          gjennomfort: programokt.gjennomfort,
        })
        .from(programokt)
        .where(
          inArray(
            programokt.forlopId,
            runs.map((r) => r.id),
          ),
        )
    : [];
  const andel = (teller: number, nevner: number) =>
    skjul(teller) === null || skjul(nevner) === null || nevner === 0
      ? null
      : Math.round((teller / nevner) * 1000) / 1000;
  const programmer = [...lastProgrammer().values()].map((p) => {
    const t = troskap(
      runs
        .filter((r) => r.programId === p.id)
        .map((r) => ({
          status: r.status,
          start: r.foreslatt,
          svarDato: r.svarDato,
          okter: okter.filter((o) => o.forlopId === r.id),
        })),
      { fra, til },
      p.planlegging,
      p.samlinger.length,
    );
    return {
      programId: p.id,
      programNavn: p.navn[sprak],
      antallOkter: p.samlinger.length,
      startet: skjul(t.startet),
      akseptert: skjul(t.akseptert),
      avslatt: skjul(t.avslatt),
      avbrutt: skjul(t.avbrutt),
      alleGjennomfort: skjul(t.alleGjennomfort),
      alleITide: skjul(t.alleITide),
      andelAkseptert: andel(t.akseptert, t.startet),
      andelAlleGjennomfort: andel(t.alleGjennomfort, t.startet),
      andelAlleITide: andel(t.alleITide, t.startet),
    };
  });
  return programmer;
}

/**
 * Fidelity per programme for the service (head of service and team leaders): how many runs
 * started in the period were accepted, declined, ended early, got every session, and got every
 * session on time. Small numbers are suppressed as in the insight figures.
 */
export async function fidelity(tx: Tx, actor: Actor, fra: string, til: string): Promise<Fidelity> {
  authorize(actor, 'innsikt:tjeneste');
  const programmer = await troskapFor(tx, actor.sprak, fra, til);
  await auditBy(tx, actor, {
    handling: 'innsikt.read',
    entitetType: 'tjeneste',
    entitetId: actor.tjenesteId,
    detaljer: { rapport: 'program_troskap', fra, til },
  });
  return { fra, til, definisjon: DEFINISJON, programmer };
}
