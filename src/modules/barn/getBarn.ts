import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  familiemedlem,
  fosterhjem,
  fosterhjemMedlem,
  fosterhjemsavtale,
  landsbyMal,
  landsbymedlem,
  plassering,
  rammefortellingDel,
  team,
  tildeling,
  users,
} from '@/db/schema';
import { aktivPlassering, alder, fase } from '@/domain/plasseringsforlop';
import { kanEndre } from '@/modules/barn/barn.policy';
import type { BarnView } from '@/modules/barn/barn.schema';
import { openBarn } from '@/modules/barn/caseAccess';
import { maskFodselsnummer } from '@/modules/barn/identitet';
import type { Actor } from '@/modules/core/actor';
import { osloToday } from '@/modules/core/clock';
import { auditBy } from '@/modules/core/writeAudit';

const fullName = (p: { fornavn: string; etternavn: string }) => `${p.fornavn} ${p.etternavn}`;

/**
 * The whole picture of one child: identity (number masked), placements, family, foster home,
 * village, life story, the latest handover and a timeline. Audited as one read.
 */
export async function getBarn(tx: Tx, actor: Actor, id: string): Promise<BarnView> {
  const { barn: b, tilknytning } = await openBarn(tx, actor, id, 'read');
  const today = osloToday();

  const staff = new Map(
    (await tx.select({ id: users.id, navn: users.navn }).from(users)).map((u) => [
      u.id,
      { id: u.id, navn: u.navn },
    ]),
  );
  const person = (userId: string | null) => (userId ? (staff.get(userId) ?? null) : null);
  const [teamRow] = b.teamId ? await tx.select().from(team).where(eq(team.id, b.teamId)) : [];

  const plasseringer = await tx
    .select({ p: plassering, hjem: { id: fosterhjem.id, navn: fosterhjem.navn } })
    .from(plassering)
    .innerJoin(fosterhjem, eq(fosterhjem.id, plassering.fosterhjemId))
    .where(eq(plassering.barnId, id))
    .orderBy(asc(plassering.innflytting));
  const avtaler = plasseringer.length
    ? await tx
        .select()
        .from(fosterhjemsavtale)
        .where(
          inArray(
            fosterhjemsavtale.plasseringId,
            plasseringer.map((x) => x.p.id),
          ),
        )
    : [];
  const periods = plasseringer.map((x) => x.p);
  const aktiv = aktivPlassering(periods, today);

  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const familie = await tx
    .select()
    .from(familiemedlem)
    .where(eq(familiemedlem.barnId, id))
    .orderBy(asc(familiemedlem.createdAt));
  const medlemmer = await tx
    .select()
    .from(landsbymedlem)
    .where(eq(landsbymedlem.barnId, id))
    .orderBy(asc(landsbymedlem.kategori));
  const mal = await tx
    .select()
    .from(landsbyMal)
    .where(eq(landsbyMal.barnId, id))
    .orderBy(desc(landsbyMal.avtaltDato));
  const deler = await tx
    .select()
    .from(rammefortellingDel)
    .where(eq(rammefortellingDel.barnId, id))
    .orderBy(asc(rammefortellingDel.createdAt));
  const tildelinger = await tx
    .select()
    .from(tildeling)
    .where(eq(tildeling.barnId, id))
    .orderBy(desc(tildeling.createdAt));

  let hjem: BarnView['fosterhjem'] = null;
  if (aktiv) {
    const [home] = await tx.select().from(fosterhjem).where(eq(fosterhjem.id, aktiv.fosterhjemId));
    const husstand = await tx
      .select()
      .from(fosterhjemMedlem)
      .where(eq(fosterhjemMedlem.fosterhjemId, aktiv.fosterhjemId))
      .orderBy(asc(fosterhjemMedlem.rolle), asc(fosterhjemMedlem.fodselsdato));
    if (home) {
      hjem = {
        id: home.id,
        navn: home.navn,
        adresse: home.adresse,
        kommunenummer: home.kommunenummer,
        medlemmer: husstand.map((m) => ({
          id: m.id,
          rolle: m.rolle,
          navn: fullName(m),
          fodselsdato: m.fodselsdato,
          telefon: m.telefon,
        })),
      };
    }
  }

  const siste = tildelinger[0];
  const tidslinje: BarnView['tidslinje'] = [
    ...plasseringer.flatMap(({ p, hjem: h }) => [
      { dato: p.innflytting, type: 'innflytting' as const, tittel: h.navn },
      ...(p.utflytting
        ? [
            {
              dato: p.utflytting,
              type: 'utflytting' as const,
              tittel: h.navn,
              utilsiktet: p.avslutning === 'utilsiktet',
            },
          ]
        : []),
    ]),
    ...avtaler
      .filter((a) => a.sluttDato)
      .map((a) => ({ dato: a.sluttDato as string, type: 'avtale_slutt' as const, tittel: '' })),
    ...tildelinger.map((t) => ({
      dato: t.dato,
      type: 'tildeling' as const,
      tittel: person(t.tilBrukerId)?.navn ?? '',
    })),
    ...deler.map((d) => ({
      dato: d.createdAt.toISOString().slice(0, 10),
      type: 'rammefortelling' as const,
      tittel: d.tittel,
    })),
    ...mal.map((m) => ({ dato: m.avtaltDato, type: 'landsby_mal' as const, tittel: m.tekst })),
  ].sort((a, b) => (a.dato < b.dato ? 1 : a.dato > b.dato ? -1 : 0));

  await auditBy(tx, actor, {
    handling: 'barn.read',
    entitetType: 'barn',
    entitetId: id,
    detaljer: { tilknytning },
  });

  return {
    id: b.id,
    fornavn: b.fornavn,
    etternavn: b.etternavn,
    fodselsnummerMaskert: maskFodselsnummer(b.fodselsnummer),
    fodselsdato: b.fodselsdato,
    alder: alder(b.fodselsdato, today),
    sprak: b.sprak,
    kultur: b.kultur,
    religion: b.religion,
    fase: fase(b.fodselsdato, periods, today),
    kontaktperson: person(b.kontaktpersonId),
    team: teamRow ? { id: teamRow.id, navn: teamRow.navn } : null,
    tilknytning,
    kanEndre: kanEndre(tilknytning),
    version: b.version,
    plasseringer: plasseringer.map(({ p, hjem: h }) => ({
      id: p.id,
      fosterhjem: h,
      innflytting: p.innflytting,
      utflytting: p.utflytting,
      plasseringstype: p.plasseringstype,
      forsterket: p.forsterket,
      hjemmel: p.hjemmel,
      avslutning: p.avslutning,
      initiativ: p.initiativ,
      arsakKode: p.arsakKode,
      flyttingTil: p.flyttingTil,
      avslutningNotat: p.avslutningNotat,
      avtaleSlutt: avtaler.find((a) => a.plasseringId === p.id)?.sluttDato ?? null,
      version: p.version,
    })),
    familie: familie.map((f) => ({
      id: f.id,
      relasjon: f.relasjon,
      fornavn: f.fornavn,
      etternavn: f.etternavn,
      fodselsdato: f.fodselsdato,
      telefon: f.telefon,
      epost: f.epost,
      adresse: f.adresse,
      foreldreansvar: f.foreldreansvar,
      version: f.version,
    })),
    fosterhjem: hjem,
    landsby: {
      medlemmer: medlemmer.map((m) => ({
        id: m.id,
        kategori: m.kategori,
        navn: m.navn,
        rolle: m.rolle,
        kontakt: m.kontakt,
        version: m.version,
      })),
      mal: mal.map((m) => ({ id: m.id, tekst: m.tekst, avtaltDato: m.avtaltDato })),
    },
    rammefortelling: deler.map((d) => ({
      id: d.id,
      tittel: d.tittel,
      periode: d.periode,
      tekst: d.tekst,
      forfatter: person(d.forfatterId) ?? { id: d.forfatterId, navn: '' },
      opprettet: d.createdAt.toISOString(),
      endret: d.updatedAt.toISOString(),
      version: d.version,
    })),
    overlevering: siste
      ? {
          dato: siste.dato,
          fra: person(siste.fraBrukerId),
          til: person(siste.tilBrukerId) ?? { id: siste.tilBrukerId, navn: '' },
          planlagt: siste.planlagt,
          utestaende: siste.utestaende,
          viktigForBarnet: siste.viktigForBarnet,
        }
      : null,
    tidslinje,
  };
}
