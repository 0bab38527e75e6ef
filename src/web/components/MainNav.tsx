import { NavLink } from 'react-router';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

interface NavItem {
  to: string;
  label: MessageId;
  /** Permission needed to use the page; the link is left out without it. */
  tillatelse?: string;
  /** Roles the page is for (the session's role); the link is left out for others. */
  roller?: readonly string[];
  /** Any one of these permissions is enough (a page with views for different permissions). */
  enAvTillatelsene?: readonly string[];
  /** Pages about children and foster homes in a municipal service; left out for Bufetat. */
  kommunal?: true;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'nav.oversikt' },
  { to: '/barn', label: 'nav.barn', tillatelse: Tillatelse.barnList, kommunal: true },
  { to: '/oppgaver', label: 'oppgaver.nav', tillatelse: Tillatelse.barnList, kommunal: true },
  { to: '/fosterhjem', label: 'nav.fosterhjem', tillatelse: Tillatelse.fosterhjemList, kommunal: true },
  { to: '/rekruttering', label: 'rekruttering.nav', tillatelse: Tillatelse.rekrutteringRead },
  { to: '/manual', label: 'manual.nav' },
  { to: '/gjennomgang', label: 'gjennomgang.nav', roller: ['teamleder', 'leder'], kommunal: true },
  { to: '/maler', label: 'maler.nav' },
  { to: '/skattekart', label: 'katalog.nav', kommunal: true },
  { to: '/dokumenter/godkjenning', label: 'dokument.godkjenningsko.nav', roller: ['teamleder', 'leder'] },
  {
    to: '/innsikt',
    label: 'innsikt.nav',
    kommunal: true,
    enAvTillatelsene: [Tillatelse.innsiktTjeneste, Tillatelse.innsiktSamarbeid],
  },
  { to: '/revisjonslogg', label: 'nav.revisjonslogg', tillatelse: Tillatelse.auditRead },
  { to: '/innstillinger', label: 'nav.innstillinger' },
];

/** Main navigation: only the pages the user may use. NavLink sets `aria-current="page"`. */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const items = ITEMS.filter(
    (item) =>
      (!item.tillatelse || harTillatelse(me, item.tillatelse)) &&
      (!item.roller || item.roller.includes(me.rolle)) &&
      (!item.kommunal || me.tjeneste.organisasjonstype === 'kommune') &&
      (!item.enAvTillatelsene || item.enAvTillatelsene.some((x) => harTillatelse(me, x))),
  );

  return (
    <nav aria-label={t('nav.etikett')} className="main-nav">
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link" onClick={onNavigate}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
