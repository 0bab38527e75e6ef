import type { CaseloadQuery } from '@/web/api/barnTypes';
import type { AuditEventQuery } from '@/web/api/types';

/** Query keys in one place so invalidation stays predictable. */
export const queryKeys = {
  session: ['session'] as const,
  tjeneste: ['tjeneste'] as const,
  auditEvents: (query: AuditEventQuery) => ['audit-events', query] as const,
  // Årshjul: everything under 'tasks' is invalidated together after any task action.
  tasks: ['tasks'] as const,
  taskList: (omfang: 'mine' | 'team') => ['tasks', 'list', omfang] as const,
  taskSummary: ['tasks', 'summary'] as const,
  teamTasks: ['tasks', 'team'] as const,
  annualWheel: (barnId: string, ar: number) => ['tasks', 'wheel', barnId, ar] as const,
  arshjulSettings: ['arshjul-settings'] as const,
  calendarFeed: ['calendar-feed'] as const,
  users: ['users'] as const,
  caseloads: ['caseload'] as const,
  caseload: (query: CaseloadQuery) => ['caseload', query] as const,
  child: (id: string) => ['child', id] as const,
  lifeStoryVersions: (id: string) => ['life-story-versions', id] as const,
  // Brukermanual: the case course, the manual itself, and the team leader's reviews.
  course: (forlop: 'barn' | 'fosterhjem', id: string) => ['course', forlop, id] as const,
  manual: (forlop: 'barn' | 'fosterhjem') => ['manual', forlop] as const,
  manualPoint: (forlop: 'barn' | 'fosterhjem', punktId: string) =>
    ['manual', forlop, 'point', punktId] as const,
  reviews: ['reviews'] as const,
  reviewOverview: ['reviews', 'overview'] as const,
  reviewPrepare: (kontaktpersonId: string) => ['reviews', 'prepare', kontaktpersonId] as const,
  reviewList: (kontaktpersonId: string | null) => ['reviews', 'list', kontaktpersonId] as const,
  fosterHomes: ['foster-homes'] as const,
  fosterHome: (id: string) => ['foster-home', id] as const,
  // Innsikt: figures for a period, the service's own or across its collaborations.
  insights: (niva: 'tjeneste' | 'samarbeid', fra: string, til: string) =>
    ['insights', niva, fra, til] as const,
  insightsProgrammes: (fra: string, til: string) => ['insights', 'programmer', fra, til] as const,
  insightsProducts: (fra: string, til: string) => ['insights', 'produkter', fra, til] as const,
  // Skattekart: everything under 'catalogue' refreshes together after an adoption or a change.
  catalogue: ['catalogue'] as const,
  catalogueList: (query: object) => ['catalogue', 'list', query] as const,
  catalogueProduct: (id: string) => ['catalogue', 'product', id] as const,
  catalogueChanges: (id: string) => ['catalogue', 'changes', id] as const,
  catalogueNetwork: ['catalogue', 'network'] as const,
  // Maler og dokumenter: everything under 'documents' is invalidated together after a change.
  templates: ['templates'] as const,
  template: (id: string) => ['templates', id] as const,
  documents: ['documents'] as const,
  caseDocuments: (sak: { barnId: string } | { fosterhjemId: string }) => ['documents', 'list', sak] as const,
  approvalQueue: ['documents', 'approval'] as const,
  document: (id: string) => ['documents', 'one', id] as const,
  documentRevisions: (id: string) => ['documents', 'revisions', id] as const,
  documentDiff: (id: string, fra: string, til: string) => ['documents', 'diff', id, fra, til] as const,
  // Samvær: the child's contact plans and sessions refresh together.
  contact: (barnId: string) => ['contact', barnId] as const,
  contactPlans: (barnId: string) => ['contact', barnId, 'plans'] as const,
  contactSessions: (barnId: string) => ['contact', barnId, 'sessions'] as const,
  // Tilbakeføring: the child's assessments and safe reunification plans refresh together.
  reunification: (barnId: string) => ['reunification', barnId] as const,
  reunificationAssessments: (barnId: string) => ['reunification', barnId, 'assessments'] as const,
  reunificationPlans: (barnId: string) => ['reunification', barnId, 'plans'] as const,
  // Programmer: the library, and the runs (everything under 'programme-runs' refreshes together).
  programmes: ['programmes'] as const,
  programme: (programId: string) => ['programmes', programId] as const,
  programmeRuns: ['programme-runs'] as const,
  programmeRun: (id: string) => ['programme-runs', 'one', id] as const,
  childProgrammes: (barnId: string) => ['programme-runs', 'child', barnId] as const,
  fosterHomeProgrammes: (fosterhjemId: string) => ['programme-runs', 'foster-home', fosterhjemId] as const,
};
