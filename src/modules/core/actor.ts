import type { Rolle } from '@/modules/core/policy';
import type { Locale } from '@/server/i18n';

/** The signed-in user behind a request, as the session layer resolved it. */
export type Actor = {
  userId: string;
  tjenesteId: string;
  rolle: Rolle;
  teamId: string | null;
  sprak: Locale;
  sessionTokenHash: string;
  csrfToken: string;
};
