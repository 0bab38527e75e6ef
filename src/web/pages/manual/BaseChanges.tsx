import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { acceptManualBase } from '@/web/api/acceptManualBase';
import type { ForlopId, ManualPunkt } from '@/web/api/manualTypes';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { TEXT_FIELDS } from '@/web/pages/manual/TextPairFields';
import { manualPointQuery, useRefreshManual } from '@/web/pages/manual/useManualQueries';

interface Props {
  forlop: ForlopId;
  punkter: ManualPunkt[];
  onDone: (folgBasis: boolean) => void;
}

/**
 * "Endringer i felles manual": shared points the service has adapted and that have changed
 * since. Each shows the new shared text beside the service's own, and the head of service
 * keeps the service's text or follows the shared one.
 */
export function BaseChanges({ forlop, punkter, onDone }: Props) {
  const t = useT();
  const headingId = useId();
  if (punkter.length === 0) return null;
  return (
    <section className="base-changes" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('manual.endringer.overskrift', { antall: punkter.length })}
      </Heading>
      <Paragraph>{t('manual.endringer.ingress')}</Paragraph>
      <ul className="plain-list base-changes__list">
        {punkter.map((punkt) => (
          <BaseChange key={punkt.id} forlop={forlop} punkt={punkt} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}

function BaseChange({
  forlop,
  punkt,
  onDone,
}: { forlop: ForlopId; punkt: ManualPunkt } & Pick<Props, 'onDone'>) {
  const t = useT();
  const labels = useManualLabels();
  const refresh = useRefreshManual(forlop);
  const detail = useQuery(manualPointQuery(forlop, punkt.id));
  const [busy, setBusy] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = detail.data?.base;

  const choose = async (folgBasis: boolean) => {
    setBusy(folgBasis);
    setError(null);
    try {
      await acceptManualBase(forlop, punkt.id, folgBasis);
      await refresh();
      onDone(folgBasis);
    } catch (e) {
      setError(problemMessage(e, t));
      setBusy(null);
    }
  };

  return (
    <li>
      <div className="manual-panel base-change">
        <Heading level={3} data-size="xs">
          {labels.tekst(punkt.tittel)}
        </Heading>
        {detail.isError && (
          <QueryErrorAlert error={detail.error} onRetry={() => detail.refetch()} level={3} />
        )}
        {base && (
          <div className="base-change__columns">
            <div>
              <Heading level={4} data-size="2xs">
                {t('manual.endringer.felles', { versjon: base.versjon })}
              </Heading>
              <dl className="text-compare">
                {TEXT_FIELDS.map((field) => (
                  <div key={field}>
                    <dt>{t(`manual.felt.${field}`)}</dt>
                    <dd className="prewrap">{labels.tekst(base[field])}</dd>
                  </div>
                ))}
              </dl>
            </div>
            <div>
              <Heading level={4} data-size="2xs">
                {t('manual.endringer.var')}
              </Heading>
              <dl className="text-compare">
                {TEXT_FIELDS.map((field) => (
                  <div key={field}>
                    <dt>{t(`manual.felt.${field}`)}</dt>
                    <dd className="prewrap">{labels.tekst(punkt[field])}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </div>
        )}
        <div className="form-actions">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            loading={busy === false}
            disabled={busy !== null}
            onClick={() => choose(false)}
          >
            {t('manual.endringer.behold')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            loading={busy === true}
            disabled={busy !== null}
            onClick={() => choose(true)}
          >
            {t('manual.endringer.folg')}
          </Button>
        </div>
        {error && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
      </div>
    </li>
  );
}
