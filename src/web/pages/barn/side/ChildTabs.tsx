import { NavLink } from 'react-router';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

const TABS: { path: string; label: MessageId }[] = [
  { path: '', label: 'barn.fane.oversikt' },
  { path: 'forlop', label: 'forlop.fane' },
  { path: 'familie', label: 'barn.fane.familie' },
  { path: 'fosterhjem', label: 'barn.fane.fosterhjem' },
  { path: 'landsby', label: 'barn.fane.landsby' },
  { path: 'rammefortelling', label: 'barn.fane.rammefortelling' },
  { path: 'tidslinje', label: 'barn.fane.tidslinje' },
  { path: 'arshjul', label: 'arshjul.fane' },
  { path: 'dokumenter', label: 'dokument.fane' },
  { path: 'samvaer', label: 'samvaer.fane' },
  { path: 'tilbakeforing', label: 'tilbakeforing.fane' },
];

/**
 * The child's sections as links (each has its own address, so back/forward and bookmarks work);
 * the current one has `aria-current="page"`. They wrap onto more lines on narrow screens.
 */
export function ChildTabs({ barnId }: { barnId: string }) {
  const t = useT();
  return (
    <nav aria-label={t('barn.fane.etikett')} className="section-tabs">
      <ul className="section-tabs__list">
        {TABS.map((tab) => (
          <li key={tab.path}>
            <NavLink
              to={tab.path ? `/barn/${barnId}/${tab.path}` : `/barn/${barnId}`}
              end
              preventScrollReset
              className="section-tabs__link"
            >
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
