import { Spinner } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';

/** A calm loading indicator for a page or a section. */
export function PageSpinner() {
  const t = useT();
  return (
    <div className="page-spinner">
      <Spinner aria-label={t('felles.laster')} data-size="lg" />
    </div>
  );
}
