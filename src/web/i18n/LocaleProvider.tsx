import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { setRequestLocale } from '@/web/api/client';
import type { Sprak } from '@/web/api/types';
import { useSession } from '@/web/auth/useSession';
import { LocaleContext } from '@/web/i18n/LocaleContext';
import { DEFAULT_SPRAK, formattingLocale, readStoredSprak, storeSprak, TIME_ZONE } from '@/web/i18n/locale';
import { catalogs } from '@/web/i18n/messages';

/**
 * Provides react-intl with the active language and keeps `<html lang>` in step.
 * Before login the device's choice (localStorage) applies; after login the user's saved language wins.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [deviceLocale, setDeviceLocale] = useState<Sprak>(readStoredSprak);
  const session = useSession();
  const locale: Sprak = session?.status === 'authenticated' ? session.user.sprak : deviceLocale;

  // Every request says which language the person reads, so problem details come back in it.
  setRequestLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    storeSprak(locale);
    setDeviceLocale(locale);
  }, [locale]);

  const value = useMemo(() => ({ locale, setDeviceLocale }), [locale]);

  return (
    <LocaleContext.Provider value={value}>
      {/* Messages are chosen by `locale`; Intl formatting uses a locale the browser has data for. */}
      <IntlProvider
        locale={formattingLocale(locale)}
        defaultLocale={DEFAULT_SPRAK}
        messages={catalogs[locale]}
        timeZone={TIME_ZONE}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
