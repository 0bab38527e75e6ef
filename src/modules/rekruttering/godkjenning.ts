import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { barn, dokument, rekrutteringSjekkpunkt } from '@/db/schema';
import {
  GODKJENNING_KREVER_PUNKTER,
  GODKJENNING_PUNKT,
  godkjenningMangler,
  SOSIALRAPPORT_MAL,
} from '@/domain/godkjenning';
import { openBarn } from '@/modules/barn/caseAccess';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { can } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { GodkjenningBody } from '@/modules/rekruttering/godkjenning.schema';
import { openRapportSak } from '@/modules/rekruttering/godkjenningTilgang';
import { settFase } from '@/modules/rekruttering/moveStage';
import { AppError, invalidFields, versionConflict } from '@/server/errors';

/** The home-study reports of the case the actor's organisation has written (row-level security). */
async function rapporter(tx: Tx, sakId: string) {
  return tx
    .select({ id: dokument.id, tittel: dokument.tittel, status: dokument.status, endret: dokument.updatedAt })
    .from(dokument)
    .where(and(eq(dokument.rekrutteringssakId, sakId), eq(dokument.malId, SOSIALRAPPORT_MAL)))
    .orderBy(desc(dokument.updatedAt));
}

async function punkterUtfort(tx: Tx, sakId: string) {
  const rows = await tx
    .select({ punktId: rekrutteringSjekkpunkt.punktId })
    .from(rekrutteringSjekkpunkt)
    .where(eq(rekrutteringSjekkpunkt.sakId, sakId));
  return rows.map((r) => r.punktId);
}

/**
 * The approval part of a recruitment case: the reports written for it, the decision once made,
 * and the checks still missing before it can be made. The child an approval names is shown
 * only to its own service; the decision maker only within the organisation that owns the case.
 */
export async function getGodkjenning(tx: Tx, actor: Actor, id: string) {
  const { sak } = await openRapportSak(tx, actor, id, 'read');
  const docs = await rapporter(tx, id);
  const utfort = await punkterUtfort(tx, id);
  const mangler = GODKJENNING_KREVER_PUNKTER.filter((p) => !utfort.includes(p)).map((p) => ({
    field: `sjekkpunkt.${p}`,
    code: 'rekruttering_sjekkpunkt_mangler',
  }));
  let vedtak = null;
  if (sak.godkjenningType && sak.godkjentDato) {
    const [b] = sak.godkjentForBarnId
      ? await tx
          .select({ id: barn.id, fornavn: barn.fornavn, etternavn: barn.etternavn })
          .from(barn)
          .where(eq(barn.id, sak.godkjentForBarnId))
      : [];
    vedtak = {
      type: sak.godkjenningType,
      barn: b ? { id: b.id, navn: `${b.fornavn} ${b.etternavn}` } : null,
      annenTjenestesBarn: Boolean(sak.godkjentForBarnId && !b),
      dato: sak.godkjentDato,
      godkjentAv: sak.tjenesteId === actor.tjenesteId ? sak.godkjentAv : null,
      rapportDokumentId: docs.some((d) => d.id === sak.rapportDokumentId) ? sak.rapportDokumentId : null,
      hjemtyper: sak.hjemtyper,
    };
  }
  await auditBy(tx, actor, {
    handling: 'rekruttering.read',
    entitetType: 'rekrutteringssak',
    entitetId: id,
    detaljer: { del: 'godkjenning', rapporter: docs.length },
  });
  return {
    sakId: sak.id,
    fase: sak.fase,
    version: sak.version,
    rapporter: docs.map((d) => ({ ...d, endret: d.endret.toISOString() })),
    vedtak,
    mangler,
    hjemtyper: sak.hjemtyper,
    kanGodkjenne: sak.fase === 'godkjenning',
    kanSkriveRapport: can(actor, 'rekruttering:work') && ['utredning', 'godkjenning'].includes(sak.fase),
  };
}

/** A named child must be one the actor reaches in their own service; anything else is unknown. */
async function sjekkBarn(tx: Tx, actor: Actor, barnId: string) {
  try {
    await openBarn(tx, actor, barnId, 'read');
  } catch (e) {
    if (e instanceof AppError && (e.status === 403 || e.status === 404)) {
      throw invalidFields({ field: 'godkjentForBarnId', code: 'unknown_reference' });
    }
    throw e;
  }
}

/**
 * Records the approval decision (domain.md §2.4) in the approval stage: generally or for a named
 * child of the actor's own service, dated (never ahead), with the decision maker and the finished
 * home-study report it rests on, and the kinds of assignment it covers. The police certificate,
 * the health declaration and the report must be checked off. The home then becomes available,
 * with a history row and the decision point checked off.
 */
export async function godkjenn(tx: Tx, actor: Actor, id: string, body: GodkjenningBody) {
  const { sak } = await openRapportSak(tx, actor, id, 'write');
  const idag = osloToday();
  const barnId = body.godkjenningType === 'bestemt_barn' ? (body.godkjentForBarnId ?? null) : null;
  const [rapport] = await tx
    .select({ id: dokument.id, status: dokument.status })
    .from(dokument)
    .where(
      and(
        eq(dokument.id, body.rapportDokumentId),
        eq(dokument.rekrutteringssakId, id),
        eq(dokument.malId, SOSIALRAPPORT_MAL),
      ),
    );
  const feil = godkjenningMangler(
    {
      fase: sak.fase,
      type: body.godkjenningType,
      barnId: body.godkjenningType === 'generell' ? (body.godkjentForBarnId ?? null) : barnId,
      dato: body.godkjentDato,
      rapport: rapport ?? null,
      hjemtyper: body.hjemtyper,
      punkterUtfort: await punkterUtfort(tx, id),
    },
    idag,
  );
  if (feil.length) throw invalidFields(...feil);
  if (barnId) await sjekkBarn(tx, actor, barnId);
  if (sak.version !== body.version) throw versionConflict();
  await settFase(tx, actor, sak, 'tilgjengelig', idag, null, {
    godkjenningType: body.godkjenningType,
    godkjentForBarnId: barnId,
    godkjentDato: body.godkjentDato,
    godkjentAv: body.godkjentAv,
    rapportDokumentId: body.rapportDokumentId,
    hjemtyper: [...new Set(body.hjemtyper)],
  });
  await tx
    .insert(rekrutteringSjekkpunkt)
    .values({
      tjenesteId: sak.tjenesteId,
      sakId: id,
      punktId: GODKJENNING_PUNKT,
      dato: body.godkjentDato,
      utfortAv: actor.userId,
      utfortAvTjenesteId: actor.tjenesteId,
    })
    .onConflictDoNothing();
  await auditBy(tx, actor, {
    handling: 'rekruttering.approve',
    entitetType: 'rekrutteringssak',
    entitetId: id,
    detaljer: {
      type: body.godkjenningType,
      barnId,
      rapportDokumentId: body.rapportDokumentId,
      hjemtyper: body.hjemtyper,
    },
  });
  return { version: sak.version + 1 };
}
