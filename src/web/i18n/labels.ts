import { useCallback } from 'react';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

const ROLLER: Record<string, MessageId> = {
  kontaktperson: 'rolle.kontaktperson',
  teamleder: 'rolle.teamleder',
  leder: 'rolle.leder',
  veileder: 'rolle.veileder',
  kursleder: 'rolle.kursleder',
  rekrutterer: 'rolle.rekrutterer',
  koordinator: 'rolle.koordinator',
  admin: 'rolle.admin',
};

const HANDLINGER: Record<string, MessageId> = {
  'auth.login': 'handling.auth.login',
  'auth.login_failed': 'handling.auth.login_failed',
  'auth.logout': 'handling.auth.logout',
  'auth.session_expired': 'handling.auth.session_expired',
  'user.language_changed': 'handling.user.language_changed',
  'tjeneste.read': 'handling.tjeneste.read',
  'audit.search': 'handling.audit.search',
  'audit.verify': 'handling.audit.verify',
  // Årshjul
  'hendelse.create': 'handling.hendelse.create',
  'oppgave.list': 'handling.oppgave.list',
  'oppgave.deviation': 'handling.oppgave.deviation',
  'oppgave.plan': 'handling.oppgave.plan',
  'hyppighet.decide': 'handling.hyppighet.decide',
  'arshjul.settings_update': 'handling.arshjul.settings_update',
  'kalender.create': 'handling.kalender.create',
  'kalender.revoke': 'handling.kalender.revoke',
  'user.list': 'handling.user.list',
  'barn.list': 'handling.barn.list',
  'barn.search': 'handling.barn.search',
  'barn.read': 'handling.barn.read',
  'barn.create': 'handling.barn.create',
  'barn.update': 'handling.barn.update',
  'barn.identity_read': 'handling.barn.identity_read',
  'tilgang.granted': 'handling.tilgang.granted',
  'familiemedlem.create': 'handling.familiemedlem.create',
  'familiemedlem.update': 'handling.familiemedlem.update',
  'plassering.create': 'handling.plassering.create',
  'plassering.end': 'handling.plassering.end',
  'landsby.member_create': 'handling.landsby.member_create',
  'landsby.member_update': 'handling.landsby.member_update',
  'landsby.member_delete': 'handling.landsby.member_delete',
  'landsby.goal_create': 'handling.landsby.goal_create',
  'rammefortelling.create': 'handling.rammefortelling.create',
  'rammefortelling.update': 'handling.rammefortelling.update',
  'rammefortelling.history_read': 'handling.rammefortelling.history_read',
  'tildeling.create': 'handling.tildeling.create',
  'fosterhjem.list': 'handling.fosterhjem.list',
  'fosterhjem.read': 'handling.fosterhjem.read',
  'fosterhjem.create': 'handling.fosterhjem.create',
  'fosterhjem.update': 'handling.fosterhjem.update',
  'fosterhjem.member_create': 'handling.fosterhjem.member_create',
  'fosterhjem.agreement_create': 'handling.fosterhjem.agreement_create',
  // Maler og dokumenter
  'dokument.create': 'dokument.handling.create',
  'dokument.read': 'dokument.handling.read',
  'dokument.save': 'dokument.handling.save',
  'dokument.finalise': 'dokument.handling.finalise',
  'dokument.approve': 'dokument.handling.approve',
  'dokument.return': 'dokument.handling.return',
  'dokument.reopen': 'dokument.handling.reopen',
  'dokument.list': 'dokument.handling.list',
  'dokument.export': 'dokument.handling.export',
  'mal.adapt': 'maler.handling.adapt',
  // Programmer, fosterfamilien, samvær og tilbakeføring, skattekartet
  'program.propose': 'handling.program.propose',
  'program.respond': 'handling.program.respond',
  'program.end': 'handling.program.end',
  'program.read': 'handling.program.read',
  'program.session_update': 'handling.program.session_update',
  'program.calendar_export': 'handling.program.calendar_export',
  'kurs.offer': 'handling.kurs.offer',
  'kurs.update': 'handling.kurs.update',
  'veiledning.create': 'handling.veiledning.create',
  'veiledning.update': 'handling.veiledning.update',
  'samvaersplan.create': 'handling.samvaersplan.create',
  'samvaer.read': 'handling.samvaer.read',
  'samvaer.create': 'handling.samvaer.create',
  'samvaer.update': 'handling.samvaer.update',
  'samvaer.letter': 'handling.samvaer.letter',
  'tilbakeforing.read': 'handling.tilbakeforing.read',
  'tilbakeforing.create': 'handling.tilbakeforing.create',
  'tilbakeforing.save': 'handling.tilbakeforing.save',
  'tilbakeforing.decide': 'handling.tilbakeforing.decide',
  'gjenforening.create': 'handling.gjenforening.create',
  'gjenforening.update': 'handling.gjenforening.update',
  'katalog.interest': 'handling.katalog.interest',
  'katalog.adopt': 'handling.katalog.adopt',
  'katalog.plan_update': 'handling.katalog.plan_update',
  'katalog.end': 'handling.katalog.end',
  'katalog.change': 'handling.katalog.change',
  'katalog.network_read': 'handling.katalog.network_read',
  'rekruttering.list': 'handling.rekruttering.list',
  'rekruttering.read': 'handling.rekruttering.read',
  'rekruttering.create': 'handling.rekruttering.create',
  'rekruttering.update': 'handling.rekruttering.update',
  'rekruttering.stage': 'handling.rekruttering.stage',
  'rekruttering.checkpoint': 'handling.rekruttering.checkpoint',
  'rekruttering.share': 'handling.rekruttering.share',
  'rekruttering.unshare': 'handling.rekruttering.unshare',
  'rekruttering.close': 'handling.rekruttering.close',
  'rekruttering.approve': 'handling.rekruttering.approve',
  'rekruttering.link': 'handling.rekruttering.link',
  'rekruttering.delete_expired': 'handling.rekruttering.delete_expired',
  'rekruttering.settings_update': 'handling.rekruttering.settings_update',
  'rekruttering.overview': 'handling.rekruttering.overview',
  'rekruttering.export': 'handling.rekruttering.export',
  'nettverkssok.read': 'handling.nettverkssok.read',
  'nettverkssok.create': 'handling.nettverkssok.create',
  'nettverkssok.update': 'handling.nettverkssok.update',
  'nettverkssok.conclude': 'handling.nettverkssok.conclude',
  'gjenrekruttering.list': 'handling.gjenrekruttering.list',
  'gjenrekruttering.create': 'handling.gjenrekruttering.create',
  'gjenrekruttering.update': 'handling.gjenrekruttering.update',
  'gjenrekruttering.close': 'handling.gjenrekruttering.close',
};

