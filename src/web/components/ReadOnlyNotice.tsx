import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';

/** Shown while a record is open through a stated purpose (`tilknytning: formal`). */
export function ReadOnlyNotice() {
  const t = useT();
  return (
    <Alert data-color="info" className="read-only-notice">
      <Paragraph>{t('formal.lesetilgang')}</Paragraph>
    </Alert>
  );
}
