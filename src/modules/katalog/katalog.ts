import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { barn, type ImplementeringSteg, katalogEndring, produktAdopsjon, users } from '@/db/schema';
import { anvendEndringer, foreslaPlan, kanEndreAdopsjon, planStatus } from '@/domain/katalog';
import { syncOppgaverBatch } from '@/modules/arshjul/syncBatch';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { mineSamarbeid } from '@/modules/core/samarbeid';
import { auditBy } from '@/modules/core/writeAudit';
import { summer, tellBruk } from '@/modules/katalog/bruk';
import type { EndringFelter, ListQuery } from '@/modules/katalog/katalog.schema';
import {
  Anbefaling,
  type KatalogProdukt,
  Kontakt,
  katalog,
  Oy,
  ProduktStatus,
  Ressurs,
} from '@/modules/katalog/katalogFormat';
import { lastMaler, Tekst } from '@/modules/maler/malFormat';
import { forbidden, invalidFields, notFound, versionConflict } from '@/server/errors';

/** A product as a collaboration sees it: the shared catalogue with the network's changes on top. */
export type EffektivtProdukt = KatalogProdukt & { sistEndret: string | null; nytt: boolean };

const NyttProdukt = z.object({
  id: z.string(),
  oy: Oy,
  status: ProduktStatus,
  anbefaling: Anbefaling,
  ressurs: Ressurs.nullable(),
  tittel: Tekst,
  beskrivelse: Tekst,
  vurdering: Tekst,
  kontakt: z.array(Kontakt).min(1),
  prosjekter: z.array(z.string()).default([]),
});

function nyttProdukt(e: Record<string, unknown>): KatalogProdukt | null {
  const p = NyttProdukt.safeParse(e);
  if (!p.success) return null;
  return { ...p.data, kilde: 'nettverket', maler: [], programmer: [], regler: [] };
}

/** The catalogue for a service: the shared files with its collaborations' changes, latest wins. */
export async function effektivKatalog(tx: Tx, tjenesteId: string): Promise<EffektivtProdukt[]> {
  const sam = await mineSamarbeid(tx, tjenesteId);
  const rows = sam.length
    ? await tx
        .select()
        .from(katalogEndring)
        .where(
          inArray(
            katalogEndring.samarbeidId,
            sam.map((s) => s.id),
          ),
        )
    : [];
  return anvendEndringer(
    katalog().produkter,
    rows.map((r) => ({
      produktId: r.produktId,
      endring: r.endring as Record<string, unknown>,
      createdAt: r.createdAt,
    })),
    nyttProdukt,
  );
}

async function adopsjonerFor(tx: Tx, tjenesteId: string) {
  return tx.select().from(produktAdopsjon).where(eq(produktAdopsjon.tjenesteId, tjenesteId));
}

type AdopsjonRad = typeof produktAdopsjon.$inferSelect;

function visProdukt(p: EffektivtProdukt, a: AdopsjonRad | undefined, idag: string) {
  const maler = lastMaler();
  return {
    id: p.id,
    oy: p.oy,
    kilde: p.kilde,
    prosjekter: p.prosjekter,
    status: p.status,
    anbefaling: p.anbefaling,
    ressurs: p.ressurs,
    ressursMerknad: p.ressursMerknad ?? null,
    tittel: p.tittel,
    beskrivelse: p.beskrivelse,
    vurdering: p.vurdering,
    kontakt: p.kontakt,
    iLandsby: p.iLandsby ?? null,
    maler: p.maler.flatMap((id) => {
      const m = maler.get(id);
      return m ? [{ id, tittel: m.tittel }] : [];
    }),
    programmer: p.programmer,
    regler: p.regler,
    sistEndret: p.sistEndret,
    nytt: p.nytt,
    adopsjon: a
      ? {
          status: a.status,
          adoptertDato: a.adoptertDato,
          version: a.version,
          fremdrift: planStatus(a.plan, idag),
        }
      : null,
  };
}

