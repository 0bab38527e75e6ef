import type { Tx } from '@/db/client';
import { rekrutteringFasehistorikk, rekrutteringssak } from '@/db/schema';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { authorize } from '@/modules/core/policy';
import { auditBy } from '@/modules/core/writeAudit';
import type { CreateSakBody } from '@/modules/rekruttering/rekruttering.schema';
import { erRekrutterer } from '@/modules/rekruttering/sakAccess';
import { invalidFields } from '@/server/errors';

/** The responsible recruiter: one in the owning organisation, or the one registering. */
export async function gyldigAnsvarlig(tx: Tx, actor: Actor, ansvarligId: string | null | undefined) {
  const id = ansvarligId ?? actor.userId;
  if (!(await erRekrutterer(tx, actor, id))) {
    throw invalidFields({ field: 'ansvarligId', code: 'rekruttering_ansvarlig_ugyldig' });
  }
  return id;
}

export function sakVerdier(body: CreateSakBody) {
  return {
    navn: body.navn,
    voksne: body.voksne.map((v) => ({
      fornavn: v.fornavn,
      etternavn: v.etternavn,
      fodselsdato: v.fodselsdato ?? null,
      telefon: v.telefon ?? null,
      epost: v.epost ?? null,
    })),
    egneBarn: body.egneBarn,
    adresse: body.adresse ?? null,
    postnummer: body.postnummer ?? null,
    poststed: body.poststed ?? null,
    kommunenummer: body.kommunenummer ?? null,
    kilde: body.kilde,
    kildeDetalj: body.kildeDetalj ?? null,
    hjemtyper: [...new Set(body.hjemtyper)],
    forsteKontakt: body.forsteKontakt,
  };
}

export function sjekkDatoer(body: CreateSakBody, today: string) {
  if (body.forsteKontakt > today) {
    throw invalidFields({ field: 'forsteKontakt', code: 'rekruttering_dato_fremtid' });
  }
  const i = body.voksne.findIndex((v) => v.fodselsdato && v.fodselsdato > today);
  if (i >= 0) throw invalidFields({ field: `voksne.${i}.fodselsdato`, code: 'rekruttering_dato_fremtid' });
}

/**
 * Registers a family who has shown interest. The actor's organisation owns the case; it starts
 * in the first stage on the date of first contact.
 */
export async function createSak(tx: Tx, actor: Actor, body: CreateSakBody) {
  authorize(actor, 'rekruttering:work');
  sjekkDatoer(body, osloToday());
  const ansvarligId = await gyldigAnsvarlig(tx, actor, body.ansvarligId);
  const [created] = await tx
    .insert(rekrutteringssak)
    .values({
      ...sakVerdier(body),
      tjenesteId: actor.tjenesteId,
      ansvarligId,
      fase: 'henvendelse',
      faseFra: body.forsteKontakt,
    })
    .returning({ id: rekrutteringssak.id });
  if (!created) throw new Error('insert failed');
  await tx.insert(rekrutteringFasehistorikk).values({
    tjenesteId: actor.tjenesteId,
    sakId: created.id,
    fase: 'henvendelse',
    fra: body.forsteKontakt,
    endretAv: actor.userId,
    endretAvTjenesteId: actor.tjenesteId,
  });
  await auditBy(tx, actor, {
    handling: 'rekruttering.create',
    entitetType: 'rekrutteringssak',
    entitetId: created.id,
    detaljer: { kilde: body.kilde, voksne: body.voksne.length },
  });
  return { id: created.id };
}
