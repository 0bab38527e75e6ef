import { Spinner } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';

/** Shown while the first route loaders run (before any layout exists). */
export function RouteFallback() {
  const t = useT();
  return (
    <div className="route-fallback">
      <Spinner aria-label={t('felles.laster')} data-size="lg" />
    </div>
  );
}