const ENTITETER: Record<string, MessageId> = {
  user: 'entitet.user',
  tjeneste: 'entitet.tjeneste',
  audit_log: 'entitet.audit_log',
  hendelse: 'entitet.hendelse',
  oppgave: 'entitet.oppgave',
  session: 'entitet.session',
  barn: 'entitet.barn',
  familiemedlem: 'entitet.familiemedlem',
  fosterhjem: 'entitet.fosterhjem',
  fosterhjem_medlem: 'entitet.fosterhjem_medlem',
  plassering: 'entitet.plassering',
  landsbymedlem: 'entitet.landsbymedlem',
  landsby_mal: 'entitet.landsby_mal',
  rammefortelling_del: 'entitet.rammefortelling_del',
  tildeling: 'entitet.tildeling',
  tilgang: 'entitet.tilgang',
  dokument: 'dokument.entitet',
  mal: 'maler.entitet',
  programforlop: 'entitet.programforlop',
  programokt: 'entitet.programokt',
  kurs_deltakelse: 'entitet.kurs_deltakelse',
  veiledning: 'entitet.veiledning',
  samvaersplan: 'entitet.samvaersplan',
  samvaer: 'entitet.samvaer',
  tilbakeforingsvurdering: 'entitet.tilbakeforingsvurdering',
  gjenforeningsplan: 'entitet.gjenforeningsplan',
  produkt_adopsjon: 'entitet.produkt_adopsjon',
  katalog: 'entitet.katalog',
  rekrutteringssak: 'entitet.rekrutteringssak',
  nettverkssok: 'entitet.nettverkssok',
  gjenrekruttering: 'entitet.gjenrekruttering',
};

const BRUDD: Record<string, MessageId> = {
  hash: 'integritet.arsak.hash',
  lenke: 'integritet.arsak.lenke',
  mangler: 'integritet.arsak.mangler',
  hode: 'integritet.arsak.hode',
};

const SAMARBEID: Record<string, MessageId> = {
  interkommunalt: 'samarbeid.type.interkommunalt',
  laeringsnettverk: 'samarbeid.type.laeringsnettverk',
  rekruttering: 'samarbeid.type.rekruttering',
};

const FASER: Record<string, MessageId> = {
  for_flytting: 'fase.for_flytting',
  innflytting: 'fase.innflytting',
  oppfolging: 'fase.oppfolging',
  avslutning: 'fase.avslutning',
  ettervern: 'fase.ettervern',
};

const PLASSERINGSTYPER: Record<string, MessageId> = {
  slekt_nettverk: 'plasseringstype.slekt_nettverk',
  ordinaer: 'plasseringstype.ordinaer',
  beredskap: 'plasseringstype.beredskap',
};

const HJEMLER: Record<string, MessageId> = {
  bvl_5_1: 'hjemmel.bvl_5_1',
  bvl_6_3: 'hjemmel.bvl_6_3',
  bvl_kap3: 'hjemmel.bvl_kap3',
  akutt: 'hjemmel.akutt',
};

