import { Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Arshjul } from '@/web/api/arshjulTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { useMonthName } from '@/web/pages/arshjul/WheelGrid';
import { RuleInfo } from '@/web/pages/oppgaver/RuleInfo';
import { AvvikTag, StatusTag } from '@/web/pages/oppgaver/StatusTag';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/** The same year as a table: month, task, deadline, status, done. */
export function WheelTable({ wheel }: { wheel: Arshjul }) {
  const t = useT();
  const labels = useTaskLabels();
  const monthName = useMonthName();
  const headingId = useId();
  const rows = wheel.maneder.flatMap((m) => m.oppgaver.map((o) => ({ maned: m.maned, o })));
  return (
    <section className="overview-section wheel-table" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('arshjul.tabell.overskrift', { ar: String(wheel.ar) })}
      </Heading>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
        <Table data-size="sm" data-color="neutral" className="data-table" zebra aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('arshjul.kolonne.maned')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('oppgaver.kolonne.oppgave')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('oppgaver.kolonne.frist')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('arshjul.kolonne.status')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('arshjul.kolonne.utfort')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(({ maned, o }) => (
              <Table.Row key={o.id}>
                <Table.Cell className="wheel-table__month">{monthName(wheel.ar, maned)}</Table.Cell>
                <Table.Cell>
                  <span className="stacked-tight">
                    <span className="task-name">{labels.navn(o)}</span>
                    <RuleInfo oppgave={o} />
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <span className="stacked-tight">
                    <CivilDate date={o.frist} />
                    {o.avvik && (
                      <span className="nowrap">
                        {t('oppgaver.nyDato')} <CivilDate date={o.avvik.nyFrist} />
                      </span>
                    )}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <span className="wheel__tags">
                    <StatusTag status={o.status} />
                    {o.avvik && o.status !== 'fullfort' && <AvvikTag />}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  {o.fullfortDato ? <CivilDate date={o.fullfortDato} /> : <EmptyValue />}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </section>
  );
}
