import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { loadSession, redirectIfSignedIn, requireSession } from '@/web/auth/loaders';
import { Tillatelse } from '@/web/auth/permissions';
import { RequirePermission } from '@/web/auth/RequirePermission';
import { AppShell } from '@/web/components/AppShell';
import { RootLayout } from '@/web/components/RootLayout';
import { RouteFallback } from '@/web/components/RouteFallback';
import { ChildWheelTab } from '@/web/pages/arshjul/ChildWheelTab';
import { CaseloadPage } from '@/web/pages/barn/CaseloadPage';
import { FamilyTab } from '@/web/pages/barn/familie/FamilyTab';
import { FosterHomeTab } from '@/web/pages/barn/fosterhjem/FosterHomeTab';
import { VillageTab } from '@/web/pages/barn/landsby/VillageTab';
import { NewChildPage } from '@/web/pages/barn/NewChildPage';
import { OverviewTab } from '@/web/pages/barn/oversikt/OverviewTab';
import { LifeStoryTab } from '@/web/pages/barn/rammefortelling/LifeStoryTab';
import { ChildLayout } from '@/web/pages/barn/side/ChildLayout';
import { TimelineTab } from '@/web/pages/barn/tidslinje/TimelineTab';
import { ApprovalQueuePage } from '@/web/pages/dokumenter/ApprovalQueuePage';
import { ChildDocumentsTab } from '@/web/pages/dokumenter/ChildDocumentsTab';
import { DocumentHistoryPage } from '@/web/pages/dokumenter/DocumentHistoryPage';
import { DocumentPage } from '@/web/pages/dokumenter/DocumentPage';
import { ErrorPage } from '@/web/pages/feil/ErrorPage';
import { NotFoundRoute } from '@/web/pages/feil/NotFoundRoute';
import { PageErrorBoundary } from '@/web/pages/feil/PageErrorBoundary';
import { FosterHomeListPage } from '@/web/pages/fosterhjem/FosterHomeListPage';
import { FosterHomePage } from '@/web/pages/fosterhjem/FosterHomePage';
import { NewFosterHomePage } from '@/web/pages/fosterhjem/NewFosterHomePage';
import { ReviewPage } from '@/web/pages/gjennomgang/ReviewPage';
import { ReviewsPage } from '@/web/pages/gjennomgang/ReviewsPage';
import { InnsiktIndex } from '@/web/pages/innsikt/InnsiktIndex';
import { InnsiktLayout } from '@/web/pages/innsikt/InnsiktLayout';
import { SamarbeidVisning } from '@/web/pages/innsikt/SamarbeidVisning';
import { SettingsPage } from '@/web/pages/innstillinger/SettingsPage';
import { MapPage } from '@/web/pages/katalog/MapPage';
import { NetworkPage } from '@/web/pages/katalog/NetworkPage';
import { NewProductPage } from '@/web/pages/katalog/NewProductPage';
import { ProductPage } from '@/web/pages/katalog/ProductPage';
import { LoginPage } from '@/web/pages/login/LoginPage';
import { TemplateLibraryPage } from '@/web/pages/maler/TemplateLibraryPage';
import { TemplatePage } from '@/web/pages/maler/TemplatePage';
import { ChildCourseTab } from '@/web/pages/manual/forlop/ChildCourseTab';
import { FosterHomeCoursePage } from '@/web/pages/manual/forlop/FosterHomeCoursePage';
import { ManualPage } from '@/web/pages/manual/ManualPage';
import { LocalPracticePage } from '@/web/pages/oppgaver/LocalPracticePage';
import { TasksPage } from '@/web/pages/oppgaver/TasksPage';
import { TeamPage } from '@/web/pages/oppgaver/TeamPage';
import { OverviewPage } from '@/web/pages/oversikt/OverviewPage';
import { ProgramDefinitionPage } from '@/web/pages/program/ProgramDefinitionPage';
import { ProgramLibraryPage } from '@/web/pages/program/ProgramLibraryPage';
import { ProgramRunPage } from '@/web/pages/program/ProgramRunPage';
import { LedigeHjemPage } from '@/web/pages/rekruttering/LedigeHjemPage';
import { PipelinePage } from '@/web/pages/rekruttering/PipelinePage';
import { RekrutteringInnstillingerPage } from '@/web/pages/rekruttering/RekrutteringInnstillingerPage';
import { RekrutteringOversiktPage } from '@/web/pages/rekruttering/RekrutteringOversiktPage';
import { SakPage } from '@/web/pages/rekruttering/SakPage';
import { AuditLogPage } from '@/web/pages/revisjonslogg/AuditLogPage';
import { ContactTab } from '@/web/pages/samvaer/ContactTab';
import { ReRecruitmentPage } from '@/web/pages/slekt/ReRecruitmentPage';
import { ReunificationTab } from '@/web/pages/tilbakeforing/ReunificationTab';

