import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { getTjeneste } from '@/web/api/getTjeneste';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { TaskNotice } from '@/web/pages/oppgaver/TaskNotice';
import { CollaborationList } from '@/web/pages/oversikt/CollaborationList';
import { MunicipalityTable } from '@/web/pages/oversikt/MunicipalityTable';
import { MyRole } from '@/web/pages/oversikt/MyRole';
import { ServiceSummary } from '@/web/pages/oversikt/ServiceSummary';
import { TeamTable } from '@/web/pages/oversikt/TeamTable';
import { RecruitmentNotice } from '@/web/pages/rekruttering/RecruitmentNotice';

/** `/` — the user's service, its municipalities, collaborations and teams, and the user's role. */
export function OverviewPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('oversikt.tittel'));
  const query = useQuery({ queryKey: queryKeys.tjeneste, queryFn: getTjeneste });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('oversikt.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('oversikt.velkommen', { navn: me.navn })}</Paragraph>
      <TaskNotice />
      <RecruitmentNotice />
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <div className="overview-grid">
          <ServiceSummary tjeneste={query.data} />
          <MyRole />
          <MunicipalityTable kommuner={query.data.kommuner} />
          <TeamTable team={query.data.team} />
          <div className="overview-grid__wide">
            <CollaborationList samarbeid={query.data.samarbeid} egenTjenesteId={query.data.id} />
          </div>
        </div>
      )}
    </div>
  );
}
