import type { Created } from '@/web/api/barnTypes';
import { apiRequest } from '@/web/api/client';
import type { CreateSamvaersplanBody } from '@/web/api/samvaerTypes';

/** `POST /api/children/:id/contact-plans` → 201: a plan from a date; a change is a new plan. */
export function createContactPlan(barnId: string, body: CreateSamvaersplanBody): Promise<Created> {
  return apiRequest<Created>(`/api/children/${encodeURIComponent(barnId)}/contact-plans`, {
    method: 'POST',
    body,
  });
}
