import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
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
import { FosterHomeDocuments } from '@/web/pages/dokumenter/FosterHomeDocuments';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { AgreementSection } from '@/web/pages/fosterhjem/AgreementSection';
import { CourseSection } from '@/web/pages/fosterhjem/CourseSection';
import { FamilyFollowUpSection } from '@/web/pages/fosterhjem/FamilyFollowUpSection';
import { FosterHomeChildren } from '@/web/pages/fosterhjem/FosterHomeChildren';
import { FosterHomeDetails } from '@/web/pages/fosterhjem/FosterHomeDetails';
import { GuidanceSection } from '@/web/pages/fosterhjem/GuidanceSection';
import { HouseholdSection } from '@/web/pages/fosterhjem/HouseholdSection';
import { fosterHomeQuery } from '@/web/pages/fosterhjem/useFosterHome';
import { FosterHomeCourseSummary } from '@/web/pages/manual/forlop/FosterHomeCourseSummary';
import { FosterHomePrograms } from '@/web/pages/program/FosterHomePrograms';
import { FosterHomeRecruitment } from '@/web/pages/rekruttering/FosterHomeRecruitment';
import { ReRecruitmentSection } from '@/web/pages/slekt/ReRecruitmentSection';

/**
 * `/fosterhjem/:id` — the household (own children included), children placed now and before, and
 * the agreements with their expiry. Outside the caseload a stated purpose opens it read-only.
 */
export function FosterHomePage() {
  const t = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(fosterHomeQuery(id));
  // Family names are personal data: the window title (kept in history) does not carry them.
  usePageTitle(t('fosterhjem.side.dokumenttittel'));

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
        <RouterLink to="/fosterhjem">{t('fosterhjem.tilbakeTilListen')}</RouterLink>
      </Link>
      <div>
        <Heading level={1} data-size="lg">
          {hjem.navn}
        </Heading>
        <Paragraph className="subtle">
          {hjem.kontaktperson
            ? t('fosterhjem.side.kontaktperson', { navn: hjem.kontaktperson.navn })
            : t('fosterhjem.side.ingenKontaktperson')}
        </Paragraph>
      </div>
      {hjem.tilknytning === 'formal' && <ReadOnlyNotice />}
      <div className="overview-grid">
        <div className="overview-grid__wide">
          <FosterHomeCourseSummary hjemId={hjem.id} />
        </div>
        <FosterHomeDetails hjem={hjem} />
        <FosterHomeChildren plasseringer={hjem.plasseringer} />
        <div className="overview-grid__wide">
          <FosterHomePrograms hjem={hjem} />
        </div>
        <div className="overview-grid__wide">
          <HouseholdSection hjem={hjem} />
        </div>
        <FamilyFollowUpSection hjem={hjem} />
        <div className="overview-grid__wide">
          <CourseSection hjem={hjem} />
        </div>
        <div className="overview-grid__wide">
          <GuidanceSection hjem={hjem} />
        </div>
        <div className="overview-grid__wide">
          <AgreementSection hjem={hjem} />
        </div>
        <div className="overview-grid__wide">
          <FosterHomeDocuments hjem={hjem} />
        </div>
        <div className="overview-grid__wide">
          <FosterHomeRecruitment fosterhjemId={hjem.id} />
        </div>
        <div className="overview-grid__wide">
          <ReRecruitmentSection fosterhjemId={hjem.id} kanEndre={hjem.kanEndre} />
        </div>
      </div>
    </div>
  );
}
