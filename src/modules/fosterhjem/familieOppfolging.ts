import { and, asc, eq, gt, inArray, isNull, max, min, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { fosterhjemMedlem, hendelse, oppgave, plassering } from '@/db/schema';
import { alder } from '@/domain/fosterfamilie';
import { addMonths, aktivPlassering } from '@/domain/plasseringsforlop';
import { getInnstillinger } from '@/modules/arshjul/innstillinger';
import { openFosterhjem } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { lastSlektNettverk } from '@/modules/fosterhjem/slektNettverk';

/**
 * The last recorded event of a type in the home's current placements, and the earliest open
 * deadline of the rule's tasks (a deviation's new date counts).
 */
async function sistOgNeste(
  tx: Tx,
  plasseringIds: string[],
  regel: 'samtale_ovrige_barn' | 'arlig_evaluering',
  maaneder: number,
) {
  if (plasseringIds.length === 0) return { sist: null, nesteFrist: null };
  const [sist] = await tx
    .select({ dato: max(hendelse.dato) })
    .from(hendelse)
    .where(and(inArray(hendelse.plasseringId, plasseringIds), eq(hendelse.type, regel)));
  const [neste] = await tx
    .select({ frist: min(sql<string>`coalesce(${oppgave.avvikNyFrist}, ${oppgave.frist})`) })
    .from(oppgave)
    .where(
      and(
        inArray(oppgave.plasseringId, plasseringIds),
        eq(oppgave.regel, regel),
        isNull(oppgave.fullfortDato),
      ),
    );
  const [siste] = await tx
    .select({ frist: max(oppgave.frist) })
    .from(oppgave)
    .where(and(inArray(oppgave.plasseringId, plasseringIds), eq(oppgave.regel, regel)));
  // Every task within the horizon done: the next one follows a period after the last deadline.
  const nesteFrist = neste?.frist
    ? String(neste.frist)
    : siste?.frist
      ? addMonths(siste.frist, maaneder)
      : null;
  return { sist: sist?.dato ?? null, nesteFrist };
}

/**
 * Beyond the programme: the family's own children with their age and the yearly conversation with
 * them, the annual evaluation, and the kinship track when the child lives with family or network.
 */
export async function getFamilieOppfolging(tx: Tx, actor: Actor, fosterhjemId: string) {
  await openFosterhjem(tx, actor, fosterhjemId, 'read');
  const today = osloToday();
  const children = await tx
    .select()
    .from(fosterhjemMedlem)
    .where(and(eq(fosterhjemMedlem.fosterhjemId, fosterhjemId), eq(fosterhjemMedlem.rolle, 'eget_barn')))
    .orderBy(asc(fosterhjemMedlem.fodselsdato), asc(fosterhjemMedlem.fornavn));
  const placements = await tx
    .select()
    .from(plassering)
    .where(
      and(
        eq(plassering.fosterhjemId, fosterhjemId),
        or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
      ),
    );
  const current = placements.filter((p) => aktivPlassering([p], today));
  const ids = current.map((p) => p.id);
  const innst = await getInnstillinger(tx, actor.tjenesteId);
  const samtale = await sistOgNeste(tx, ids, 'samtale_ovrige_barn', innst.samtaleOvrigeBarnMaaneder);
  const evaluering = await sistOgNeste(tx, ids, 'arlig_evaluering', innst.arligEvalueringMaaneder);
  const slekt = current.some((p) => p.plasseringstype === 'slekt_nettverk') ? lastSlektNettverk() : null;
  await auditBy(tx, actor, {
    handling: 'fosterhjem.read',
    entitetType: 'fosterhjem',
    entitetId: fosterhjemId,
    detaljer: { del: 'familie', egneBarn: children.length },
  });
  return {
    egneBarn: children.map((c) => ({
      id: c.id,
      fornavn: c.fornavn,
      etternavn: c.etternavn,
      fodselsdato: c.fodselsdato,
      alder: alder(c.fodselsdato, today),
    })),
    samtale: children.length ? samtale : { sist: samtale.sist, nesteFrist: null },
    evaluering,
    slektNettverk: slekt
      ? {
          tittel: slekt.tittel,
          ingress: slekt.ingress,
          punkter: slekt.punkter.map((p) => ({ id: p.id, tittel: p.tittel, tekst: p.tekst })),
        }
      : null,
  };
}
