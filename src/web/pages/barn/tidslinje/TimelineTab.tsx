import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';
import { useChild } from '@/web/pages/barn/side/useChild';
import { TimelineEvent } from '@/web/pages/barn/tidslinje/TimelineEvent';

/** `/barn/:id/tidslinje` — the child's course as events, newest first. */
export function TimelineTab() {
  const t = useT();
  const barn = useChild();
  // The API sends them newest first; keep that order, stable for events on the same day.
  const hendelser = barn.tidslinje;
  return (
    <div className="tab-content">
      <Heading level={2} data-size="md">
        {t('tidslinje.overskrift')}
      </Heading>
      {hendelser.length === 0 ? (
        <Paragraph className="empty-state">{t('tidslinje.ingen')}</Paragraph>
      ) : (
        <ol className="timeline" aria-label={t('tidslinje.etikett')}>
          {hendelser.map((hendelse, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; the list is only ever replaced whole
            <TimelineEvent key={`${hendelse.dato}-${hendelse.type}-${index}`} hendelse={hendelse} />
          ))}
        </ol>
      )}
    </div>
  );
}
