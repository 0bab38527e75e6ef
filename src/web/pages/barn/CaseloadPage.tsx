import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import { listCaseload } from '@/web/api/listCaseload';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { CaseloadFilters } from '@/web/pages/barn/CaseloadFilters';
import { CaseloadTable } from '@/web/pages/barn/CaseloadTable';
import { ChildSearch } from '@/web/pages/barn/ChildSearch';
import {
  type CaseloadParams,
  parseCaseloadParams,
  scopesFor,
  toCaseloadQuery,
  toCaseloadSearchParams,
} from '@/web/pages/barn/caseloadParams';

/** `/barn` — "Mine barn": the caseload with scope, filters and sort in the URL, and a search. */
export function CaseloadPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('barn.liste.tittel'));
  const [searchParams, setSearchParams] = useSearchParams();
  // After handing one's own child over to a colleague, the child page is no longer open to us.
  const overlevert = (useLocation().state as { overlevert?: string } | null)?.overlevert;
  const scopes = useMemo(() => scopesFor(me.rolle, me.team !== null), [me.rolle, me.team]);
  const paramsKey = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: parsed again only when the query string changes
  const params = useMemo(() => parseCaseloadParams(searchParams, scopes), [paramsKey, scopes]);
  const query = useQuery({
    queryKey: queryKeys.caseload(toCaseloadQuery(params)),
    queryFn: () => listCaseload(toCaseloadQuery(params)),
    placeholderData: keepPreviousData,
  });
  const update = (next: Partial<CaseloadParams>) =>
    setSearchParams(toCaseloadSearchParams({ ...params, ...next }, scopes), { replace: true });
  const filtered = params.fase !== '' || params.type !== '';

  return (
    <div className="page">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('barn.liste.tittel')}
        </Heading>
        {harTillatelse(me, Tillatelse.barnCreate) && (
          <Button asChild variant="primary">
            <RouterLink to="/barn/ny">
              <PlusIcon aria-hidden />
              {t('barn.liste.registrer')}
            </RouterLink>
          </Button>
        )}
      </div>
      <Paragraph className="page__lead">{t('barn.liste.ingress')}</Paragraph>
      {overlevert && (
        <Alert data-color="success">
          <Paragraph>{t('overlevering.fullfort', { navn: overlevert })}</Paragraph>
        </Alert>
      )}

      <ChildSearch />

      <section className="caseload" aria-labelledby="barn-liste-overskrift">
        <Heading level={2} data-size="sm" id="barn-liste-overskrift">
          {t(`barn.omfang.overskrift.${params.omfang}`)}
        </Heading>
        <CaseloadFilters params={params} scopes={scopes} onChange={update} />
        <Paragraph className="caseload__count" aria-live="polite">
          {query.data && t('barn.liste.antall', { antall: query.data.items.length })}
        </Paragraph>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.data && query.data.items.length === 0 && (
          <Paragraph className="empty-state">
            {filtered
              ? t('barn.liste.ingenTreff')
              : params.omfang === 'mine' && !harTillatelse(me, Tillatelse.barnCreate)
                ? t('barn.liste.tom.mineLes')
                : t(`barn.liste.tom.${params.omfang}`)}
          </Paragraph>
        )}
        {query.data && query.data.items.length > 0 && (
          <CaseloadTable
            items={query.data.items}
            sort={params.sort}
            retning={params.retning}
            busy={query.isFetching}
            onSort={(sort, retning) => update({ sort, retning })}
          />
        )}
      </section>
    </div>
  );
}
