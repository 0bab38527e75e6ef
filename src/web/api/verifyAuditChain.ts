import { apiRequest } from '@/web/api/client';
import type { AuditVerifyResult } from '@/web/api/types';

/** `POST /api/audit-events/verify`: recompute the hash chains of the audit log. */
export function verifyAuditChain(): Promise<AuditVerifyResult> {
  return apiRequest<AuditVerifyResult>('/api/audit-events/verify', { method: 'POST' });
}
