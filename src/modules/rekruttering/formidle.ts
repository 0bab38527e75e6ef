import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dokument, rekrutteringFasehistorikk, rekrutteringssak } from '@/db/schema';
import { formidlingMangler } from '@/domain/godkjenning';
import { openFosterhjem } from '@/modules/barn/caseAccess';
import { createPlassering } from '@/modules/barn/plasseringer';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import { createFosterhjem } from '@/modules/fosterhjem/fosterhjem';
import type { FormidleBody } from '@/modules/rekruttering/godkjenning.schema';
import { settFase } from '@/modules/rekruttering/moveStage';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import { organisasjoner } from '@/modules/rekruttering/sakAccess';
import { invalidFields, notFound, versionConflict } from '@/server/errors';

/**
 * Links an available approved home to one of the service's children, in one transaction: the
 * home becomes a foster home in the actor's service (address, municipality, approval date, the
 * adults as foster parents), the child moves in through the ordinary placement use case (so the
 * overlap rule, kinship first and the årshjul apply), the recruitment case is closed as
 * `formidlet` pointing at the new foster home, and the home-study report follows the home when
 * the actor's service wrote it. Anything that fails leaves nothing behind.
 */
export async function formidle(tx: Tx, actor: Actor, sakId: string, body: FormidleBody) {
  authorize(actor, 'rekruttering:available');
  // Row-level security: a case the service neither owns nor has been given is not there.
  const [sak] = await tx.select().from(rekrutteringssak).where(eq(rekrutteringssak.id, sakId));
  if (!sak) throw notFound();
  const feil = formidlingMangler(sak, body);
  if (feil.length) throw invalidFields(...feil);
  if (sak.version !== body.version) throw versionConflict();
  const hjem = await createFosterhjem(tx, actor, {
    navn: sak.navn,
    adresse: sak.adresse,
    postnummer: sak.postnummer,
    poststed: sak.poststed,
    kommunenummer: sak.kommunenummer,
    godkjentDato: sak.godkjentDato,
    kontaktpersonId: body.kontaktpersonId ?? null,
    medlemmer: sak.voksne.map((v) => ({
      rolle: 'fosterforelder' as const,
      fornavn: v.fornavn,
      etternavn: v.etternavn,
      fodselsdato: v.fodselsdato,
      telefon: v.telefon,
      epost: v.epost,
    })),
  });
  // The placement checks the child (write access, 404 in another service), the overlap rule and
  // kinship first; when it refuses, the transaction rolls the new foster home back with it.
  const plassering = await createPlassering(tx, actor, body.barnId, {
    fosterhjemId: hjem.id,
    innflytting: body.innflytting,
    plasseringstype: body.plasseringstype,
    forsterket: body.forsterket,
    hjemmel: body.hjemmel,
    avtaleSlutt: body.avtaleSlutt ?? null,
  });
  await settFase(tx, actor, sak, 'formidlet', osloToday(), null, { fosterhjemId: hjem.id });
  // The report follows the home only within the organisation that wrote it (row-level security).
  let rapportFulgte = false;
  if (sak.rapportDokumentId) {
    const moved = await tx
      .update(dokument)
      .set({ fosterhjemId: hjem.id })
      .where(and(eq(dokument.id, sak.rapportDokumentId), eq(dokument.tjenesteId, actor.tjenesteId)))
      .returning({ id: dokument.id });
    rapportFulgte = moved.length === 1;
  }
  await auditBy(tx, actor, {
    handling: 'rekruttering.link',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: { fosterhjemId: hjem.id, plasseringId: plassering.id, barnId: body.barnId, rapportFulgte },
  });
  return { fosterhjemId: hjem.id, plasseringId: plassering.id };
}

/**
 * Where a foster home came from: the recruitment case it was linked from, with its stages and
 * dates and which organisation moved each. People in other organisations are never named.
 */
export async function rekrutteringshistorikk(tx: Tx, actor: Actor, fosterhjemId: string) {
  await openFosterhjem(tx, actor, fosterhjemId, 'read');
  const [sak] = await tx
    .select()
    .from(rekrutteringssak)
    .where(and(eq(rekrutteringssak.fosterhjemId, fosterhjemId), eq(rekrutteringssak.fase, 'formidlet')));
  if (!sak) return { sak: null };
  const faser = await tx
    .select()
    .from(rekrutteringFasehistorikk)
    .where(eq(rekrutteringFasehistorikk.sakId, sak.id))
    .orderBy(asc(rekrutteringFasehistorikk.fra), asc(rekrutteringFasehistorikk.createdAt));
  const org = await organisasjoner(tx, actor, [sak.tjenesteId, ...faser.map((f) => f.endretAvTjenesteId)]);
  // The stage and source titles from the pipeline content, in the reader's language: the foster
  // home's caseworkers do not read the pipeline itself.
  const pipeline = lastPipeline();
  const tittel = (liste: { id: string; tittel: { nb: string; nn: string } }[], id: string) =>
    liste.find((x) => x.id === id)?.tittel[actor.sprak] ?? id;
  const faseTittel = (id: string) => tittel([...pipeline.faser, ...pipeline.avsluttende], id);
  await auditBy(tx, actor, {
    handling: 'rekruttering.read',
    entitetType: 'rekrutteringssak',
    entitetId: sak.id,
    detaljer: { fosterhjemId, del: 'historikk' },
  });
  return {
    sak: {
      eier: org.get(sak.tjenesteId)?.navn ?? '',
      kilde: sak.kilde,
      kildeTittel: tittel(pipeline.kilder, sak.kilde),
      forsteKontakt: sak.forsteKontakt,
      godkjenningType: sak.godkjenningType,
      godkjentDato: sak.godkjentDato,
      hjemtyper: sak.hjemtyper,
      faser: faser.map((f) => ({
        fase: f.fase,
        tittel: faseTittel(f.fase),
        fra: f.fra,
        til: f.til,
        organisasjon: org.get(f.endretAvTjenesteId)?.navn ?? '',
      })),
    },
  };
}
