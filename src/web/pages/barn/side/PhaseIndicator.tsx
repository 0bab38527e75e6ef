import type { Fase } from '@/web/api/barnTypes';
import { FASER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/**
 * The placement course (seeds/004: before, during, after a move) as five steps, with the child's
 * step marked. Screen readers get the list with `aria-current="step"` and a plain sentence.
 */
export function PhaseIndicator({ fase }: { fase: Fase }) {
  const t = useT();
  const labels = useLabels();
  const current = FASER.indexOf(fase);
  return (
    <div className="phase">
      <p className="phase__text">{t('fase.barnetEr', { fase: labels.fase(fase) })}</p>
      <ol className="phase__steps" aria-label={t('fase.forlop')}>
        {FASER.map((step, index) => (
          <li
            key={step}
            className="phase__step"
            data-state={index < current ? 'done' : index === current ? 'current' : 'todo'}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="phase__marker" aria-hidden>
              {index + 1}
            </span>
            <span className="phase__label">{labels.fase(step)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
