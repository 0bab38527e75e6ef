import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ForlopId, ManualPunkt } from '@/web/api/manualTypes';
import { resetManualPoint } from '@/web/api/resetManualPoint';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { useRefreshManual } from '@/web/pages/manual/useManualQueries';

interface Props {
  forlop: ForlopId;
  punkt: ManualPunkt;
  onDone: () => void;
  onCancel: () => void;
}

/** Back to the shared text (or, for a local point, removing it), after saying what happens. */
export function ResetPointConfirm({ forlop, punkt, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const refresh = useRefreshManual(forlop);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await resetManualPoint(forlop, punkt.id);
      await refresh();
      onDone();
    } catch (e) {
      setError(problemMessage(e, t));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-form">
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <Paragraph className="dialog-form__subject">{labels.tekst(punkt.tittel)}</Paragraph>
      <Paragraph>{punkt.lokal ? t('manual.fjern.tekst') : t('manual.tilbake.tekst')}</Paragraph>
      <div className="form-actions">
        <Button type="button" loading={busy} onClick={confirm}>
          {punkt.lokal ? t('manual.fjern') : t('manual.tilbake')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </div>
  );
}
