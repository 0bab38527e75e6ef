import { Heading } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';
import { CurrentPlacement } from '@/web/pages/barn/oversikt/CurrentPlacement';
import { IdentitySection } from '@/web/pages/barn/oversikt/IdentitySection';
import { useChild } from '@/web/pages/barn/side/useChild';
import { ChildPrograms } from '@/web/pages/program/ChildPrograms';

/** `/barn/:id` — where the child lives now, and who the child is (language, culture, religion). */
export function OverviewTab() {
  const t = useT();
  const barn = useChild();
  return (
    <div className="tab-content">
      <Heading level={2} data-size="md">
        {t('barn.fane.oversikt')}
      </Heading>
      <div className="overview-grid">
        <CurrentPlacement barn={barn} />
        <IdentitySection barn={barn} />
        <ChildPrograms barn={barn} />
      </div>
    </div>
  );
}
