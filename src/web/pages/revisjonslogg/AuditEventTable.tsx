import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { AuditEvent } from '@/web/api/types';
import { useT } from '@/web/i18n/useT';
import { AuditEventRow } from '@/web/pages/revisjonslogg/AuditEventRow';

interface Props {
  items: AuditEvent[];
  caption: string;
  busy: boolean;
}

/**
 * The events, in a region that scrolls sideways on narrow screens. The region is focusable so
 * keyboard users can scroll it too.
 */
export function AuditEventTable({ items, caption, busy }: Props) {
  const t = useT();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} aria-busy={busy} tabIndex={0}>
      <Table zebra data-size="sm" data-color="neutral" className="data-table audit-table">
        <caption id={captionId} className="data-table__caption">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('revisjonslogg.kolonne.tidspunkt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('revisjonslogg.kolonne.bruker')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('revisjonslogg.kolonne.rolle')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('revisjonslogg.kolonne.handling')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('revisjonslogg.kolonne.objekt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('revisjonslogg.kolonne.formal')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((event) => (
            <AuditEventRow key={event.id} event={event} />
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
