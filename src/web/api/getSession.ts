import { apiRequest } from '@/web/api/client';
import type { SessionResponse } from '@/web/api/types';

/** `GET /api/auth/session` → the user and a CSRF token, or 401 `unauthenticated` / `session_expired`. */
export function getSession(): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/auth/session', { allowUnauthorized: true });
}
