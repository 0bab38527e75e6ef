import type { CreateBarnBody, Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';

/** `POST /api/children` → 201 `{id}`; 400 with field errors, 409 `duplicate` on the number. */
export function createChild(body: CreateBarnBody): Promise<Created> {
  return apiRequest<Created>('/api/children', { method: 'POST', body });
}
