import type { ReactNode } from 'react';
import { harTillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';

/** Shows the page only to users with the permission. The server checks it again on every request. */
export function RequirePermission({ tillatelse, children }: { tillatelse: string; children: ReactNode }) {
  const me = useMe();
  return harTillatelse(me, tillatelse) ? children : <ForbiddenContent />;
}