const AVSLUTNINGER: Record<string, MessageId> = {
  planlagt: 'avslutning.planlagt',
  utilsiktet: 'avslutning.utilsiktet',
};

const INITIATIV: Record<string, MessageId> = {
  fosterforeldre: 'initiativ.fosterforeldre',
  tjenesten: 'initiativ.tjenesten',
  barnet: 'initiativ.barnet',
  foreldrene: 'initiativ.foreldrene',
  annet: 'initiativ.annet',
};

/** SSB's reasons for a move from a foster home (ArsakFraType; domain.md §7). */
const ARSAKER: Record<string, MessageId> = {
  '1.1.1': 'arsak.1.1.1',
  '1.1.2': 'arsak.1.1.2',
  '1.1.3': 'arsak.1.1.3',
  '1.1.4': 'arsak.1.1.4',
  '1.1.5': 'arsak.1.1.5',
  '1.2.1': 'arsak.1.2.1',
  '1.2.2': 'arsak.1.2.2',
  '1.2.3': 'arsak.1.2.3',
  '1.3': 'arsak.1.3',
};

/** SSB's destination codes for a move (FlyttingTil; domain.md §7). */
const FLYTTING_TIL: Record<string, MessageId> = {
  '1': 'flyttingTil.1',
  '2': 'flyttingTil.2',
  '3': 'flyttingTil.3',
  '4': 'flyttingTil.4',
  '5': 'flyttingTil.5',
  '6': 'flyttingTil.6',
  '7': 'flyttingTil.7',
  '8': 'flyttingTil.8',
  '9': 'flyttingTil.9',
};

const RELASJONER: Record<string, MessageId> = {
  mor: 'relasjon.mor',
  far: 'relasjon.far',
  forelder: 'relasjon.forelder',
  sosken: 'relasjon.sosken',
  halvsosken: 'relasjon.halvsosken',
  besteforelder: 'relasjon.besteforelder',
  tante_onkel: 'relasjon.tante_onkel',
  annen: 'relasjon.annen',
};

const HUSSTAND_ROLLER: Record<string, MessageId> = {
  fosterforelder: 'husstandRolle.fosterforelder',
  eget_barn: 'husstandRolle.eget_barn',
  annet_husstandsmedlem: 'husstandRolle.annet_husstandsmedlem',
};

const LANDSBY_KATEGORIER: Record<string, MessageId> = {
  familie: 'landsbyKategori.familie',
  fosterfamilie: 'landsbyKategori.fosterfamilie',
  skole_barnehage: 'landsbyKategori.skole_barnehage',
  helse: 'landsbyKategori.helse',
  fritid: 'landsbyKategori.fritid',
  hjelpere: 'landsbyKategori.hjelpere',
  annet: 'landsbyKategori.annet',
};

const TILKNYTNINGER: Record<string, MessageId> = {
  egen: 'tilknytning.egen',
  team: 'tilknytning.team',
  tjeneste: 'tilknytning.tjeneste',
  formal: 'tilknytning.formal',
};

function lookup(table: Record<string, MessageId>, t: (id: MessageId) => string, code: string): string {
  const id = table[code];
  // An unknown code (a newer server) is shown as it is rather than hidden.
  return id ? t(id) : code;
}

/** Translated names for the codes the API sends (roles, audit actions, phases, SSB codes …). */
export function useLabels() {
  const t = useT();
  return {
    rolle: useCallback((code: string) => lookup(ROLLER, t, code), [t]),
    handling: useCallback((code: string) => lookup(HANDLINGER, t, code), [t]),
    entitet: useCallback((code: string) => lookup(ENTITETER, t, code), [t]),
    bruddArsak: useCallback((code: string) => lookup(BRUDD, t, code), [t]),
    samarbeidType: useCallback((code: string) => lookup(SAMARBEID, t, code), [t]),
    fase: useCallback((code: string) => lookup(FASER, t, code), [t]),
    plasseringstype: useCallback((code: string) => lookup(PLASSERINGSTYPER, t, code), [t]),
    hjemmel: useCallback((code: string) => lookup(HJEMLER, t, code), [t]),
    avslutning: useCallback((code: string) => lookup(AVSLUTNINGER, t, code), [t]),
    initiativ: useCallback((code: string) => lookup(INITIATIV, t, code), [t]),
    arsak: useCallback((code: string) => lookup(ARSAKER, t, code), [t]),
    flyttingTil: useCallback((code: string) => lookup(FLYTTING_TIL, t, code), [t]),
    relasjon: useCallback((code: string) => lookup(RELASJONER, t, code), [t]),
    husstandRolle: useCallback((code: string) => lookup(HUSSTAND_ROLLER, t, code), [t]),
    landsbyKategori: useCallback((code: string) => lookup(LANDSBY_KATEGORIER, t, code), [t]),
    tilknytning: useCallback((code: string) => lookup(TILKNYTNINGER, t, code), [t]),
  };
}
