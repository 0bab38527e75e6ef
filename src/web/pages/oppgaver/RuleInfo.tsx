import { Popover, Tag } from '@digdir/designsystemet-react';
import type { Oppgave } from '@/web/api/arshjulTypes';
import { useT } from '@/web/i18n/useT';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/**
 * "Lovkrav" or "Lokal praksis", and the rule's source on demand. Local practice is a setting of
 * the service and is never presented as law.
 */
export function RuleInfo({ oppgave }: { oppgave: Pick<Oppgave, 'regel' | 'art' | 'ref'> }) {
  const t = useT();
  const labels = useTaskLabels();
  return (
    <span className="rule-info">
      <Tag data-color={oppgave.art === 'lovkrav' ? 'info' : 'neutral'} data-size="sm" className="nowrap">
        {labels.art(oppgave.art)}
      </Tag>
      <Popover.TriggerContext>
        <Popover.Trigger
          inline
          className="rule-info__trigger"
          aria-label={t('regel.kildeFor', { navn: labels.navn(oppgave) })}
        >
          {t('regel.kilde')}
        </Popover.Trigger>
        <Popover data-size="sm" className="rule-info__popover">
          {labels.kilde(oppgave.regel)}
        </Popover>
      </Popover.TriggerContext>
    </span>
  );
}
