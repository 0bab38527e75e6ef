import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { prepareReview } from '@/web/api/prepareReview';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { CivilDate } from '@/web/components/CivilDate';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT, useTRich } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { AgreementList } from '@/web/pages/gjennomgang/AgreementList';
import { ReviewForm } from '@/web/pages/gjennomgang/ReviewForm';
import { GJENNOMGANG_ROLLER } from '@/web/pages/manual/ManualPage';
import '@/web/pages/manual/manual.css';

/**
 * `/gjennomgang/:kontaktpersonId` — the review with one contact person: what was agreed last
 * time, then each child with its phase and open points, and the form for today's review.
 */
export function ReviewPage() {
  const me = useMe();
  if (!GJENNOMGANG_ROLLER.includes(me.rolle)) return <ForbiddenContent />;
  return <ReviewContent />;
}

function ReviewContent() {
  const t = useT();
  const tRich = useTRich();
  const { kontaktpersonId = '' } = useParams();
  usePageTitle(t('gjennomgang.side.dokumenttittel'));
  const query = useQuery({
    queryKey: queryKeys.reviewPrepare(kontaktpersonId),
    queryFn: () => prepareReview(kontaktpersonId),
    staleTime: 0,
  });

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400))
      return <NotFoundContent signedIn />;
    if (isApiError(query.error) && query.error.status === 403) return <ForbiddenContent />;
    return (
      <div className="page">
        <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      </div>
    );
  }

  const prepare = query.data;
  const forrige = prepare.forrige;
  const barnNavn = new Map(prepare.barn.map((b) => [b.barn.id, b.barn.navn]));
  return (
    <div className="page review-page">
      <Link asChild>
        <RouterLink to="/gjennomgang">{t('gjennomgang.tilbake')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('gjennomgang.med', { navn: prepare.kontaktperson.navn })}
      </Heading>
      <Paragraph className="page__lead">{t('gjennomgang.side.ingress')}</Paragraph>

      <section className="manual-panel review-card" aria-labelledby="forrige-gjennomgang">
        <Heading level={2} data-size="sm" id="forrige-gjennomgang">
          {t('gjennomgang.forrige.tittel')}
        </Heading>
        {forrige ? (
          <>
            <Paragraph>
              {tRich('gjennomgang.forrige.dato', { dato: <CivilDate date={forrige.dato} format="long" /> })}
            </Paragraph>
            {forrige.oppsummering && <Paragraph className="prewrap">{forrige.oppsummering}</Paragraph>}
            <AgreementList
              avtaler={forrige.avtaler.map((a) => ({
                barn: { id: a.entitetId, navn: barnNavn.get(a.entitetId) ?? t('gjennomgang.ukjentBarn') },
                punktId: a.punktId,
                avtale: a.avtale,
                frist: a.frist,
              }))}
              headingLevel={3}
              linkChildren
            />
          </>
        ) : (
          <Paragraph>{t('gjennomgang.forrige.ingen')}</Paragraph>
        )}
      </section>

      <ReviewForm prepare={prepare} />
    </div>
  );
}
