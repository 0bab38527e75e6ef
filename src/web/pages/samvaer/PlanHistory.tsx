import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { SamvaerEndring, Samvaersplan } from '@/web/api/samvaerTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { useSamvaerLabels } from '@/web/pages/samvaer/samvaerLabels';

const FARGE: Record<SamvaerEndring, 'neutral' | 'success' | 'warning' | 'info'> = {
  forste: 'info',
  utvidet: 'success',
  redusert: 'warning',
  uendret: 'neutral',
};

/** The plans for one person, newest first: how the extent of contact followed the relationship. */
export function PlanHistory({ planer, navn }: { planer: Samvaersplan[]; navn: string }) {
  const t = useT();
  const l = useSamvaerLabels();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table wide-table">
        <caption id={captionId} className="ds-sr-only">
          {t('samvaer.historikk.tittelFor', { navn })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.periode')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.omfang')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.timerPerAr')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.tilsyn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.grunnlag')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.endring')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.begrunnelse')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {planer.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <span className="nowrap">
                  <CivilDate date={p.fra} /> –{' '}
                  {p.til ? <CivilDate date={p.til} /> : t('samvaer.historikk.na')}
                </span>
              </Table.Cell>
              <Table.Cell>
                {l.hyppighet(p.antall, p.per)}, {l.varighet(p.varighetTimer)}
              </Table.Cell>
              <Table.Cell className="tabular">{p.timerPerAr}</Table.Cell>
              <Table.Cell>{l.tilsyn(p.tilsyn)}</Table.Cell>
              <Table.Cell>{l.grunnlag(p.grunnlag)}</Table.Cell>
              <Table.Cell>
                <Tag data-color={FARGE[p.endring]} data-size="sm">
                  {l.endring(p.endring)}
                </Tag>
              </Table.Cell>
              <Table.Cell className="prewrap">{p.begrunnelse ?? <EmptyValue />}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