/** The map: every product with the service's own interest or adoption, filtered. */
export async function listKatalog(tx: Tx, actor: Actor, q: z.infer<typeof ListQuery>) {
  const produkter = await effektivKatalog(tx, actor.tjenesteId);
  const adopsjoner = await adopsjonerFor(tx, actor.tjenesteId);
  const idag = osloToday();
  const items = produkter
    .map((p) =>
      visProdukt(
        p,
        adopsjoner.find((a) => a.produktId === p.id),
        idag,
      ),
    )
    .filter(
      (p) =>
        (!q.oy || p.oy === q.oy) &&
        (!q.status || p.status === q.status) &&
        (!q.anbefaling || p.anbefaling === q.anbefaling) &&
        (!q.ressurs || (q.ressurs === 'ukjent' ? p.ressurs === null : p.ressurs === q.ressurs)) &&
        (!q.adopsjon || (q.adopsjon === 'ingen' ? p.adopsjon === null : p.adopsjon?.status === q.adopsjon)),
    );
  return { ramme: katalog().ramme, items };
}

async function finnProdukt(tx: Tx, tjenesteId: string, produktId: string) {
  const p = (await effektivKatalog(tx, tjenesteId)).find((x) => x.id === produktId);
  if (!p) throw notFound();
  return p;
}

async function adopsjonAv(tx: Tx, tjenesteId: string, produktId: string) {
  const [a] = await tx
    .select()
    .from(produktAdopsjon)
    .where(and(eq(produktAdopsjon.tjenesteId, tjenesteId), eq(produktAdopsjon.produktId, produktId)));
  return a;
}

/**
 * How much an adopted product is used in the service: documents written from its templates and
 * programme sessions held. Counts only, from the service's own rows (row-level security).
 */
async function brukAv(tx: Tx, tjenesteId: string, p: EffektivtProdukt, adoptertDato: string | null) {
  const bruk = await tellBruk(tx, tjenesteId, p, { siden: adoptertDato });
  return {
    dokumenter: summer(bruk.dokumenter, 'antall'),
    ferdigeDokumenter: summer(bruk.dokumenter, 'ferdige'),
    dokumenterSidenAdopsjon: summer(bruk.dokumenter, 'siden'),
    perMal: p.maler.map((malId) => ({
      malId,
      antall: bruk.dokumenter.find((r) => r.malId === malId)?.antall ?? 0,
    })),
    okterGjennomfort: summer(bruk.programmer, 'okter'),
    forlop: summer(bruk.programmer, 'forlop'),
  };
}

/** One product: what it is, the service's adoption and plan, and its use once adopted. */
export async function getProdukt(tx: Tx, actor: Actor, produktId: string) {
  const p = await finnProdukt(tx, actor.tjenesteId, produktId);
  const a = await adopsjonAv(tx, actor.tjenesteId, produktId);
  const idag = osloToday();
  const tattIBruk = a && (a.status === 'adoptert' || (a.status === 'avsluttet' && a.adoptertDato));
  return {
    produkt: visProdukt(p, a, idag),
    ramme: katalog().ramme,
    adopsjon: a
      ? {
          status: a.status,
          adoptertDato: a.adoptertDato,
          plan: a.plan,
          version: a.version,
          updatedAt: a.updatedAt.toISOString(),
        }
      : null,
    bruk: tattIBruk ? await brukAv(tx, actor.tjenesteId, p, a.adoptertDato) : null,
    samarbeid: await mineSamarbeid(tx, actor.tjenesteId),
  };
}

const HANDLING = {
  interessert: 'katalog.interest',
  adoptert: 'katalog.adopt',
  avsluttet: 'katalog.end',
} as const;

/**
 * The head of service records interest, adopts (with a proposed implementation plan from the
 * product's resource use) or ends a product. `version` 0 means "no record yet".
 */
