import { forbidden } from '@/server/errors';

export const ROLLER = [
  'kontaktperson',
  'teamleder',
  'leder',
  'veileder',
  'kursleder',
  'rekrutterer',
  'koordinator',
  'admin',
] as const;
export type Rolle = (typeof ROLLER)[number];

/**
 * What each role may do (design §1). Least privilege: a permission not listed is refused.
 * The audit log shows who read and changed personal data, so only the head of the service
 * and the system administrator may read it.
 */
const GRANTS = {
  'tjeneste:read': ROLLER,
  'audit:read': ['leder', 'admin'],
  'audit:verify': ['leder', 'admin'],
  // Colleagues in the service, to pick a contact person or hand over a case.
  'user:list': ['kontaktperson', 'teamleder', 'leder', 'veileder', 'admin'],
  // The caseload ("Mine barn") and search; what each child shows is decided per child.
  'barn:list': ['kontaktperson', 'teamleder', 'leder', 'veileder'],
  'barn:create': ['kontaktperson', 'teamleder', 'leder'],
  'fosterhjem:list': ['kontaktperson', 'teamleder', 'leder', 'veileder'],
  'fosterhjem:create': ['kontaktperson', 'teamleder', 'leder'],
  // The team's compliance with the årshjul, and the service's local-practice numbers.
  'arshjul:team': ['teamleder', 'leder'],
  'arshjul:settings': ['leder'],
  // The service's own guidance and extra sections in the shared templates.
  'mal:adapt': ['leder'],
  // The service's own wording and local points in the shared user manual.
  'manual:adapt': ['leder'],
  // Insight figures: the own service and its teams; across the collaboration only aggregates.
  'innsikt:tjeneste': ['leder', 'teamleder'],
  'innsikt:samarbeid': ['koordinator', 'leder'],
  // The treasure map: everyone reads the catalogue; the head of service adopts products for
  // the service; the network coordinator follows adoption and keeps the catalogue.
  'katalog:read': ROLLER,
  'katalog:adopt': ['leder'],
  'katalog:network': ['koordinator', 'leder'],
  'katalog:edit': ['koordinator'],
  // Recruitment (Zip-team): recruiters in Bufetat and the municipalities work the shared
  // pipeline; the head of service follows it; which cases each sees is decided per case
  // (owner or shared with consent, src/modules/rekruttering/sakAccess.ts).
  'rekruttering:work': ['rekrutterer'],
  'rekruttering:read': ['rekrutterer', 'leder'],
  'rekruttering:settings': ['leder'],
  // Homes approved and available to the service, and linking one to a child's placement.
  'rekruttering:available': ['rekrutterer', 'kontaktperson', 'teamleder', 'leder'],
  // Re-recruitment after a placement ends: the foster home's contact person and the recruiter.
  'gjenrekruttering:list': ['rekrutterer', 'kontaktperson', 'teamleder', 'leder'],
} as const satisfies Record<string, readonly Rolle[]>;

export type Permission = keyof typeof GRANTS;

export function permissionsFor(rolle: Rolle): Permission[] {
  return (Object.keys(GRANTS) as Permission[]).filter((p) => (GRANTS[p] as readonly Rolle[]).includes(rolle));
}

export function can(actor: { rolle: Rolle }, permission: Permission): boolean {
  return (GRANTS[permission] as readonly Rolle[]).includes(actor.rolle);
}

/** Throws 403 unless the actor holds the permission. Called by every route, before any query. */
export function authorize(actor: { rolle: Rolle }, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}
