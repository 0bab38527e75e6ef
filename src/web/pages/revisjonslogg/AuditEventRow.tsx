import { Table } from '@digdir/designsystemet-react';
import { useIntl } from 'react-intl';
import type { AuditEvent } from '@/web/api/types';
import { useLabels } from '@/web/i18n/labels';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';

export function AuditEventRow({ event }: { event: AuditEvent }) {
  const t = useT();
  const intl = useIntl();
  const labels = useLabels();
  const empty = (
    <>
      <span aria-hidden>–</span>
      <span className="ds-sr-only">{t('felles.ikkeOppgitt')}</span>
    </>
  );

  return (
    <Table.Row>
      <Table.Cell className="nowrap">
        <time dateTime={event.tidspunkt}>
          {intl.formatDate(event.tidspunkt, { dateStyle: 'short', timeStyle: 'medium', timeZone: TIME_ZONE })}
        </time>
      </Table.Cell>
      <Table.Cell>{event.aktor ? event.aktor.navn : t('revisjonslogg.ukjentAktor')}</Table.Cell>
      <Table.Cell>{event.aktorRolle ? labels.rolle(event.aktorRolle) : empty}</Table.Cell>
      <Table.Cell>{labels.handling(event.handling)}</Table.Cell>
      <Table.Cell>
        {event.entitetType ? (
          <span className="entity">
            <span>{labels.entitet(event.entitetType)}</span>
            {event.entitetId && <code className="entity__id">{event.entitetId}</code>}
          </span>
        ) : (
          empty
        )}
      </Table.Cell>
      <Table.Cell>{event.formal ? event.formal : empty}</Table.Cell>
    </Table.Row>
  );
}