/**
 * Routes (data mode):
 *   /logg-inn        login (plain layout)
 *   /                oversikt            } signed-in shell
 *   /revisjonslogg   audit log (audit:read) }
 *   /innstillinger   settings           }
 *   /innsikt         insights (innsikt:tjeneste or innsikt:samarbeid), ?fra&til; /innsikt/laeringsnettverk (innsikt:samarbeid)
 *   /rekruttering    the shared recruitment pipeline (rekruttering:read), ?fase&kilde&ansvarlig&eierskap;
 *                    /rekruttering/:id one case; /rekruttering/innstillinger retention (rekruttering:settings)
 *   /ledige-fosterhjem  approved homes available to the service (rekruttering:available); link one to a child
 *   /rekruttering/oversikt  recruitment overview (rekruttering:read): funnel, time in stage, homes available, ?fra&til
 *   /oppgaver        "Mine oppgaver" (barn:list); /oppgaver/team (arshjul:team); /oppgaver/innstillinger (arshjul:settings)
 *   /barn/:id/arshjul  the child's annual wheel
 *   /barn            "Mine barn": caseload and search (barn:list)
 *   /barn/ny         register a child (barn:create)
 *   /barn/:id        the child: oversikt, and /familie /fosterhjem /landsby /rammefortelling /tidslinje
 *   /barn/:id/samvaer  contact: plans per parent over time, sessions, report reviews, the child's letter
 *   /fosterhjem      foster homes (fosterhjem:list); /fosterhjem/ny (fosterhjem:create); /fosterhjem/:id
 *   /fosterhjem/gjenrekruttering  homes to ask about a new assignment after the last child moved out
 *   /barn/:id/forlop, /fosterhjem/:id/forlop  the case's course in the user manual, as a checklist
 *   /manual          the user manual (adapted by the head of service, manual:adapt)
 *   /gjennomgang     reviews: team leaders' overview, or "Mine gjennomganger"; /gjennomgang/:kontaktpersonId
 *   /barn/:id/dokumenter  the child's documents; the foster home's are on /fosterhjem/:id
 *   /barn/:id/tilbakeforing  reunification: assessments (?vurdering=:id), safe reunification plan, process work
 *   /dokumenter/:id  a document (editor or read-only); /dokumenter/:id/historikk; /dokumenter/godkjenning
 *   /maler           the template library; /maler/:id a template (adapted by the head of service, mal:adapt)
 *   /skattekart      the treasure map, ?oy&status&anbefaling&ressurs; /skattekart/:productId (adopted by
 *                    the head of service, katalog:adopt); /skattekart/nettverk (katalog:network);
 *                    /skattekart/nytt-produkt (a coordinator adds a product, katalog:edit)
 *   /programmer      the programme library; /programmer/bibliotek/:programId one programme (own material: leder);
 *                    /programmer/:runId one run of En god start or Veien videre (access decided by the API)
 *   *                404, in the shell when signed in
 */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <ErrorPage />,
      hydrateFallbackElement: <RouteFallback />,
      children: [
        {
          path: '/logg-inn',
          loader: redirectIfSignedIn(queryClient),
          hydrateFallbackElement: <RouteFallback />,
          element: <LoginPage />,
        },
        {
          loader: requireSession(queryClient),
          hydrateFallbackElement: <RouteFallback />,
          element: <AppShell />,
          children: [
            {
              errorElement: <PageErrorBoundary />,
              children: [
                { index: true, element: <OverviewPage /> },
                {
                  path: 'revisjonslogg',
                  element: (
                    <RequirePermission tillatelse={Tillatelse.auditRead}>
                      <AuditLogPage />
                    </RequirePermission>
                  ),
                },
                { path: 'innstillinger', element: <SettingsPage /> },
                // Recruitment overview (rekruttering:read): funnel, time in stage, homes available; ?fra&til.
                { path: 'rekruttering/oversikt', element: <RekrutteringOversiktPage /> },
                // The shared recruitment pipeline (rekruttering:read; the page says so when refused),
                // one case (visible to its owner and the organisations it is shared with), settings.
                { path: 'rekruttering', element: <PipelinePage /> },
                {
                  path: 'rekruttering/innstillinger',
                  element: (
                    <RequirePermission tillatelse={Tillatelse.rekrutteringSettings}>
                      <RekrutteringInnstillingerPage />
                    </RequirePermission>
                  ),
                },
                { path: 'rekruttering/:id', element: <SakPage /> },
                // Approved homes available to the service (rekruttering:available; the page says so when refused).
                { path: 'ledige-fosterhjem', element: <LedigeHjemPage /> },
                {
                  // Innsikt: the period in the query string; the service's figures (innsikt:tjeneste)
                  // or, for a coordinator, the collaboration's; the head of service has both views.
                  path: 'innsikt',
                  element: <InnsiktLayout />,
                  children: [
                    { index: true, element: <InnsiktIndex /> },
                    {
                      path: 'laeringsnettverk',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.innsiktSamarbeid}>
                          <SamarbeidVisning />
                        </RequirePermission>
                      ),
                    },
                  ],
                },
                // Brukermanual: the manual for everyone signed in; reviews by the session's role.
                { path: 'manual', element: <ManualPage /> },
                {
                  path: 'gjennomgang',
                  children: [
                    { index: true, element: <ReviewsPage /> },
                    { path: ':kontaktpersonId', element: <ReviewPage /> },
                  ],
                },
                // Maler og dokumenter: access to a document is decided by the API from its case.
                {
                  path: 'dokumenter',
                  children: [
                    { path: 'godkjenning', element: <ApprovalQueuePage /> },
                    { path: ':id', element: <DocumentPage /> },
                    { path: ':id/historikk', element: <DocumentHistoryPage /> },
                  ],
                },
                {
                  path: 'maler',
                  children: [
                    { index: true, element: <TemplateLibraryPage /> },
                    { path: ':id', element: <TemplatePage /> },
                  ],
                },
                {
                  // Skattekart: the map for everyone; the network view for coordinators and leaders.
                  path: 'skattekart',
                  children: [
                    { index: true, element: <MapPage /> },
                    {
                      path: 'nettverk',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.katalogNetwork}>
                          <NetworkPage />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'nytt-produkt',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.katalogEdit}>
                          <NewProductPage />
                        </RequirePermission>
                      ),
                    },
                    { path: ':productId', element: <ProductPage /> },
                  ],
                },
                {
                  // Programmer: the library for everyone signed in; a run is opened through its child's case.
                  path: 'programmer',
                  children: [
                    { index: true, element: <ProgramLibraryPage /> },
                    { path: 'bibliotek/:programId', element: <ProgramDefinitionPage /> },
                    { path: ':runId', element: <ProgramRunPage /> },
                  ],
                },
                {
                  // Årshjul: my tasks (team leaders: the team's), team compliance, local practice.
                  path: 'oppgaver',
                  children: [
                    {
                      index: true,
                      element: (
                        <RequirePermission tillatelse={Tillatelse.barnList}>
                          <TasksPage />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'team',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.arshjulTeam}>
                          <TeamPage />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'innstillinger',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.arshjulSettings}>
                          <LocalPracticePage />
                        </RequirePermission>
                      ),
                    },
                  ],
                },
                {
                  path: 'barn',
                  children: [
                    {
                      index: true,
                      element: (
                        <RequirePermission tillatelse={Tillatelse.barnList}>
                          <CaseloadPage />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'ny',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.barnCreate}>
                          <NewChildPage />
                        </RequirePermission>
                      ),
                    },
                    {
                      // Access to one child is decided per child by the API (caseload, team, purpose).
                      path: ':id',
                      element: <ChildLayout />,
                      children: [
                        { index: true, element: <OverviewTab /> },
                        { path: 'forlop', element: <ChildCourseTab /> },
                        { path: 'familie', element: <FamilyTab /> },
                        { path: 'fosterhjem', element: <FosterHomeTab /> },
                        { path: 'landsby', element: <VillageTab /> },
                        { path: 'rammefortelling', element: <LifeStoryTab /> },
                        { path: 'tidslinje', element: <TimelineTab /> },
                        { path: 'arshjul', element: <ChildWheelTab /> },
                        { path: 'dokumenter', element: <ChildDocumentsTab /> },
                        { path: 'samvaer', element: <ContactTab /> },
                        { path: 'tilbakeforing', element: <ReunificationTab /> },
                      ],
                    },
                  ],
                },
                {
                  path: 'fosterhjem',
                  children: [
                    {
                      index: true,
                      element: (
                        <RequirePermission tillatelse={Tillatelse.fosterhjemList}>
                          <FosterHomeListPage />
                        </RequirePermission>
                      ),
                    },
                    {
                      path: 'ny',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.fosterhjemCreate}>
                          <NewFosterHomePage />
                        </RequirePermission>
                      ),
                    },
                    {
                      // Re-recruitment: homes whose last child moved out, to be asked about a new child.
                      path: 'gjenrekruttering',
                      element: (
                        <RequirePermission tillatelse={Tillatelse.gjenrekrutteringList}>
                          <ReRecruitmentPage />
                        </RequirePermission>
                      ),
                    },
                    { path: ':id', element: <FosterHomePage /> },
                    { path: ':id/forlop', element: <FosterHomeCoursePage /> },
                  ],
                },
              ],
            },
          ],
        },
        {
          path: '*',
          loader: loadSession(queryClient),
          hydrateFallbackElement: <RouteFallback />,
          element: <NotFoundRoute />,
        },
      ],
    },
  ]);
}
