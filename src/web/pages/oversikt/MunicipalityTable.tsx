import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Kommune } from '@/web/api/types';
import { useT } from '@/web/i18n/useT';

/** The municipalities the service covers, with their SSB municipality numbers. */
export function MunicipalityTable({ kommuner }: { kommuner: Kommune[] }) {
  const t = useT();
  const headingId = useId();
  const sorted = [...kommuner].sort((a, b) => a.nummer.localeCompare(b.nummer));
  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('oversikt.kommuner.overskrift')}
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph>{t('oversikt.kommuner.ingen')}</Paragraph>
      ) : (
        <Table aria-labelledby={headingId} data-size="sm" data-color="neutral" className="data-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('oversikt.kommuner.nummer')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('oversikt.kommuner.navn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.map((kommune) => (
              <Table.Row key={kommune.nummer}>
                <Table.Cell className="tabular">{kommune.nummer}</Table.Cell>
                <Table.Cell>{kommune.navn}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
