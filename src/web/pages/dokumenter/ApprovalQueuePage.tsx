import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { queryKeys } from '@/web/api/queryKeys';
import { searchDocuments } from '@/web/api/searchDocuments';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { DocumentList } from '@/web/pages/dokumenter/DocumentList';
import '@/web/pages/dokumenter/dokumenter.css';

/**
 * `/dokumenter/godkjenning` — documents waiting for approval in the cases the team leader (or head
 * of service) reaches. Each one opens with Godkjenn and Send tilbake.
 */
export function ApprovalQueuePage() {
  const t = useT();
  const headingId = useId();
  usePageTitle(t('dokument.godkjenningsko.tittel'));
  const query = useQuery({
    queryKey: queryKeys.approvalQueue,
    queryFn: () => searchDocuments({ status: 'til_godkjenning' }),
    staleTime: 0,
  });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('dokument.godkjenningsko.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('dokument.godkjenningsko.ingress')}</Paragraph>
      <section aria-labelledby={headingId} className="case-documents">
        <Heading level={2} data-size="sm" id={headingId}>
          {query.data && query.data.items.length > 0
            ? t('dokument.godkjenningsko.antall', { antall: query.data.items.length })
            : t('dokument.godkjenningsko.venter')}
        </Heading>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.data &&
          (query.data.items.length === 0 ? (
            <Paragraph className="empty-state">{t('dokument.godkjenningsko.ingen')}</Paragraph>
          ) : (
            <DocumentList items={query.data.items} labelledBy={headingId} />
          ))}
      </section>
    </div>
  );
}
