import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { loginPath, safeNext } from '@/web/auth/loginPath';
import { sessionQuery } from '@/web/auth/sessionState';

function pathOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** Loader for the signed-in shell: sends anyone without a session to the login page. */
export function requireSession(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    if (session.status !== 'authenticated') {
      const reason = session.reason === 'session_expired' ? session.reason : undefined;
      throw redirect(loginPath({ next: pathOf(request), reason }));
    }
    return null;
  };
}

/** Loader for the login page: someone already signed in goes on to where they were heading. */
export function redirectIfSignedIn(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    if (session.status === 'authenticated') {
      throw redirect(safeNext(new URL(request.url).searchParams.get('neste')));
    }
    return null;
  };
}

/** Loader for routes that render with or without a session (404): just make sure we know which. */
export function loadSession(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(sessionQuery);
    return null;
  };
}
