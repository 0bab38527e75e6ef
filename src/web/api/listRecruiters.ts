import { apiRequest } from '@/web/api/client';

/** `GET /api/recruitment/recruiters`: the recruiters in the user's organisation. */
export function listRecruiters(): Promise<{ items: { id: string; navn: string }[] }> {
  return apiRequest('/api/recruitment/recruiters');
}
