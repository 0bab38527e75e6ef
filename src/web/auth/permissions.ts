import type { Me } from '@/web/api/types';

/** Permission codes the web app looks at. The server enforces them; the UI only hides what is useless. */
export const Tillatelse = {
  auditRead: 'audit:read',
  auditVerify: 'audit:verify',
  tjenesteRead: 'tjeneste:read',
  arshjulTeam: 'arshjul:team',
  arshjulSettings: 'arshjul:settings',
  userList: 'user:list',
  barnList: 'barn:list',
  barnCreate: 'barn:create',
  fosterhjemList: 'fosterhjem:list',
  fosterhjemCreate: 'fosterhjem:create',
  gjenrekrutteringList: 'gjenrekruttering:list',
  manualAdapt: 'manual:adapt',
  innsiktTjeneste: 'innsikt:tjeneste',
  innsiktSamarbeid: 'innsikt:samarbeid',
  katalogAdopt: 'katalog:adopt',
  katalogNetwork: 'katalog:network',
  katalogEdit: 'katalog:edit',
  rekrutteringRead: 'rekruttering:read',
  rekrutteringAvailable: 'rekruttering:available',
  rekrutteringWork: 'rekruttering:work',
  rekrutteringSettings: 'rekruttering:settings',
} as const;

export function harTillatelse(user: Me, tillatelse: string): boolean {
  return user.tillatelser.includes(tillatelse);
}