export async function settAdopsjon(
  tx: Tx,
  actor: Actor,
  produktId: string,
  til: 'interessert' | 'adoptert' | 'avsluttet',
  version: number,
) {
  const p = await finnProdukt(tx, actor.tjenesteId, produktId);
  const a = await adopsjonAv(tx, actor.tjenesteId, produktId);
  if ((a?.version ?? 0) !== version) throw versionConflict();
  const svar = kanEndreAdopsjon(a?.status ?? null, til, p.anbefaling);
  if (svar === 'uendret' && a) return { status: a.status, version: a.version, plan: a.plan };
  if (svar === 'ikke_klart') throw invalidFields({ field: 'status', code: 'product_not_ready' });
  if (svar === 'ikke_startet') throw invalidFields({ field: 'status', code: 'not_adopted' });
  const idag = osloToday();
  const adopterer = til === 'adoptert';
  // A fresh plan on adoption; a re-adoption keeps the plan the service already worked on.
  const plan: ImplementeringSteg[] =
    adopterer && !a?.plan.length ? foreslaPlan(p.ressurs, idag, actor.sprak) : (a?.plan ?? []);
  const adoptertDato = adopterer ? idag : (a?.adoptertDato ?? null);
  let rad: AdopsjonRad | undefined;
  if (!a) {
    [rad] = await tx
      .insert(produktAdopsjon)
      .values({
        tjenesteId: actor.tjenesteId,
        produktId,
        status: til,
        plan,
        adoptertDato,
        endretAv: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
  } else {
    [rad] = await tx
      .update(produktAdopsjon)
      .set({
        status: til,
        plan,
        adoptertDato,
        endretAv: actor.userId,
        updatedAt: new Date(),
        version: sql`${produktAdopsjon.version} + 1`,
      })
      .where(and(eq(produktAdopsjon.id, a.id), eq(produktAdopsjon.version, version)))
      .returning();
  }
  if (!rad) throw versionConflict();
  // The product's local-practice task rules apply from now (or no longer): recompute the
  // service's tasks in the same transaction, as a change of the årshjul settings does.
  if (p.regler.length && (adopterer || a?.status === 'adoptert')) {
    const children = await tx.select({ id: barn.id }).from(barn);
    await syncOppgaverBatch(
      tx,
      actor.tjenesteId,
      children.map((c) => c.id),
      idag,
    );
  }
  await auditBy(tx, actor, {
    handling: HANDLING[til],
    entitetType: 'produkt_adopsjon',
    entitetId: rad.id,
    detaljer: { produktId, fra: a?.status ?? null, til, steg: plan.length },
  });
  return { status: rad.status, version: rad.version, plan: rad.plan };
}

/** The head of service edits the implementation plan: steps, owners, due dates and status. */
export async function settPlan(
  tx: Tx,
  actor: Actor,
  produktId: string,
  plan: ImplementeringSteg[],
  version: number,
) {
  await finnProdukt(tx, actor.tjenesteId, produktId);
  const a = await adopsjonAv(tx, actor.tjenesteId, produktId);
  if (!a) throw invalidFields({ field: 'plan', code: 'not_adopted' });
  if (a.version !== version) throw versionConflict();
  if (a.status !== 'adoptert') throw invalidFields({ field: 'plan', code: 'not_adopted' });
  const ids = plan.map((s) => s.id);
  if (new Set(ids).size !== ids.length) {
    const i = ids.findIndex((id, n) => ids.indexOf(id) !== n);
    throw invalidFields({ field: `plan.${i}.id`, code: 'duplicate_step' });
  }
  const [rad] = await tx
    .update(produktAdopsjon)
    .set({
      plan,
      endretAv: actor.userId,
      updatedAt: new Date(),
      version: sql`${produktAdopsjon.version} + 1`,
    })
    .where(and(eq(produktAdopsjon.id, a.id), eq(produktAdopsjon.version, version)))
    .returning();
  if (!rad) throw versionConflict();
  const s = planStatus(plan, osloToday());
  await auditBy(tx, actor, {
    handling: 'katalog.plan_update',
    entitetType: 'produkt_adopsjon',
    entitetId: rad.id,
    detaljer: { produktId, steg: s.totalt, fullfort: s.fullfort },
  });
  return { status: rad.status, version: rad.version, plan: rad.plan };
}

const FELTER_NYTT = [
  'oy',
  'status',
  'anbefaling',
  'ressurs',
  'tittel',
  'beskrivelse',
  'vurdering',
  'kontakt',
] as const;

/**
 * A network coordinator changes the catalogue for one of their collaborations (a silver product
 * turning gold, a new recommendation, new texts) or adds a product, always with a reason.
 */
export async function endreKatalog(
  tx: Tx,
  actor: Actor,
  produktId: string,
  body: { samarbeidId?: string | undefined; endring: EndringFelter; begrunnelse: string },
) {
  const sam = await mineSamarbeid(tx, actor.tjenesteId);
  if (!sam.length) throw forbidden();
  let samarbeidId = body.samarbeidId;
  if (!samarbeidId) {
    if (sam.length > 1) throw invalidFields({ field: 'samarbeidId', code: 'required' });
    samarbeidId = (sam[0] as { id: string }).id;
  } else if (!sam.some((s) => s.id === samarbeidId)) {
    throw invalidFields({ field: 'samarbeidId', code: 'unknown_reference' });
  }
  const endring = Object.fromEntries(Object.entries(body.endring).filter(([, v]) => v !== undefined));
  const naa = (await effektivKatalog(tx, actor.tjenesteId)).find((p) => p.id === produktId);
  if (naa) {
    const endret = Object.entries(endring).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify((naa as Record<string, unknown>)[k] ?? null),
    );
    if (!endret.length) throw invalidFields({ field: 'endring', code: 'no_change' });
  } else {
    const mangler = FELTER_NYTT.filter((f) => !(f in endring));
    if (mangler.length)
      throw invalidFields(...mangler.map((f) => ({ field: `endring.${f}`, code: 'required' })));
  }
  const kjente = katalog().ramme.prosjekter.map((p) => p.id);
  const ukjent = (body.endring.prosjekter ?? []).findIndex((id) => !kjente.includes(id));
  if (ukjent >= 0) throw invalidFields({ field: `endring.prosjekter.${ukjent}`, code: 'unknown_reference' });
  const [rad] = await tx
    .insert(katalogEndring)
    .values({ samarbeidId, produktId, endring, begrunnelse: body.begrunnelse, endretAv: actor.userId })
    .returning();
  if (!rad) throw new Error('insert failed');
  await auditBy(tx, actor, {
    handling: 'katalog.change',
    entitetType: 'katalog',
    entitetId: produktId,
    detaljer: { samarbeidId, felter: Object.keys(endring), nytt: !naa },
  });
  return { id: rad.id };
}

/** The changes to one product in the caller's collaborations, newest first. */
export async function historikk(tx: Tx, actor: Actor, produktId: string) {
  const sam = await mineSamarbeid(tx, actor.tjenesteId);
  if (!sam.length) return { items: [] };
  const rows = await tx
    .select({ e: katalogEndring, navn: users.navn })
    .from(katalogEndring)
    .leftJoin(users, eq(users.id, katalogEndring.endretAv))
    .where(
      and(
        eq(katalogEndring.produktId, produktId),
        inArray(
          katalogEndring.samarbeidId,
          sam.map((s) => s.id),
        ),
      ),
    )
    .orderBy(desc(katalogEndring.createdAt));
  if (!rows.length && !katalog().produkter.some((p) => p.id === produktId)) throw notFound();
  return {
    items: rows.map((r) => ({
      id: r.e.id,
      samarbeid: sam.find((s) => s.id === r.e.samarbeidId) as { id: string; navn: string },
      endring: r.e.endring as Record<string, unknown>,
      begrunnelse: r.e.begrunnelse,
      // A colleague in the own service by name; a coordinator elsewhere is not visible here.
      endretAv: r.navn ?? null,
      tidspunkt: r.e.createdAt.toISOString(),
    })),
  };
}
