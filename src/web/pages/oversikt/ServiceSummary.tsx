import { Card, Heading } from '@digdir/designsystemet-react';
import type { Tjeneste } from '@/web/api/types';
import { useT } from '@/web/i18n/useT';

/** Name, code, kind and size of the user's service. */
export function ServiceSummary({ tjeneste }: { tjeneste: Tjeneste }) {
  const t = useT();
  return (
    <Card className="info-card" data-color="neutral">
      <Heading level={2} data-size="sm">
        {t('oversikt.tjeneste.overskrift')}
      </Heading>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('oversikt.tjeneste.navn')}</dt>
          <dd>{tjeneste.navn}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('oversikt.tjeneste.kode')}</dt>
          <dd>{tjeneste.kode}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('oversikt.tjeneste.organisering')}</dt>
          <dd>
            {tjeneste.organisasjonstype === 'bufetat'
              ? t('oversikt.tjeneste.bufetat')
              : tjeneste.interkommunal
                ? t('oversikt.tjeneste.interkommunal')
                : t('oversikt.tjeneste.kommunal')}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('oversikt.tjeneste.antallBrukere')}</dt>
          <dd>{t('felles.antall', { antall: tjeneste.antallBrukere })}</dd>
        </div>
      </dl>
    </Card>
  );
}
