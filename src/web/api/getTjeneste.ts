import { apiRequest } from '@/web/api/client';
import type { Tjeneste } from '@/web/api/types';

/** `GET /api/tjeneste`: the signed-in user's own service. */
export function getTjeneste(): Promise<Tjeneste> {
  return apiRequest<Tjeneste>('/api/tjeneste');
}
