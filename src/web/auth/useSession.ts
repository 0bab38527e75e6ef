import { useQuery } from '@tanstack/react-query';
import { type SessionState, sessionQuery } from '@/web/auth/sessionState';

/** The current session state, or undefined while it is first loading. */
export function useSession(): SessionState | undefined {
  return useQuery(sessionQuery).data;
}
