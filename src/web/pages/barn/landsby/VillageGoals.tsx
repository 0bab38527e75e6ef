import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { LandsbyMal } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { useT } from '@/web/i18n/useT';
import { VillageGoalForm } from '@/web/pages/barn/landsby/VillageGoalForm';

interface Props {
  barnId: string;
  mal: LandsbyMal[];
  kanEndre: boolean;
}

/** The shared direction: goals the village agreed on, newest first, and a form for a new one. */
export function VillageGoals({ barnId, mal, kanEndre }: Props) {
  const t = useT();
  const headingId = useId();
  const sorted = [...mal].sort((a, b) => (a.avtaltDato < b.avtaltDato ? 1 : -1));
  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={3} data-size="sm" id={headingId}>
        {t('landsby.mal.overskrift')}
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph className="empty-state">{t('landsby.mal.ingen')}</Paragraph>
      ) : (
        <ul className="goal-list">
          {sorted.map((m) => (
            <li key={m.id} className="goal-list__item">
              <span className="prewrap">{m.tekst}</span>
              <span className="subtle">
                {t('landsby.mal.avtalt')} <CivilDate date={m.avtaltDato} format="long" />
              </span>
            </li>
          ))}
        </ul>
      )}
      {kanEndre && <VillageGoalForm barnId={barnId} />}
    </section>
  );
}
