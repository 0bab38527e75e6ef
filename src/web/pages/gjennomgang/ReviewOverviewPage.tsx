import { Alert, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { getReviewOverview } from '@/web/api/getReviewOverview';
import { queryKeys } from '@/web/api/queryKeys';
import { CivilDate } from '@/web/components/CivilDate';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import '@/web/pages/manual/manual.css';

/**
 * The team leader's overview: each contact person with the last review of the manual's points,
 * when the next is due (overdue marked in text), how many children and open points they have.
 */
export function ReviewOverviewPage() {
  const t = useT();
  usePageTitle(t('gjennomgang.tittel'));
  const captionId = useId();
  const query = useQuery({ queryKey: queryKeys.reviewOverview, queryFn: getReviewOverview });
  // After saving a review the page says so, and focus lands on the message.
  const lagret = (useLocation().state as { lagret?: string } | null)?.lagret;
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the shell has moved focus to <main> for the new page.
    if (lagret) requestAnimationFrame(() => statusRef.current?.focus());
  }, [lagret]);

  return (
    <div className="page">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('gjennomgang.tittel')}
        </Heading>
        <Link asChild>
          <RouterLink to="/manual">{t('gjennomgang.tilManualen')}</RouterLink>
        </Link>
      </div>
      <Paragraph className="page__lead">
        {query.data
          ? t('gjennomgang.ingress', { antall: query.data.intervallUker })
          : t('gjennomgang.ingress.kort')}
      </Paragraph>
      <div aria-live="polite" role="status" ref={statusRef} tabIndex={-1} className="course-view__status">
        {lagret && (
          <Alert data-color="success">
            <Paragraph>{t('gjennomgang.lagret', { navn: lagret })}</Paragraph>
          </Alert>
        )}
      </div>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && query.data.items.length === 0 && (
        <Paragraph className="empty-state">{t('gjennomgang.ingen')}</Paragraph>
      )}
      {query.data && query.data.items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
          <Table data-size="sm" data-color="neutral" className="data-table review-table" zebra>
            <caption id={captionId} className="data-table__caption">
              {t('gjennomgang.tabell')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('gjennomgang.kolonne.kontaktperson')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('gjennomgang.kolonne.sist')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('gjennomgang.kolonne.neste')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('gjennomgang.kolonne.barn')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('gjennomgang.kolonne.apne')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {query.data.items.map((item) => (
                <Table.Row key={item.kontaktperson.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/gjennomgang/${item.kontaktperson.id}`}>
                        {item.kontaktperson.navn}
                      </RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {item.sistGjennomgang ? (
                      <CivilDate date={item.sistGjennomgang} />
                    ) : (
                      t('gjennomgang.aldri')
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <span className="review-due">
                      <CivilDate date={item.nesteGjennomgang} />
                      {item.forfalt && (
                        <Tag data-color="danger" data-size="sm" className="point-tag">
                          <ExclamationmarkTriangleIcon aria-hidden />
                          {t('gjennomgang.forfalt')}
                        </Tag>
                      )}
                    </span>
                  </Table.Cell>
                  <Table.Cell className="numeric">{item.antallBarn}</Table.Cell>
                  <Table.Cell className="numeric">{item.apnePunkter}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
    </div>
  );
}
