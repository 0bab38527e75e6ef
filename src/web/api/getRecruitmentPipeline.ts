import { apiRequest } from '@/web/api/client';
import type { Pipeline } from '@/web/api/rekrutteringTypes';

/** `GET /api/recruitment/pipeline`: the stages, checklist points, sources and reason codes. */
export function getRecruitmentPipeline(): Promise<Pipeline> {
  return apiRequest<Pipeline>('/api/recruitment/pipeline');
}
