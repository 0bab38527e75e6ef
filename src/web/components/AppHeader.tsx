import { Button } from '@digdir/designsystemet-react';
import { MenuHamburgerIcon, XMarkIcon } from '@navikt/aksel-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '@/web/auth/useMe';
import { LanguageSwitch } from '@/web/components/LanguageSwitch';
import { LogoutButton } from '@/web/components/LogoutButton';
import { MainNav } from '@/web/components/MainNav';
import { UserBadge } from '@/web/components/UserBadge';
import { useT } from '@/web/i18n/useT';

/**
 * App header: name, service, user, language and logout, and the main navigation.
 * Below 48rem the navigation and tools fold into a disclosure ("Meny", aria-expanded).
 */
export function AppHeader() {
  const t = useT();
  const me = useMe();
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  // Escape closes the open menu and returns focus to its button.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <header className="app-header">
      <div className="app-header__inner app-container">
        <div className="app-header__brand">
          <Link to="/" className="app-header__logo">
            {t('app.navn')}
          </Link>
          <span className="app-header__service">{me.tjeneste.navn}</span>
        </div>
        <Button
          ref={toggleRef}
          type="button"
          variant="secondary"
          data-size="sm"
          className="app-header__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? <XMarkIcon aria-hidden /> : <MenuHamburgerIcon aria-hidden />}
          {t('shell.meny')}
        </Button>
        <div id={panelId} className="app-header__panel" data-open={open}>
          <div className="app-header__tools">
            <UserBadge />
            <LanguageSwitch />
            <LogoutButton />
          </div>
          <MainNav onNavigate={() => setOpen(false)} />
        </div>
      </div>
    </header>
  );
}
