import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import { requestChildAccess } from '@/web/api/requestChildAccess';
import { PageSpinner } from '@/web/components/PageSpinner';
import { PurposeAccessForm } from '@/web/components/PurposeAccessForm';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { ReadOnlyNotice } from '@/web/components/ReadOnlyNotice';
import { isPurposeRequired } from '@/web/components/serverErrors';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ChildActions } from '@/web/pages/barn/side/ChildActions';
import { ChildHeader } from '@/web/pages/barn/side/ChildHeader';
import { ChildTabs } from '@/web/pages/barn/side/ChildTabs';
import { HandoverSummary } from '@/web/pages/barn/side/HandoverSummary';
import { type ChildContext, childQuery } from '@/web/pages/barn/side/useChild';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';

/**
 * `/barn/:id` and its sections. Outside the caseload the API answers `purpose_required`: the
 * purpose form is shown, and the page loads once access is granted (read-only, logged).
 */
export function ChildLayout() {
  const t = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(childQuery(id));
  // The child's name is personal data: the window title (kept in browser history) does not carry it.
  usePageTitle(t('barn.side.dokumenttittel'));

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    const error = query.error;
    if (isPurposeRequired(error)) {
      return (
        <PurposeAccessForm
          title={t('formal.barn.tittel')}
          explanation={t('formal.barn.forklaring')}
          backTo="/barn"
          backLabel={t('barn.tilbakeTilListen')}
          onGrant={async (formal) => {
            await requestChildAccess(id, formal);
            await queryClient.invalidateQueries({ queryKey: queryKeys.child(id) });
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

  const barn = query.data;
  const context: ChildContext = { barn };
  return (
    <div className="page child-page">
      <ChildHeader barn={barn} />
      {barn.tilknytning === 'formal' && <ReadOnlyNotice />}
      <HandoverSummary barn={barn} />
      {barn.kanEndre && <ChildActions barn={barn} />}
      <ChildTabs barnId={barn.id} />
      <div className="child-page__section">
        <Outlet context={context} />
      </div>
    </div>
  );
}
