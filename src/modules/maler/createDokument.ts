import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  barn,
  dokument,
  dokumentRevisjon,
  familiemedlem,
  fosterhjem,
  oppgave,
  plassering,
  rekrutteringssak,
  tjeneste,
  users,
} from '@/db/schema';
import { flett } from '@/domain/dokumentInnhold';
import { SOSIALRAPPORT_MAL } from '@/domain/godkjenning';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';
import { aktiveMaler } from '@/modules/katalog/aktivering';
import { felterI, openSak } from '@/modules/maler/dokumentAccess';
import { getMal } from '@/modules/maler/maler';
import { invalidFields } from '@/server/errors';
import type { Locale } from '@/server/i18n';

export type CreateDokumentInput = {
  malId: string;
  barnId?: string | null;
  fosterhjemId?: string | null;
  familiemedlemId?: string | null;
  /** A home-study report for a family in recruitment (only the template the approval rests on). */
  rekrutteringssakId?: string | null;
  oppgaveId?: string | null;
};

const datoTekst = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'nn' ? 'nn-NO' : 'nb-NO', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));

/** Values for the merge fields in letters, from the case the document is about. */
async function flettefelter(tx: Tx, actor: Actor, input: CreateDokumentInput, locale: Locale) {
  const today = osloToday();
  const v: Record<string, string | null> = { dato: datoTekst(today, locale) };
  const [tj] = await tx.select().from(tjeneste).where(eq(tjeneste.id, actor.tjenesteId));
  v['tjeneste.navn'] = tj ? (locale === 'nn' && tj.navnNn ? tj.navnNn : tj.navn) : null;
  let barnId = input.barnId ?? null;
  if (input.familiemedlemId) {
    const [m] = await tx.select().from(familiemedlem).where(eq(familiemedlem.id, input.familiemedlemId));
    if (m) {
      barnId = m.barnId;
      v['mottaker.navn'] = `${m.fornavn} ${m.etternavn}`;
      v['mottaker.adresse'] = m.adresse;
    }
  }
  if (input.rekrutteringssakId) {
    const [sak] = await tx
      .select()
      .from(rekrutteringssak)
      .where(eq(rekrutteringssak.id, input.rekrutteringssakId));
    if (sak) {
      v['fosterhjem.navn'] = sak.navn;
      v['fosterhjem.adresse'] = [sak.adresse, [sak.postnummer, sak.poststed].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ');
    }
  }
  let hjemId = input.fosterhjemId ?? null;
  if (barnId) {
    const [b] = await tx.select().from(barn).where(eq(barn.id, barnId));
    if (b) {
      Object.assign(v, {
        'barn.fornavn': b.fornavn,
        'barn.etternavn': b.etternavn,
        'barn.navn': `${b.fornavn} ${b.etternavn}`,
        'barn.fodselsdato': datoTekst(b.fodselsdato, locale),
      });
      const [kp] = b.kontaktpersonId
        ? await tx.select().from(users).where(eq(users.id, b.kontaktpersonId))
        : [];
      if (kp) Object.assign(v, { 'kontaktperson.navn': kp.navn, 'kontaktperson.epost': kp.epost });
      const [p] = await tx
        .select()
        .from(plassering)
        .where(
          and(
            eq(plassering.barnId, barnId),
            lte(plassering.innflytting, today),
            or(isNull(plassering.utflytting), gt(plassering.utflytting, today)),
          ),
        )
        .orderBy(desc(plassering.innflytting))
        .limit(1);
      hjemId ??= p?.fosterhjemId ?? null;
    }
  }
  if (hjemId) {
    const [h] = await tx.select().from(fosterhjem).where(eq(fosterhjem.id, hjemId));
    if (h) {
      v['fosterhjem.navn'] = h.navn;
      v['fosterhjem.adresse'] = [h.adresse, [h.postnummer, h.poststed].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ');
    }
  }
  return v;
}

/**
 * Starts a document from a template about a child, a foster home or a parent. The document
 * keeps a snapshot of the template as the service had it, in the writer's language; letters
 * start with their text, merged with the case. Linked to an årshjul task, finishing the
 * document completes the task.
 */
export async function createDokument(tx: Tx, actor: Actor, input: CreateDokumentInput, locale: Locale) {
  const rekruttering = Boolean(input.rekrutteringssakId);
  if (rekruttering && (input.barnId || input.fosterhjemId || input.familiemedlemId || input.oppgaveId)) {
    throw invalidFields({ field: 'rekrutteringssakId', code: 'invalid' });
  }
  await openSak(tx, actor, input, 'write');
  // A recruitment case has one document: the home-study report its approval rests on.
  if (rekruttering && input.malId !== SOSIALRAPPORT_MAL) {
    throw invalidFields({ field: 'malId', code: 'template_mismatch' });
  }
  const { mal } = await getMal(tx, actor.tjenesteId, input.malId);
  // A template of a catalogue product the service has not adopted is switched off for new
  // documents; the home-study report of a recruitment case is required by the approval itself.
  if (!rekruttering && !(await aktiveMaler(tx, actor.tjenesteId))(mal.id)) {
    throw invalidFields({ field: 'malId', code: 'template_not_adopted' });
  }
  const gjelder = input.familiemedlemId
    ? 'forelder'
    : input.fosterhjemId || rekruttering
      ? 'fosterhjem'
      : 'barn';
  if (mal.gjelder !== gjelder && !(mal.gjelder === 'forelder' && gjelder === 'barn')) {
    throw invalidFields({ field: 'malId', code: 'template_mismatch' });
  }
  if (input.oppgaveId) {
    const [task] = await tx.select().from(oppgave).where(eq(oppgave.id, input.oppgaveId));
    if (!task || task.barnId !== input.barnId || task.regel !== mal.oppgaveRegel) {
      throw invalidFields({ field: 'oppgaveId', code: 'unknown_reference' });
    }
  }
  const verdier = await flettefelter(tx, actor, input, locale);
  const innhold: Record<string, unknown> = {};
  for (const f of felterI(mal)) {
    if (f.standardtekst) innhold[f.id] = flett(f.standardtekst[locale], verdier);
  }
  const tittel = [mal.tittel[locale], verdier['barn.navn'] ?? verdier['fosterhjem.navn']]
    .filter(Boolean)
    .join(' – ');
  const [created] = await tx
    .insert(dokument)
    .values({
      tjenesteId: actor.tjenesteId,
      barnId: input.barnId ?? null,
      fosterhjemId: input.fosterhjemId ?? null,
      familiemedlemId: input.familiemedlemId ?? null,
      rekrutteringssakId: input.rekrutteringssakId ?? null,
      malId: mal.id,
      malVersjon: mal.versjon,
      mal,
      sprak: locale,
      tittel,
      innhold,
      forfatterId: actor.userId,
      oppgaveId: input.oppgaveId ?? null,
    })
    .returning({ id: dokument.id });
  if (!created) throw new Error('insert failed');
  await tx.insert(dokumentRevisjon).values({
    tjenesteId: actor.tjenesteId,
    dokumentId: created.id,
    versjon: 1,
    revisjon: 1,
    innhold,
    status: 'utkast',
    lagretAv: actor.userId,
  });
  await auditBy(tx, actor, {
    handling: 'dokument.create',
    entitetType: 'dokument',
    entitetId: created.id,
    detaljer: {
      malId: mal.id,
      barnId: input.barnId ?? null,
      fosterhjemId: input.fosterhjemId ?? null,
      ...(input.rekrutteringssakId ? { rekrutteringssakId: input.rekrutteringssakId } : {}),
    },
  });
  return created;
}
