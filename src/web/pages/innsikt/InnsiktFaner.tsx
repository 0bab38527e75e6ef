import { NavLink, useLocation } from 'react-router';
import { useT } from '@/web/i18n/useT';

/**
 * "Tjenesten" and "Læringsnettverket" for the head of service, who has both. Links (each view has
 * its own address); the period in the query string goes along.
 */
export function InnsiktFaner() {
  const t = useT();
  const { search } = useLocation();
  return (
    <nav aria-label={t('innsikt.fane.etikett')} className="section-tabs">
      <ul className="section-tabs__list">
        <li>
          <NavLink to={{ pathname: '/innsikt', search }} end className="section-tabs__link">
            {t('innsikt.fane.tjeneste')}
          </NavLink>
        </li>
        <li>
          <NavLink to={{ pathname: '/innsikt/laeringsnettverk', search }} end className="section-tabs__link">
            {t('innsikt.fane.samarbeid')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
