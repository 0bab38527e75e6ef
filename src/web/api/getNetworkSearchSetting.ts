import { apiRequest } from '@/web/api/client';

export interface NettverkssokInnstilling {
  kreverNettverkssok: boolean;
  version: number;
}

/** `GET /api/recruitment/settings/network-search` (rekruttering:settings): kinship first required? */
export function getNetworkSearchSetting(): Promise<NettverkssokInnstilling> {
  return apiRequest<NettverkssokInnstilling>('/api/recruitment/settings/network-search');
}
