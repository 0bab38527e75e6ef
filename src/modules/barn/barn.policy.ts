import type { Actor } from '@/modules/core/actor';
import type { Rolle } from '@/modules/core/policy';

export type Tilknytning = 'egen' | 'team' | 'tjeneste' | 'formal';

/** Roles that follow children and may be their contact person or open a record with a purpose. */
export const SAKSBEHANDLER_ROLLER: readonly Rolle[] = ['kontaktperson', 'teamleder', 'leder', 'veileder'];

/** Roles that may register children and foster homes and record placements. */
export const REGISTRERING_ROLLER: readonly Rolle[] = ['kontaktperson', 'teamleder', 'leder'];

/**
 * How the actor is tied to a child or foster home (design §2, least privilege):
 * a contact person reaches their own cases, a team leader the team's, the head of service all
 * of the service. Anyone else needs a purpose-stated access grant (`formal`), which is read-only.
 */
export function tilknytning(
  actor: Pick<Actor, 'userId' | 'rolle' | 'teamId'>,
  sak: { kontaktpersonIds: (string | null)[]; teamIds: (string | null)[] },
  harFormalTilgang: boolean,
): Tilknytning | null {
  if (sak.kontaktpersonIds.includes(actor.userId)) return 'egen';
  if (actor.rolle === 'leder') return 'tjeneste';
  if (actor.rolle === 'teamleder' && actor.teamId && sak.teamIds.includes(actor.teamId)) return 'team';
  if (harFormalTilgang) return 'formal';
  return null;
}

/** Changes need a real tie to the case, not just a purpose. */
export const kanEndre = (t: Tilknytning | null) => t === 'egen' || t === 'team' || t === 'tjeneste';

/** Who may ask for purpose access to a record outside their caseload. */
export const kanBeOmFormalTilgang = (actor: Pick<Actor, 'rolle'>) =>
  SAKSBEHANDLER_ROLLER.includes(actor.rolle);

/** How long a purpose-stated access lasts. */
export const FORMAL_TILGANG_TIMER = 8;
