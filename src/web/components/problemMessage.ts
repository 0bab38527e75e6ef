import { isApiError } from '@/web/api/problem';
import type { MessageId } from '@/web/i18n/messages';

/**
 * The message to show for a failed request: the server's `detail` (already in the user's language)
 * when there is one, else a translated message chosen by status.
 */
export function problemMessage(error: unknown, t: (id: MessageId) => string): string {
  if (isApiError(error)) {
    if (error.problem.detail) return error.problem.detail;
    if (error.status === 0) return t('feil.nettverk');
    if (error.status === 403) return t('feil.ingenTilgang');
    if (error.status === 404) return t('feil.ikkeFunnet');
    if (error.status === 429) return t('feil.forMange');
  }
  return t('feil.ukjent');
}
