import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { listReviews } from '@/web/api/listReviews';
import { queryKeys } from '@/web/api/queryKeys';
import { CivilDate } from '@/web/components/CivilDate';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT, useTRich } from '@/web/i18n/useT';
import { AgreementList } from '@/web/pages/gjennomgang/AgreementList';
import '@/web/pages/manual/manual.css';

/**
 * "Mine gjennomganger": the contact person's reviews with their team leader, newest first, and
 * what was agreed for each child (each child links to its course, where the agreement shows too).
 */
export function MyReviewsPage() {
  const t = useT();
  const tRich = useTRich();
  usePageTitle(t('gjennomgang.mine.tittel'));
  const query = useQuery({ queryKey: queryKeys.reviewList(null), queryFn: () => listReviews() });

  return (
    <div className="page">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('gjennomgang.mine.tittel')}
        </Heading>
        <Link asChild>
          <RouterLink to="/manual">{t('gjennomgang.tilManualen')}</RouterLink>
        </Link>
      </div>
      <Paragraph className="page__lead">{t('gjennomgang.mine.ingress')}</Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && query.data.items.length === 0 && (
        <Paragraph className="empty-state">{t('gjennomgang.mine.ingen')}</Paragraph>
      )}
      {query.data && query.data.items.length > 0 && (
        <ol className="plain-list review-list">
          {query.data.items.map((review) => (
            <li key={review.id}>
              <article className="manual-panel review-card" aria-labelledby={`gjennomgang-${review.id}`}>
                <Heading level={2} data-size="xs" id={`gjennomgang-${review.id}`}>
                  {tRich('gjennomgang.mine.dato', { dato: <CivilDate date={review.dato} format="long" /> })}
                </Heading>
                {review.teamleder && (
                  <Paragraph data-size="sm" className="subtle">
                    {t('gjennomgang.mine.med', { navn: review.teamleder })}
                  </Paragraph>
                )}
                {review.oppsummering && <Paragraph className="prewrap">{review.oppsummering}</Paragraph>}
                <AgreementList avtaler={review.avtaler} headingLevel={3} linkChildren />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
