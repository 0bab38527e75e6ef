import { apiRequest } from '@/web/api/client';

/** `POST /api/auth/logout` → 204. */
export function logout(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST', allowUnauthorized: true });
}
