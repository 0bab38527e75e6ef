import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { TrendKvartal } from '@/web/api/innsiktTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { civilDateValue } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import { Definisjon } from '@/web/pages/innsikt/Definisjon';
import { useInnsiktFormat } from '@/web/pages/innsikt/maal';
import { Stolpediagram } from '@/web/pages/innsikt/Stolpediagram';

/**
 * Unintended moves per 100 placement-years, three months at a time for the two years up to the
 * period's end: a bar chart and the numbers in a table beside it.
 */
export function Utvikling({ trend, navn }: { trend: TrendKvartal[]; navn: string }) {
  const t = useT();
  const intl = useIntl();
  const f = useInnsiktFormat();
  const headingId = useId();
  const figId = useId();
  const captionId = useId();
  const dato = (d: string) => intl.formatDate(civilDateValue(d), { dateStyle: 'short', timeZone: TIME_ZONE });
  const stolper = trend.map((k) => ({
    etikett: t('innsikt.utvikling.kvartal', { fra: dato(k.fra), til: dato(k.til) }),
    verdi: k.utilsiktetPer100Ar,
    tekst: k.utilsiktetPer100Ar === null ? t('innsikt.ikkeBeregnet') : f.desimal(k.utilsiktetPer100Ar),
  }));
  const tittel = t('innsikt.maal.utilsiktetPer100Ar');

  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('innsikt.utvikling.tittel')}
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {t('innsikt.utvikling.ingress', { navn })}
      </Paragraph>
      <div className="innsikt-diagram-og-tabell">
        <figure className="innsikt-figur" aria-labelledby={figId}>
          <figcaption id={figId} className="innsikt-figur__tittel">
            {tittel}
          </figcaption>
          <Stolpediagram
            stolper={stolper}
            beskrivelse={t('innsikt.diagram.beskrivelse', {
              tittel,
              tekst: stolper.map((s) => `${s.etikett}: ${s.tekst}`).join('; '),
            })}
          />
        </figure>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
        <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
          <Table data-size="sm" data-color="neutral" className="data-table" zebra>
            <caption id={captionId} className="data-table__caption">
              <span className="innsikt-caption">{t('innsikt.utvikling.tabell')}</span>
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('innsikt.kolonne.periode')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('innsikt.kolonne.utilsiktet')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('innsikt.kolonne.per100')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {trend.map((k) => (
                <Table.Row key={k.fra}>
                  <Table.HeaderCell scope="row">
                    <CivilDate date={k.fra} />
                    {' – '}
                    <CivilDate date={k.til} />
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{f.antall(k.utilsiktet)}</Table.Cell>
                  <Table.Cell className="numeric">
                    {k.utilsiktetPer100Ar === null ? (
                      <span className="subtle">{t('innsikt.ikkeBeregnet')}</span>
                    ) : (
                      f.desimal(k.utilsiktetPer100Ar)
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      </div>
      <Definisjon navn={t('innsikt.utvikling.tittel')} definisjon="innsikt.definisjon.utvikling" />
    </section>
  );
}
