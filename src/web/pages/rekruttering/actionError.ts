import { isApiError } from '@/web/api/problem';
import { problemMessage } from '@/web/components/problemMessage';
import type { MessageId } from '@/web/i18n/messages';

/** The message for a failed action button: the server's field message when it names one. */
export function actionError(error: unknown, t: (id: MessageId) => string): string {
  if (isApiError(error) && error.status === 409) return t('rekruttering.konflikt');
  if (isApiError(error) && error.problem.errors?.[0]?.message) return error.problem.errors[0].message;
  return problemMessage(error, t);
}
