import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { getCatalogueNetwork } from '@/web/api/getCatalogueNetwork';
import { listCatalogue } from '@/web/api/listCatalogue';
import { queryKeys } from '@/web/api/queryKeys';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';
import '@/web/pages/katalog/katalog.css';

/**
 * `/skattekart/nettverk` (katalog:network) — per collaboration and product, which services are
 * interested and which have adopted it. Service names only: no plans, people or cases.
 */
export function NetworkPage() {
  const t = useT();
  const l = useKatalogLabels();
  usePageTitle(t('katalog.nettverk.tittel'));
  const nettverk = useQuery({ queryKey: queryKeys.catalogueNetwork, queryFn: getCatalogueNetwork });
  const katalog = useQuery({ queryKey: queryKeys.catalogueList({}), queryFn: () => listCatalogue() });
  const navn = (id: string) => {
    const p = katalog.data?.items.find((x) => x.id === id);
    return p ? l.tekst(p.tittel) : id;
  };

  return (
    <div className="page katalog">
      <Paragraph>
        <Link asChild>
          <RouterLink to="/skattekart">{t('katalog.tilKartet')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('katalog.nettverk.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('katalog.nettverk.ingress')}</Paragraph>
      {(nettverk.isPending || katalog.isPending) && <PageSpinner />}
      {nettverk.isError && <QueryErrorAlert error={nettverk.error} onRetry={() => nettverk.refetch()} />}
      {nettverk.data &&
        katalog.data &&
        nettverk.data.samarbeid.map((s) => (
          <section key={s.id} aria-labelledby={`samarbeid-${s.id}`} className="katalog-seksjon">
            <Heading level={2} data-size="sm" id={`samarbeid-${s.id}`}>
              {s.navn}
            </Heading>
            <Paragraph data-size="sm">
              {t('katalog.nettverk.tjenester', { tekst: s.tjenester.map((x) => x.navn).join(', ') })}
            </Paragraph>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
            <section className="table-scroll" tabIndex={0} aria-labelledby={`samarbeid-${s.id}`}>
              <Table data-size="sm" className="data-table">
                <caption>{t('katalog.nettverk.tabell', { navn: s.navn })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('katalog.nettverk.produkt')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('katalog.adopsjon.adoptert')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('katalog.adopsjon.interessert')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {s.produkter.map((p) => (
                    <Table.Row key={p.produktId}>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={`/skattekart/${p.produktId}`}>{navn(p.produktId)}</RouterLink>
                        </Link>
                      </Table.Cell>
                      <Table.Cell>
                        {p.adoptert.length ? p.adoptert.join(', ') : t('katalog.nettverk.ingen')}
                      </Table.Cell>
                      <Table.Cell>
                        {p.interessert.length ? p.interessert.join(', ') : t('katalog.nettverk.ingen')}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </section>
          </section>
        ))}
    </div>
  );
}
