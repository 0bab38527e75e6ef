import { apiRequest } from '@/web/api/client';
import type { AnswerGjenrekrutteringBody } from '@/web/api/slektTypes';

/** `POST /api/re-recruitment/:id/answer`: the conversation and the home's answer. */
export function answerReRecruitment(
  id: string,
  body: AnswerGjenrekrutteringBody,
): Promise<{ sakId: string | null }> {
  return apiRequest<{ sakId: string | null }>(`/api/re-recruitment/${encodeURIComponent(id)}/answer`, {
    method: 'POST',
    body,
  });
}
