import { Button } from '@digdir/designsystemet-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import type { InnsiktNiva, Periode } from '@/web/api/innsiktTypes';
import { insightsExportUrl } from '@/web/api/insightsExportUrl';
import { useT } from '@/web/i18n/useT';
import { Seksjon } from '@/web/pages/innsikt/Seksjon';

/** The same figures as a file: CSV (semicolons, opens in Norwegian Excel) or Excel (xlsx). */
export function Eksport({ periode, niva }: { periode: Periode; niva: InnsiktNiva }) {
  const t = useT();
  return (
    <Seksjon
      tittel={t('innsikt.eksport.tittel')}
      ingress={niva === 'tjeneste' ? t('innsikt.eksport.ingress') : t('innsikt.eksport.ingress.samarbeid')}
    >
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
    </Seksjon>
  );
}
