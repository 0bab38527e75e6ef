import type { Config } from '@/config';
import type { Database } from '@/db/client';
import type { Actor } from '@/modules/core/actor';
import type { Locale } from '@/server/i18n';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
  }
  interface FastifyRequest {
    locale: Locale;
    /** The signed-in user, set from the session cookie; null when there is none. */
    actor: Actor | null;
    /** True when the cookie named a session that had timed out. */
    sessionExpired: boolean;
  }
  interface FastifyContextConfig {
    /** Route answers without a signed-in user. */
    public?: boolean;
    /** Route is exempt from the CSRF token check (it still gets the Origin check). */
    skipCsrfToken?: boolean;
  }
}
