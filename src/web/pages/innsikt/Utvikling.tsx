import { useIntl } from 'react-intl';
import type { TrendKvartal } from '@/web/api/innsiktTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { civilDateValue } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import { DataTabell } from '@/web/pages/innsikt/DataTabell';
import { Definisjon } from '@/web/pages/innsikt/Definisjon';
import { Diagram } from '@/web/pages/innsikt/Diagram';
import { useInnsiktFormat } from '@/web/pages/innsikt/maal';
import { Seksjon } from '@/web/pages/innsikt/Seksjon';

/**
 * Unintended moves per 100 placement-years, three months at a time for the two years up to the
 * period's end: a bar chart and the numbers in a table beside it.
 */
export function Utvikling({ trend, navn }: { trend: TrendKvartal[]; navn: string }) {
  const t = useT();
  const intl = useIntl();
  const f = useInnsiktFormat();
  const dato = (d: string) => intl.formatDate(civilDateValue(d), { dateStyle: 'short', timeZone: TIME_ZONE });
  const stolper = trend.map((k) => ({
    etikett: t('innsikt.utvikling.kvartal', { fra: dato(k.fra), til: dato(k.til) }),
    verdi: k.utilsiktetPer100Ar,
    tekst: k.utilsiktetPer100Ar === null ? t('innsikt.ikkeBeregnet') : f.desimal(k.utilsiktetPer100Ar),
  }));

  return (
    <Seksjon tittel={t('innsikt.utvikling.tittel')} ingress={t('innsikt.utvikling.ingress', { navn })}>
      <div className="innsikt-diagram-og-tabell">
        <Diagram tittel={t('innsikt.maal.utilsiktetPer100Ar')} stolper={stolper} />
        <DataTabell
          caption={t('innsikt.utvikling.tabell')}
          kolonner={[
            t('innsikt.kolonne.periode'),
            t('innsikt.kolonne.utilsiktet'),
            t('innsikt.kolonne.per100'),
          ]}
          rader={trend.map((k) => ({
            key: k.fra,
            celler: [
              <>
                <CivilDate date={k.fra} />
                {' – '}
                <CivilDate date={k.til} />
              </>,
              f.antall(k.utilsiktet),
              k.utilsiktetPer100Ar === null ? (
                <span key="per100" className="subtle">
                  {t('innsikt.ikkeBeregnet')}
                </span>
              ) : (
                f.desimal(k.utilsiktetPer100Ar)
              ),
            ],
          }))}
        />
      </div>
      <Definisjon navn={t('innsikt.utvikling.tittel')} definisjon="innsikt.definisjon.utvikling" />
    </Seksjon>
  );
}
