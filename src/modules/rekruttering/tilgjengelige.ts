import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, kommune, rekrutteringssak } from '@/db/schema';
import { dagerSiden, godkjentForVisning } from '@/domain/godkjenning';
import { tilknytning } from '@/modules/barn/barn.policy';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import { organisasjoner } from '@/modules/rekruttering/sakAccess';

/**
 * The approved homes available to the actor's service: those its own organisation recruited
 * and those other organisations in the collaboration have shared with it (row-level security
 * decides which). Each with its kinds of assignment, municipality, what it is approved for and
 * how long it has waited. A home approved for a named child is shown as such; the child is named
 * only to someone in the child's own service who has the child in their caseload.
 */
export async function listTilgjengelige(tx: Tx, actor: Actor) {
  authorize(actor, 'rekruttering:available');
  const idag = osloToday();
  const saker = await tx
    .select()
    .from(rekrutteringssak)
    .where(eq(rekrutteringssak.fase, 'tilgjengelig'))
    .orderBy(asc(rekrutteringssak.faseFra), asc(rekrutteringssak.navn));
  const barnIds = saker.map((s) => s.godkjentForBarnId).filter((id): id is string => id !== null);
  // Only children of the actor's own service are visible here (row-level security on barn).
  const egneBarn = barnIds.length ? await tx.select().from(barn).where(inArray(barn.id, barnIds)) : [];
  const nummer = saker.map((s) => s.kommunenummer).filter((n): n is string => n !== null);
  const kommuner = nummer.length
    ? await tx.select().from(kommune).where(inArray(kommune.nummer, nummer))
    : [];
  const eiere = await organisasjoner(
    tx,
    actor,
    saker.map((s) => s.tjenesteId),
  );
  await auditBy(tx, actor, {
    handling: 'rekruttering.list',
    entitetType: 'rekrutteringssak',
    detaljer: { tilgjengelige: saker.length },
  });
  return {
    items: saker.map((s) => {
      const b = egneBarn.find((x) => x.id === s.godkjentForBarnId);
      const godkjentFor = godkjentForVisning(
        { godkjenningType: s.godkjenningType, godkjentForBarnTjenesteId: b ? b.tjenesteId : null },
        actor.tjenesteId,
      );
      const synlig =
        b && tilknytning(actor, { kontaktpersonIds: [b.kontaktpersonId], teamIds: [b.teamId] }, false);
      return {
        id: s.id,
        navn: s.navn,
        eier: eiere.get(s.tjenesteId)?.navn ?? '',
        egenSak: s.tjenesteId === actor.tjenesteId,
        kommunenummer: s.kommunenummer,
        kommune: kommuner.find((k) => k.nummer === s.kommunenummer)?.navn ?? null,
        poststed: s.poststed,
        hjemtyper: s.hjemtyper,
        antallVoksne: s.voksne.length,
        egneBarn: s.egneBarn,
        godkjentFor,
        barn: b && synlig ? { id: b.id, navn: `${b.fornavn} ${b.etternavn}` } : null,
        godkjentDato: s.godkjentDato,
        dagerTilgjengelig: dagerSiden(s.faseFra, idag),
        version: s.version,
      };
    }),
  };
}
