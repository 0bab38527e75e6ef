import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { listAuditEvents } from '@/web/api/listAuditEvents';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { AuditEventTable } from '@/web/pages/revisjonslogg/AuditEventTable';
import { AuditFilterForm } from '@/web/pages/revisjonslogg/AuditFilterForm';
import { AuditPagination } from '@/web/pages/revisjonslogg/AuditPagination';
import {
  type AuditFilters,
  hasFilters,
  parseAuditParams,
  toQuery,
  toSearchParams,
} from '@/web/pages/revisjonslogg/auditSearchParams';
import { IntegrityPanel } from '@/web/pages/revisjonslogg/IntegrityPanel';

/** `/revisjonslogg` — search the audit log; filters and page are kept in the query string. */
export function AuditLogPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('revisjonslogg.tittel'));
  const [searchParams, setSearchParams] = useSearchParams();
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const paramsKey = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: parsed again only when the query string changes
  const { filters, side } = useMemo(() => parseAuditParams(searchParams), [paramsKey]);
  const query = useQuery({
    queryKey: queryKeys.auditEvents(toQuery(filters, side)),
    queryFn: () => listAuditEvents(toQuery(filters, side)),
    placeholderData: keepPreviousData,
  });

  const applyFilters = (next: AuditFilters) => setSearchParams(toSearchParams(next));
  const goToPage = (page: number) => {
    setSearchParams(toSearchParams(filters, page));
    resultsHeading.current?.focus();
  };

  const data = query.data;
  const antallSider = data ? Math.max(1, Math.ceil(data.total / data.perSide)) : 1;
  const outOfRange = !!data && data.total > 0 && data.items.length === 0 && side > antallSider;

  // A page number past the end (an old link, or rows removed meanwhile): show the last page instead.
  useEffect(() => {
    if (outOfRange) setSearchParams(toSearchParams(filters, antallSider), { replace: true });
  }, [outOfRange, filters, antallSider, setSearchParams]);

  const firstShown = data && data.total > 0 ? (data.side - 1) * data.perSide + 1 : 0;
  const lastShown = data ? Math.min(data.total, firstShown + data.items.length - 1) : 0;

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('revisjonslogg.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('revisjonslogg.ingress')}</Paragraph>

      <AuditFilterForm
        filters={filters}
        handlinger={data?.handlinger ?? []}
        brukere={data?.brukere ?? []}
        onApply={applyFilters}
      />

      <section className="audit-results" aria-labelledby="hendelser-overskrift">
        <Heading level={2} data-size="sm" id="hendelser-overskrift" ref={resultsHeading} tabIndex={-1}>
          {t('revisjonslogg.hendelser')}
        </Heading>
        <Paragraph className="audit-results__count" aria-live="polite">
          {data &&
            data.total > 0 &&
            t('revisjonslogg.viser', { fra: firstShown, til: lastShown, total: data.total })}
          {data &&
            data.total === 0 &&
            (hasFilters(filters) ? t('revisjonslogg.ingenTreff') : t('revisjonslogg.tom'))}
        </Paragraph>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {data && data.items.length > 0 && (
          <AuditEventTable
            items={data.items}
            busy={query.isFetching}
            caption={t('revisjonslogg.tabelltekst', { side: data.side, sider: antallSider })}
          />
        )}
        {data && antallSider > 1 && (
          <AuditPagination side={side} antallSider={antallSider} onChange={goToPage} />
        )}
      </section>

      {harTillatelse(me, Tillatelse.auditVerify) && <IntegrityPanel />}
    </div>
  );
}
