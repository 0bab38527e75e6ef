import { Field, Heading, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useParams } from 'react-router';
import { diffDocumentRevisions } from '@/web/api/diffDocumentRevisions';
import type { Revisjon } from '@/web/api/dokumentTypes';
import { listDocumentRevisions } from '@/web/api/listDocumentRevisions';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { Timestamp } from '@/web/components/Timestamp';
import { usePageTitle } from '@/web/components/usePageTitle';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import { DiffLegend, DiffView } from '@/web/pages/dokumenter/DiffView';
import { DocumentStatusTag } from '@/web/pages/dokumenter/DocumentStatusTag';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { documentQuery } from '@/web/pages/dokumenter/useDocument';
import '@/web/pages/dokumenter/dokumenter.css';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';

/**
 * `/dokumenter/:id/historikk` — every saved state (who, when, which version and status), and a
 * readable word diff between any two of them.
 */
export function DocumentHistoryPage() {
  const t = useT();
  const labels = useDokumentLabels();
  const { id = '' } = useParams();
  const doc = useQuery(documentQuery(id));
  const revisions = useQuery({
    queryKey: queryKeys.documentRevisions(id),
    queryFn: () => listDocumentRevisions(id),
    staleTime: 0,
  });
  usePageTitle(
    doc.data
      ? t('dokument.historikk.dokumenttittel', { mal: labels.tekst(doc.data.mal.tittel) })
      : t('dokument.historikk'),
  );

  const error = doc.error ?? revisions.error;
  if (doc.isPending || revisions.isPending) return <PageSpinner />;
  if (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400))
      return <NotFoundContent signedIn />;
    if (isApiError(error) && error.status === 403) return <ForbiddenContent />;
    return (
      <div className="page">
        <QueryErrorAlert
          error={error}
          onRetry={() => {
            doc.refetch();
            revisions.refetch();
          }}
        />
      </div>
    );
  }
  if (!doc.data || !revisions.data) return null;
  const items = revisions.data.items;

  return (
    <div className="page doc-history">
      <header className="doc-header">
        <Link asChild>
          <RouterLink to={`/dokumenter/${id}`}>{t('dokument.historikk.tilbake')}</RouterLink>
        </Link>
        <Heading level={1} data-size="lg">
          {t('dokument.historikk.tittel')}
        </Heading>
        <Paragraph className="subtle">{doc.data.tittel}</Paragraph>
      </header>
      <RevisionTable items={items} />
      {items.length > 1 ? (
        <Compare dokumentId={id} items={items} />
      ) : (
        <Paragraph className="empty-state">{t('dokument.historikk.enLagring')}</Paragraph>
      )}
    </div>
  );
}

function RevisionTable({ items }: { items: Revisjon[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="doc-history__list" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('dokument.historikk.lagringer', { antall: items.length })}
      </Heading>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
        <Table data-size="sm" className="data-table doc-history__table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('dokument.historikk.lagret')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('dokument.historikk.av')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('dokument.historikk.versjon')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('dokument.historikk.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...items].reverse().map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Timestamp value={r.lagret} />
                </Table.Cell>
                <Table.Cell>{r.lagretAv}</Table.Cell>
                <Table.Cell className="numeric">{r.versjon}</Table.Cell>
                <Table.Cell>
                  <DocumentStatusTag status={r.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </section>
  );
}

function Compare({ dokumentId, items }: { dokumentId: string; items: Revisjon[] }) {
  const t = useT();
  const intl = useIntl();
  const labels = useDokumentLabels();
  const headingId = useId();
  const fraId = useId();
  const tilId = useId();
  const last = items[items.length - 1] as Revisjon;
  // By default: the last finished state of an earlier version against now, else the one before.
  const earlierFinished = [...items].reverse().find((r) => r.versjon < last.versjon && r.status !== 'utkast');
  const [fra, setFra] = useState((earlierFinished ?? (items[items.length - 2] as Revisjon)).id);
  const [til, setTil] = useState(last.id);
  const diff = useQuery({
    queryKey: queryKeys.documentDiff(dokumentId, fra, til),
    queryFn: () => diffDocumentRevisions(dokumentId, fra, til),
    enabled: fra !== til,
  });

  const option = (r: Revisjon) =>
    t('dokument.historikk.valg', {
      tid: intl.formatDate(r.lagret, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }),
      versjon: r.versjon,
      status: labels.status(r.status),
      navn: r.lagretAv,
    });

  return (
    <section className="doc-history__compare" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('dokument.historikk.sammenlign')}
      </Heading>
      <div className="doc-history__selects">
        <Field>
          <Label htmlFor={fraId}>{t('dokument.historikk.fra')}</Label>
          <Select id={fraId} value={fra} onChange={(e) => setFra(e.target.value)}>
            {items.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {option(r)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={tilId}>{t('dokument.historikk.til')}</Label>
          <Select id={tilId} value={til} onChange={(e) => setTil(e.target.value)}>
            {items.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {option(r)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <DiffLegend />
      <p role="status" className="ds-sr-only">
        {diff.data && fra !== til ? t('dokument.diff.antall', { antall: diff.data.felter.length }) : ''}
      </p>
      <div aria-busy={diff.isFetching}>
        {fra === til ? (
          <Paragraph className="empty-state">{t('dokument.diff.samme')}</Paragraph>
        ) : diff.isPending ? (
          <PageSpinner />
        ) : diff.isError ? (
          <QueryErrorAlert error={diff.error} onRetry={() => diff.refetch()} level={3} />
        ) : (
          <DiffView felter={diff.data.felter} />
        )}
      </div>
    </section>
  );
}
