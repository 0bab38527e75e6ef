import { apiRequest } from '@/web/api/client';
import type { NettverkssokInnstilling } from '@/web/api/getNetworkSearchSetting';

/** `PUT /api/recruitment/settings/network-search`: switch the requirement on or off (409 on a stale version). */
export function updateNetworkSearchSetting(body: NettverkssokInnstilling): Promise<NettverkssokInnstilling> {
  return apiRequest<NettverkssokInnstilling>('/api/recruitment/settings/network-search', {
    method: 'PUT',
    body,
  });
}
