import { Card, Heading } from '@digdir/designsystemet-react';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';

/** After a conflict: what is saved now, beside the form that still holds what the user typed. */
export function SavedVersion({ rows }: { rows: [string, string][] }) {
  const t = useT();
  return (
    <Card data-color="neutral" variant="tinted" className="saved-version">
      <Heading level={4} data-size="2xs">
        {t('konflikt.lagretNa')}
      </Heading>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd className="prewrap">{value || <EmptyValue />}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
