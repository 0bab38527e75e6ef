import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { barn, fosterhjem, fosterhjemMedlem, plassering, team, users } from '@/db/schema';
import { grupper } from '@/domain/grupper';
import { aktivPlassering, alder, fase } from '@/domain/plasseringsforlop';
import type { CaseloadItem, CaseloadQuery } from '@/modules/barn/barn.schema';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { forbidden } from '@/server/errors';

/**
 * "Mine barn": the children the actor follows; for a team leader the team's, for the head of
 * service the whole service. Each row says where the child lives, since when, with whom, and
 * where it stands in the placement course.
 */
export async function listCaseload(tx: Tx, actor: Actor, query: z.infer<typeof CaseloadQuery>) {
  let scope: SQL;
  if (query.omfang === 'mine') scope = eq(barn.kontaktpersonId, actor.userId);
  else if (query.omfang === 'team' && ['teamleder', 'leder'].includes(actor.rolle) && actor.teamId)
    scope = eq(barn.teamId, actor.teamId);
  else if (query.omfang === 'tjeneste' && actor.rolle === 'leder')
    scope = eq(barn.tjenesteId, actor.tjenesteId);
  else throw forbidden();

  const today = osloToday();
  const children = await tx
    // Only the columns the list shows: a caseload maps every one of these rows per request.
    .select({
      b: { id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn, fodselsdato: barn.fodselsdato },
      kontaktperson: { id: users.id, navn: users.navn },
      team: { id: team.id, navn: team.navn },
    })
    .from(barn)
    .leftJoin(users, eq(users.id, barn.kontaktpersonId))
    .leftJoin(team, eq(team.id, barn.teamId))
    .where(scope)
    .orderBy(asc(barn.etternavn), asc(barn.fornavn));
  const ids = children.map((c) => c.b.id);
  const placements = ids.length
    ? await tx
        .select({
          p: {
            barnId: plassering.barnId,
            innflytting: plassering.innflytting,
            utflytting: plassering.utflytting,
            plasseringstype: plassering.plasseringstype,
            forsterket: plassering.forsterket,
          },
          hjem: { id: fosterhjem.id, navn: fosterhjem.navn, kommunenummer: fosterhjem.kommunenummer },
        })
        .from(plassering)
        .innerJoin(fosterhjem, eq(fosterhjem.id, plassering.fosterhjemId))
        .where(inArray(plassering.barnId, ids))
    : [];
  const homeIds = [...new Set(placements.map((x) => x.hjem.id))];
  const parents = homeIds.length
    ? await tx
        .select({
          fosterhjemId: fosterhjemMedlem.fosterhjemId,
          fornavn: fosterhjemMedlem.fornavn,
          etternavn: fosterhjemMedlem.etternavn,
        })
        .from(fosterhjemMedlem)
        .where(
          and(inArray(fosterhjemMedlem.fosterhjemId, homeIds), eq(fosterhjemMedlem.rolle, 'fosterforelder')),
        )
    : [];

  const byBarn = grupper(placements, (x) => x.p.barnId);
  const byHome = grupper(parents, (m) => m.fosterhjemId);
  const items: z.infer<typeof CaseloadItem>[] = children.map(({ b, kontaktperson, team: t }) => {
    const own = byBarn.get(b.id) ?? [];
    const aktiv = aktivPlassering(
      own.map((x) => ({ ...x.p, hjem: x.hjem })),
      today,
    );
    return {
      id: b.id,
      navn: `${b.fornavn} ${b.etternavn}`,
      fodselsdato: b.fodselsdato,
      alder: alder(b.fodselsdato, today),
      fase: fase(
        b.fodselsdato,
        own.map((x) => x.p),
        today,
      ),
      fosterhjem: aktiv
        ? { id: aktiv.hjem.id, navn: aktiv.hjem.navn, kommunenummer: aktiv.hjem.kommunenummer }
        : null,
      fosterforeldre: aktiv
        ? (byHome.get(aktiv.hjem.id) ?? []).map((m) => `${m.fornavn} ${m.etternavn}`)
        : [],
      siden: aktiv?.innflytting ?? null,
      plasseringstype: aktiv?.plasseringstype ?? null,
      forsterket: aktiv?.forsterket ?? null,
      kontaktperson: kontaktperson?.id ? kontaktperson : null,
      team: t?.id ? t : null,
    };
  });
  const filtered = items.filter(
    (i) =>
      (!query.fase || i.fase === query.fase) &&
      (!query.plasseringstype || i.plasseringstype === query.plasseringstype),
  );
  await auditBy(tx, actor, {
    handling: 'barn.list',
    entitetType: 'barn',
    detaljer: { omfang: query.omfang, antall: filtered.length },
  });
  return { items: filtered };
}
