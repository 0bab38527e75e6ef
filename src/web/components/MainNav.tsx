import { ChevronDownIcon } from '@navikt/aksel-icons';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { matchPath, NavLink, useLocation } from 'react-router';
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
  /** Seldom used in the day's work: goes under «Mer» when the menu would not fit one row. */
  sekundar?: true;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'nav.oversikt' },
  { to: '/barn', label: 'nav.barn', tillatelse: Tillatelse.barnList, kommunal: true },
  { to: '/oppgaver', label: 'oppgaver.nav', tillatelse: Tillatelse.barnList, kommunal: true },
  { to: '/fosterhjem', label: 'nav.fosterhjem', tillatelse: Tillatelse.fosterhjemList, kommunal: true },
  { to: '/rekruttering', label: 'rekruttering.nav', tillatelse: Tillatelse.rekrutteringRead },
  { to: '/manual', label: 'manual.nav', sekundar: true },
  { to: '/gjennomgang', label: 'gjennomgang.nav', roller: ['teamleder', 'leder'], kommunal: true },
  { to: '/maler', label: 'maler.nav', sekundar: true },
  { to: '/skattekart', label: 'katalog.nav', kommunal: true, sekundar: true },
  { to: '/dokumenter/godkjenning', label: 'dokument.godkjenningsko.nav', roller: ['teamleder', 'leder'] },
  {
    to: '/innsikt',
    label: 'innsikt.nav',
    kommunal: true,
    enAvTillatelsene: [Tillatelse.innsiktTjeneste, Tillatelse.innsiktSamarbeid],
  },
  { to: '/revisjonslogg', label: 'nav.revisjonslogg', tillatelse: Tillatelse.auditRead, sekundar: true },
  { to: '/innstillinger', label: 'nav.innstillinger', sekundar: true },
];

/**
 * More links than this do not fit one row at 1280 px (a team leader has 11, a head of service
 * 13), so the secondary ones go under «Mer».
 */
const MAKS_PA_RAD = 10;

/**
 * Main navigation: only the pages the user may use. NavLink sets `aria-current="page"`. When a
 * role has more links than fit one row, the seldom used ones go under «Mer», a disclosure button.
 */
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
  const samle = items.length > MAKS_PA_RAD;
  const lenke = (item: NavItem) => (
    <li key={item.to}>
      <NavLink to={item.to} end={item.to === '/'} className="main-nav__link" onClick={onNavigate}>
        {t(item.label)}
      </NavLink>
    </li>
  );

  return (
    <nav aria-label={t('nav.etikett')} className="main-nav">
      <ul className="main-nav__list">
        {items.filter((item) => !samle || !item.sekundar).map(lenke)}
        {samle && <MerMeny items={items.filter((item) => item.sekundar)} lenke={lenke} />}
      </ul>
    </nav>
  );
}

/**
 * «Mer»: a button that shows and hides a list of links (aria-expanded). Escape closes it (and only
 * it) and returns focus to the button; choosing a page or clicking outside closes it too. The
 * button is marked while the current page is one of its links.
 */
function MerMeny({ items, lenke }: { items: NavItem[]; lenke: (item: NavItem) => ReactNode }) {
  const t = useT();
  const listeId = useId();
  const rot = useRef<HTMLLIElement>(null);
  const knapp = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const aktiv = items.some((item) => matchPath({ path: item.to, end: false }, pathname));

  // A chosen page closes the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Only the list closes: on a phone the menu panel around it stays open (AppHeader).
      event.stopPropagation();
      setOpen(false);
      knapp.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!rot.current?.contains(event.target as Node)) setOpen(false);
    };
    // Capture: before the menu panel's own Escape handler (AppHeader).
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <li ref={rot} className="main-nav__mer">
      <button
        ref={knapp}
        type="button"
        className="main-nav__link main-nav__mer-knapp"
        aria-expanded={open}
        aria-controls={listeId}
        data-aktiv={aktiv || undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {t('nav.mer')}
        <ChevronDownIcon aria-hidden className="main-nav__mer-ikon" />
      </button>
      <ul id={listeId} className="main-nav__mer-liste" hidden={!open}>
        {items.map(lenke)}
      </ul>
    </li>
  );
}
