import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { listFosterHomes } from '@/web/api/listFosterHomes';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { FosterHomeTable } from '@/web/pages/fosterhjem/FosterHomeTable';

/** `/fosterhjem` — the service's foster homes, with children placed now and the next agreement expiry. */
export function FosterHomeListPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('fosterhjem.liste.tittel'));
  const query = useQuery({ queryKey: queryKeys.fosterHomes, queryFn: listFosterHomes });
  const lenker =
    harTillatelse(me, Tillatelse.rekrutteringAvailable) || harTillatelse(me, Tillatelse.gjenrekrutteringList);

  return (
    <div className="page">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('fosterhjem.liste.tittel')}
        </Heading>
        {harTillatelse(me, Tillatelse.fosterhjemCreate) && (
          <Button asChild>
            <RouterLink to="/fosterhjem/ny">
              <PlusIcon aria-hidden />
              {t('fosterhjem.liste.registrer')}
            </RouterLink>
          </Button>
        )}
      </div>
      <Paragraph className="page__lead">{t('fosterhjem.liste.ingress')}</Paragraph>
      {lenker && (
        <ul className="page__links">
          {harTillatelse(me, Tillatelse.rekrutteringAvailable) && (
            <li>
              <Link asChild>
                <RouterLink to="/ledige-fosterhjem">{t('ledige.nav')}</RouterLink>
              </Link>
            </li>
          )}
          {harTillatelse(me, Tillatelse.gjenrekrutteringList) && (
            <li>
              <Link asChild>
                <RouterLink to="/fosterhjem/gjenrekruttering">{t('gjenrekruttering.lenke')}</RouterLink>
              </Link>
            </li>
          )}
        </ul>
      )}
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && query.data.items.length === 0 && (
        <Paragraph className="empty-state">{t('fosterhjem.liste.tom')}</Paragraph>
      )}
      {query.data && query.data.items.length > 0 && <FosterHomeTable items={query.data.items} />}
    </div>
  );
}
