import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/web/components/LanguageSwitch';
import { MainLandmark } from '@/web/components/MainLandmark';
import { SkipToMain } from '@/web/components/SkipToMain';
import { useT } from '@/web/i18n/useT';

/** Layout for pages without a signed-in user: login, and 404 or errors before login. */
export function PlainLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <SkipToMain />
      <header className="app-header app-header--plain">
        <div className="app-header__inner app-container">
          <div className="app-header__brand">
            <span className="app-header__logo">{t('app.navn')}</span>
            <span className="app-header__service">{t('app.undertittel')}</span>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <MainLandmark>{children}</MainLandmark>
    </>
  );
}
