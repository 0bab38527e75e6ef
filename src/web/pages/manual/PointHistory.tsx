import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { ForlopId, ManualPunkt, Tekst } from '@/web/api/manualTypes';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { Timestamp } from '@/web/components/Timestamp';
import { useColleagues } from '@/web/components/useColleagues';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { TEXT_FIELDS } from '@/web/pages/manual/TextPairFields';
import { manualPointQuery } from '@/web/pages/manual/useManualQueries';

interface Props {
  forlop: ForlopId;
  punkt: ManualPunkt;
  onClose: () => void;
}

function isTekst(value: unknown): value is Tekst {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Tekst).nb === 'string' &&
    typeof (value as Tekst).nn === 'string'
  );
}

/** The saved states of the service's wording of one point, newest first: when, by whom, and the texts. */
export function PointHistory({ forlop, punkt, onClose }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const detail = useQuery(manualPointQuery(forlop, punkt.id));
  const { query: colleagues } = useColleagues();
  const navn = (id: string) => colleagues.data?.items.find((user) => user.id === id)?.navn;

  return (
    <div className="dialog-form">
      <Paragraph className="dialog-form__subject">{labels.tekst(punkt.tittel)}</Paragraph>
      {detail.isPending && <PageSpinner />}
      {detail.isError && <QueryErrorAlert error={detail.error} onRetry={() => detail.refetch()} level={3} />}
      {detail.data && detail.data.historikk.length === 0 && (
        <Paragraph className="empty-state">{t('manual.historikk.tom')}</Paragraph>
      )}
      {detail.data && detail.data.historikk.length > 0 && (
        <ol className="version-list">
          {detail.data.historikk.map((entry) => {
            const data = (entry.data ?? {}) as Record<string, unknown>;
            const felt = TEXT_FIELDS.filter((field) => isTekst(data[field]));
            const hvem = navn(entry.endretAv);
            return (
              <li key={`${entry.endret}-${entry.endretAv}`} className="version-list__item history-entry">
                <Paragraph data-size="sm">
                  <Timestamp value={entry.endret} />
                  {hvem ? ` · ${hvem}` : ''}
                  {punkt.lokal ? '' : ` · ${t('manual.historikk.basis', { versjon: entry.basisVersjon })}`}
                </Paragraph>
                {felt.length === 0 ? (
                  <Paragraph data-size="sm">{t('manual.historikk.ingenTekst')}</Paragraph>
                ) : (
                  <dl className="text-compare">
                    {felt.map((field) => (
                      <div key={field}>
                        <dt>{t(`manual.felt.${field}`)}</dt>
                        <dd className="prewrap">{labels.tekst(data[field] as Tekst)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="form-actions">
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('felles.lukk')}
        </Button>
      </div>
    </div>
  );
}
