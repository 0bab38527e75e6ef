import { Heading, Link } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import { requestFosterHomeAccess } from '@/web/api/requestFosterHomeAccess';
import { PageSpinner } from '@/web/components/PageSpinner';
import { PurposeAccessForm } from '@/web/components/PurposeAccessForm';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { ReadOnlyNotice } from '@/web/components/ReadOnlyNotice';
import { isPurposeRequired } from '@/web/components/serverErrors';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { fosterHomeQuery } from '@/web/pages/fosterhjem/useFosterHome';
import { CourseView } from '@/web/pages/manual/forlop/CourseView';

/**
 * `/fosterhjem/:id/forlop` — the foster home's course in the manual (recruitment, training,
 * assignment, follow-up, ending, re-recruitment) with its checklist. Access as for the foster
 * home itself: outside the caseload a stated purpose opens it read-only.
 */
export function FosterHomeCoursePage() {
  const t = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(fosterHomeQuery(id));
  // Family names are personal data: the window title (kept in history) does not carry them.
  usePageTitle(t('forlop.fosterhjem.dokumenttittel'));

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    const error = query.error;
    if (isPurposeRequired(error)) {
      return (
        <PurposeAccessForm
          title={t('formal.fosterhjem.tittel')}
          explanation={t('formal.fosterhjem.forklaring')}
          backTo="/fosterhjem"
          backLabel={t('fosterhjem.tilbakeTilListen')}
          onGrant={async (formal) => {
            await requestFosterHomeAccess(id, formal);
            await queryClient.invalidateQueries({ queryKey: queryKeys.fosterHome(id) });
          }}
        />
      );
    }
    if (isApiError(error) && (error.status === 404 || error.status === 400))
      return <NotFoundContent signedIn />;
    if (isApiError(error) && error.status === 403) return <ForbiddenContent />;
    return (
      <div className="page">
        <QueryErrorAlert error={error} onRetry={() => query.refetch()} />
      </div>
    );
  }

  const hjem = query.data;
  return (
    <div className="page">
      <Link asChild>
        <RouterLink to={`/fosterhjem/${hjem.id}`}>
          {t('forlop.fosterhjem.tilbake', { navn: hjem.navn })}
        </RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {hjem.navn}
      </Heading>
      {hjem.tilknytning === 'formal' && <ReadOnlyNotice />}
      <CourseView forlop="fosterhjem" entitetId={hjem.id} kanEndre={hjem.kanEndre} />
    </div>
  );
}
