import { and, eq, gt, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, familiemedlem, fosterhjem, plassering } from '@/db/schema';
import { oktDatoer } from '@/domain/program';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { programAktivt } from '@/modules/katalog/aktivering';
import { EN_GOD_START, lastProgrammer, type Program, VEIEN_VIDERE } from '@/modules/program/programFormat';
import { FORELDRE, harApentForlop, opprettForlop } from '@/modules/program/proposeRun';

/**
 * Which programmes Landsby proposes on its own, and when. The whole decision lives here.
 *
 * - Only programmes the service has switched on: a programme that belongs to a product in the
 *   treasure map is proposed once the service has adopted that product.
 * - En god start: a placement starts in a foster home that has had no earlier placement in
 *   the service (a new foster home); scheduled from the move-in date. Not for an emergency
 *   placement (beredskapshjem): the programme follows a family through its first half-year
 *   with a child who stays, and an emergency home is short-term by design (Landsby's choice;
 *   a worker can still propose it by hand).
 * - Veien videre: a placement under a care order (bvl. § 5-1) starts, or a parent is added
 *   while such a placement goes on; one run for each parent (mor, far, forelder), scheduled
 *   from the later of the move-in date and today.
 *
 * Nothing is proposed when the programme's whole schedule would already lie in the past (a
 * placement registered long after the move-in), or when an open run already exists. Callers
 * run inside the use case's transaction after opening the child for writing.
 */

/** The later of two civil dates. */
const senere = (a: string, b: string) => [a, b].sort()[1] as string;

/** The programme, if it exists and the service has switched it on through the treasure map. */
async function program(tx: Tx, actor: Actor, id: string): Promise<Program | undefined> {
  const p = lastProgrammer().get(id);
  return p && (await programAktivt(tx, actor.tjenesteId, id)) ? p : undefined;
}

/** Whether a run started on `start` still has a session on or after `today`. */
function harFremtid(p: Program, start: string, today: string) {
  const datoer = oktDatoer(start, p.planlegging, p.samlinger.length);
  return (datoer.at(-1) ?? start) >= today;
}

async function foreslaVeienVidere(tx: Tx, actor: Actor, barnId: string, start: string, parentIds?: string[]) {
  const p = await program(tx, actor, VEIEN_VIDERE);
  if (!p || !harFremtid(p, start, osloToday())) return [];
  const [child] = await tx
    .select({ kontaktpersonId: barn.kontaktpersonId })
    .from(barn)
    .where(eq(barn.id, barnId));
  const parents = await tx
    .select({ id: familiemedlem.id })
    .from(familiemedlem)
    .where(
      and(
        eq(familiemedlem.barnId, barnId),
        inArray(familiemedlem.relasjon, [...FORELDRE]),
        parentIds ? inArray(familiemedlem.id, parentIds) : undefined,
      ),
    );
  const ids: string[] = [];
  for (const parent of parents) {
    if (await harApentForlop(tx, p.id, { barnId, fosterhjemId: null, familiemedlemId: parent.id })) continue;
    ids.push(
      await opprettForlop(tx, actor, {
        program: p,
        barnId,
        plasseringId: null,
        fosterhjemId: null,
        familiemedlemId: parent.id,
        start,
        ansvarligId: child?.kontaktpersonId ?? actor.userId,
        automatisk: true,
      }),
    );
  }
  return ids;
}

/** After a placement is created: En god start for a new foster home, Veien videre after a care order. */
export async function foreslaForPlassering(tx: Tx, actor: Actor, plasseringId: string): Promise<string[]> {
  const [p] = await tx.select().from(plassering).where(eq(plassering.id, plasseringId));
  if (!p) return [];
  const today = osloToday();
  const ids: string[] = [];
  const egs = await program(tx, actor, EN_GOD_START);
  if (egs && p.plasseringstype !== 'beredskap' && harFremtid(egs, p.innflytting, today)) {
    const tidligere = await tx
      .select({ id: plassering.id })
      .from(plassering)
      .where(and(eq(plassering.fosterhjemId, p.fosterhjemId), ne(plassering.id, p.id)))
      .limit(1);
    const hvem = { barnId: p.barnId, fosterhjemId: p.fosterhjemId, familiemedlemId: null };
    if (tidligere.length === 0 && !(await harApentForlop(tx, egs.id, hvem))) {
      const [home] = await tx
        .select({ kontaktpersonId: fosterhjem.kontaktpersonId })
        .from(fosterhjem)
        .where(eq(fosterhjem.id, p.fosterhjemId));
      const [child] = await tx
        .select({ kontaktpersonId: barn.kontaktpersonId })
        .from(barn)
        .where(eq(barn.id, p.barnId));
      ids.push(
        await opprettForlop(tx, actor, {
          program: egs,
          ...hvem,
          plasseringId: p.id,
          start: p.innflytting,
          ansvarligId: home?.kontaktpersonId ?? child?.kontaktpersonId ?? actor.userId,
          automatisk: true,
        }),
      );
    }
  }
  if (p.hjemmel === 'bvl_5_1' && (p.utflytting === null || p.utflytting > today)) {
    ids.push(...(await foreslaVeienVidere(tx, actor, p.barnId, senere(p.innflytting, today))));
  }
  return ids;
}

/** After a family member is added: Veien videre for a parent while the child is placed under a care order. */
export async function foreslaForForelder(tx: Tx, actor: Actor, familiemedlemId: string): Promise<string[]> {
  const [m] = await tx.select().from(familiemedlem).where(eq(familiemedlem.id, familiemedlemId));
  if (!m || !(FORELDRE as readonly string[]).includes(m.relasjon)) return [];
  const today = osloToday();
  const [omsorg] = await tx
    .select({ innflytting: plassering.innflytting })
    .from(plassering)
    .where(
      and(
        eq(plassering.barnId, m.barnId),
        eq(plassering.hjemmel, 'bvl_5_1'),
        or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
      ),
    )
    .limit(1);
  if (!omsorg) return [];
  return foreslaVeienVidere(tx, actor, m.barnId, senere(omsorg.innflytting, today), [m.id]);
}
