import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { CreateFosterhjemBody } from '@/web/api/fosterhjemTypes';

/** `POST /api/foster-homes` with the household members. */
export function createFosterHome(body: CreateFosterhjemBody): Promise<Created> {
  return apiRequest<Created>('/api/foster-homes', { method: 'POST', body });
}
