import { Heading, Table } from '@digdir/designsystemet-react';
import type { Pipeline, SakDetail } from '@/web/api/rekrutteringTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';

/** Each stage the case has been in, from and to which date, who moved it there, and why. */
export function SakHistorikk({ sak, pipeline }: { sak: SakDetail; pipeline: Pipeline }) {
  const t = useT();
  const l = useRekrutteringLabels(pipeline);
  return (
    <section className="rek-section" aria-labelledby="rek-historikk">
      <Heading level={2} data-size="md" id="rek-historikk">
        {t('rekruttering.historikk.tittel')}
      </Heading>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-labelledby="rek-historikk">
        <Table data-size="sm" zebra className="data-table">
          <caption className="data-table__caption">{t('rekruttering.historikk.tabell')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('rekruttering.kolonne.fase')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('rekruttering.kolonne.fra')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('rekruttering.kolonne.til')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('rekruttering.kolonne.endretAv')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('rekruttering.kolonne.notat')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...sak.historikk].reverse().map((h) => (
              <Table.Row key={h.id}>
                <Table.Cell>{l.fase(h.fase)}</Table.Cell>
                <Table.Cell>
                  <CivilDate date={h.fra} />
                </Table.Cell>
                <Table.Cell>
                  <CivilDate date={h.til} />
                </Table.Cell>
                <Table.Cell>{l.person(h.endretAv, h.endretAvOrganisasjon)}</Table.Cell>
                <Table.Cell>{h.notat ?? <EmptyValue />}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </section>
  );
}
