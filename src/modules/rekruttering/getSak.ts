import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rekrutteringDeling, rekrutteringFasehistorikk, rekrutteringSjekkpunkt } from '@/db/schema';
import { manglendePunkter } from '@/domain/rekruttering';
import type { Actor } from '@/modules/core/actor';
import { can } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import { lastPipeline } from '@/modules/rekruttering/pipeline';
import { openSak, organisasjoner, personNavn, rekrutteringspartnere } from '@/modules/rekruttering/sakAccess';

/**
 * One case with its stage history, checklist state and sharing. A person in another
 * organisation is shown by their organisation's name only (the users table is per organisation).
 */
export async function getSak(tx: Tx, actor: Actor, sakId: string) {
  const { sak, egen } = await openSak(tx, actor, sakId, 'read');
  const historikk = await tx
    .select()
    .from(rekrutteringFasehistorikk)
    .where(eq(rekrutteringFasehistorikk.sakId, sakId))
    .orderBy(asc(rekrutteringFasehistorikk.fra), asc(rekrutteringFasehistorikk.createdAt));
  const punkter = await tx
    .select()
    .from(rekrutteringSjekkpunkt)
    .where(eq(rekrutteringSjekkpunkt.sakId, sakId))
    .orderBy(asc(rekrutteringSjekkpunkt.dato));
  // Row-level security: the owner sees every share, a shared organisation only its own.
  const delinger = await tx
    .select()
    .from(rekrutteringDeling)
    .where(eq(rekrutteringDeling.sakId, sakId))
    .orderBy(asc(rekrutteringDeling.createdAt));
  const partnere = egen ? await rekrutteringspartnere(tx, sak.tjenesteId) : [];
  const delt = new Set(delinger.map((d) => d.tjenesteId));
  const orgs = await organisasjoner(tx, actor, [
    sak.tjenesteId,
    ...historikk.map((h) => h.endretAvTjenesteId),
    ...punkter.map((p) => p.utfortAvTjenesteId),
    ...delinger.map((d) => d.tjenesteId),
    ...partnere,
  ]);
  const navn = await personNavn(tx, [
    sak.ansvarligId,
    ...historikk.map((h) => h.endretAv),
    ...punkter.map((p) => p.utfortAv),
  ]);
  const org = (id: string) => orgs.get(id) ?? { id, navn: '' };
  const person = (id: string) => ({ id, navn: navn.get(id) ?? null });
  const pipeline = lastPipeline();
  const definisjon = pipeline.faser.find((f) => f.id === sak.fase);
  const utforte = new Set(punkter.map((p) => p.punktId));
  await auditBy(tx, actor, {
    handling: 'rekruttering.read',
    entitetType: 'rekrutteringssak',
    entitetId: sakId,
    detaljer: egen ? null : { eier: sak.tjenesteId },
  });
  return {
    id: sak.id,
    navn: sak.navn,
    voksne: sak.voksne,
    egneBarn: sak.egneBarn,
    adresse: sak.adresse,
    postnummer: sak.postnummer,
    poststed: sak.poststed,
    kommunenummer: sak.kommunenummer,
    kilde: sak.kilde,
    kildeDetalj: sak.kildeDetalj,
    hjemtyper: sak.hjemtyper,
    fase: sak.fase,
    faseFra: sak.faseFra,
    forsteKontakt: sak.forsteKontakt,
    samtykkeDato: sak.samtykkeDato,
    avsluttetArsak: sak.avsluttetArsak,
    avsluttetDato: sak.avsluttetDato,
    godkjenningType: sak.godkjenningType,
    godkjentDato: sak.godkjentDato,
    fosterhjemId: sak.fosterhjemId,
    ansvarlig: sak.ansvarligId ? person(sak.ansvarligId) : null,
    eier: org(sak.tjenesteId),
    egen,
    kanArbeide: can(actor, 'rekruttering:work'),
    historikk: historikk.map((h) => ({
      id: h.id,
      fase: h.fase,
      fra: h.fra,
      til: h.til,
      endretAv: person(h.endretAv),
      endretAvOrganisasjon: org(h.endretAvTjenesteId),
      notat: h.notat,
    })),
    sjekkpunkter: punkter.map((p) => ({
      punktId: p.punktId,
      dato: p.dato,
      notat: p.notat,
      utfortAv: person(p.utfortAv),
      utfortAvOrganisasjon: org(p.utfortAvTjenesteId),
    })),
    mangler: definisjon ? manglendePunkter(definisjon, utforte, sak.egneBarn) : [],
    delinger: delinger.map((d) => ({
      organisasjon: org(d.tjenesteId),
      samtykkeDato: d.samtykkeDato,
      opprettet: d.createdAt.toISOString(),
    })),
    kanDelesMed: partnere.filter((id) => !delt.has(id)).map(org),
    version: sak.version,
  };
}
