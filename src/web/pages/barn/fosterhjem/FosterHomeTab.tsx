import { Heading } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';
import { Household } from '@/web/pages/barn/fosterhjem/Household';
import { PlacementHistory } from '@/web/pages/barn/fosterhjem/PlacementHistory';
import { useChild } from '@/web/pages/barn/side/useChild';
import { NetworkSearchSection } from '@/web/pages/slekt/NetworkSearchSection';

/** `/barn/:id/fosterhjem` — the household the child lives in now, and every placement over time. */
export function FosterHomeTab() {
  const t = useT();
  const barn = useChild();
  return (
    <div className="tab-content">
      <Heading level={2} data-size="md">
        {t('barn.fane.fosterhjem')}
      </Heading>
      <Household fosterhjem={barn.fosterhjem} />
      <PlacementHistory plasseringer={barn.plasseringer} />
      <NetworkSearchSection barn={barn} />
    </div>
  );
}
