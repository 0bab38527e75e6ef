import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { useId } from 'react';
import type { InnsiktNiva, Periode } from '@/web/api/innsiktTypes';
import { insightsExportUrl } from '@/web/api/insightsExportUrl';
import { useT } from '@/web/i18n/useT';

/** The same figures as a file: CSV (semicolons, opens in Norwegian Excel) or Excel (xlsx). */
export function Eksport({ periode, niva }: { periode: Periode; niva: InnsiktNiva }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('innsikt.eksport.tittel')}
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {niva === 'tjeneste' ? t('innsikt.eksport.ingress') : t('innsikt.eksport.ingress.samarbeid')}
      </Paragraph>
      <div className="innsikt-eksport">
        <Button asChild variant="secondary">
          <a href={insightsExportUrl(periode, niva, 'csv')} download>
            <DownloadIcon aria-hidden />
            {t('innsikt.eksport.csv')}
          </a>
        </Button>
        <Button asChild variant="secondary">
          <a href={insightsExportUrl(periode, niva, 'xlsx')} download>
            <DownloadIcon aria-hidden />
            {t('innsikt.eksport.xlsx')}
          </a>
        </Button>
      </div>
    </section>
  );
}
