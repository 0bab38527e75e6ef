import { queryOptions } from '@tanstack/react-query';
import { setCsrfToken } from '@/web/api/client';
import { getSession } from '@/web/api/getSession';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import type { Me, SessionResponse } from '@/web/api/types';

/** Why nobody is signed in: shown as a notice on the login page. */
export type SignedOutReason = 'unauthenticated' | 'session_expired' | 'logged_out';

export type SessionState =
  | { status: 'authenticated'; user: Me; csrfToken: string }
  | { status: 'anonymous'; reason: SignedOutReason };

export function authenticated(response: SessionResponse): SessionState {
  setCsrfToken(response.csrfToken);
  return { status: 'authenticated', user: response.user, csrfToken: response.csrfToken };
}

export function anonymous(reason: SignedOutReason): SessionState {
  setCsrfToken(null);
  return { status: 'anonymous', reason };
}

export function reasonFromCode(code: string | undefined): SignedOutReason {
  return code === 'session_expired' ? 'session_expired' : 'unauthenticated';
}

async function fetchSessionState(): Promise<SessionState> {
  try {
    return authenticated(await getSession());
  } catch (error) {
    if (isApiError(error) && error.status === 401) return anonymous(reasonFromCode(error.code));
    throw error;
  }
}

/** The session lives in the query cache; login, logout and language changes write it directly. */
export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: fetchSessionState,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});
