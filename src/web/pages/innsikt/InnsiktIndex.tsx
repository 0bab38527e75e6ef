import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { SamarbeidVisning } from '@/web/pages/innsikt/SamarbeidVisning';
import { TjenesteVisning } from '@/web/pages/innsikt/TjenesteVisning';

/** `/innsikt`: the service's own figures, or, for a network coordinator, the collaboration view. */
export function InnsiktIndex() {
  const me = useMe();
  return harTillatelse(me, Tillatelse.innsiktTjeneste) ? <TjenesteVisning /> : <SamarbeidVisning />;
}
