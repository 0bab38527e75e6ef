import { apiRequest } from '@/web/api/client';
import type { DokumentStatus } from '@/web/api/dokumentTypes';

/**
 * `POST /api/documents/:id/finalise` → the new status (`til_godkjenning` or `ferdig`); 400 with the
 * fields still missing (`required`, `medvirkning_required`), 409 `conflict` on an old revision.
 */
export function finaliseDocument(id: string, revisjon: number): Promise<{ status: DokumentStatus }> {
  return apiRequest<{ status: DokumentStatus }>(`/api/documents/${encodeURIComponent(id)}/finalise`, {
    method: 'POST',
    body: { revisjon },
  });
}
