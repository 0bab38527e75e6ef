import { apiRequest } from '@/web/api/client';
import type { AuditEventPage, AuditEventQuery } from '@/web/api/types';

/** `GET /api/audit-events` with filters and paging. */
export function listAuditEvents(query: AuditEventQuery): Promise<AuditEventPage> {
  return apiRequest<AuditEventPage>('/api/audit-events', {
    query: {
      fra: query.fra,
      til: query.til,
      handling: query.handling,
      aktorId: query.aktorId,
      side: query.side,
      perSide: query.perSide,
    },
  });
}
