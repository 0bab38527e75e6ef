import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { SakBody } from '@/web/api/rekrutteringTypes';

/** `POST /api/recruitment/cases` → 201: a family registered in the first stage. */
export function createRecruitmentCase(body: SakBody): Promise<Created> {
  return apiRequest<Created>('/api/recruitment/cases', { method: 'POST', body });
}
