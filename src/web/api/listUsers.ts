import type { Kollega } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `GET /api/users`: active colleagues in the service (to pick a contact person or hand over). */
export function listUsers(): Promise<{ items: Kollega[] }> {
  return apiRequest<{ items: Kollega[] }>('/api/users');
}
