import type { SignedOutReason } from '@/web/auth/sessionState';

export const LOGIN_PATH = '/logg-inn';

/** Only same-origin absolute paths may be used as the page to return to after login. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return '/';
  return next;
}

/** `/logg-inn?neste=…&arsak=…` */
export function loginPath(options: { next?: string; reason?: SignedOutReason } = {}): string {
  const params = new URLSearchParams();
  const next = options.next ? safeNext(options.next) : '/';
  if (next !== '/') params.set('neste', next);
  if (options.reason === 'session_expired') params.set('arsak', 'utlopt');
  if (options.reason === 'logged_out') params.set('arsak', 'utlogget');
  const qs = params.toString();
  return qs ? `${LOGIN_PATH}?${qs}` : LOGIN_PATH;
}
