import { Link } from '@digdir/designsystemet-react';
import { CheckmarkIcon } from '@navikt/aksel-icons';
import type { Del } from '@/web/api/manualTypes';
import { useT } from '@/web/i18n/useT';
import { DELER, useManualLabels } from '@/web/pages/manual/manualLabels';

interface Step {
  id: string;
  del: Del;
  /** Where the case stands; left out on the manual page, which has no case. */
  status?: 'tidligere' | 'na' | 'kommende';
}

interface Props {
  faser: Step[];
  /** The list's name for screen readers. */
  label: string;
  /** On the manual page each phase links to its section. */
  hrefFor?: (id: string) => string;
}

/**
 * The six phases as a course before, during and after a placement: a list of the three parts,
 * each with its phases. The case's phase has `aria-current="step"` and says "Nå" in text;
 * earlier phases carry a check mark, so the state never rests on colour alone. On narrow
 * screens the parts stand under each other.
 */
export function CourseSteps({ faser, label, hrefFor }: Props) {
  const t = useT();
  const labels = useManualLabels();
  return (
    <ol className="course" aria-label={label}>
      {DELER.map((del) => (
        <li key={del} className="course__part" data-del={del}>
          <span className="course__part-label">{labels.del(del)}</span>
          <ol className="course__steps">
            {faser
              .filter((fase) => fase.del === del)
              .map((fase) => {
                const nummer = faser.indexOf(fase) + 1;
                return (
                  <li
                    key={fase.id}
                    className="course__step"
                    data-state={fase.status ?? 'kommende'}
                    data-plain={fase.status ? undefined : true}
                    aria-current={fase.status === 'na' ? 'step' : undefined}
                  >
                    <span className="course__marker" aria-hidden>
                      {fase.status === 'tidligere' ? <CheckmarkIcon /> : nummer}
                    </span>
                    <span className="course__text">
                      {hrefFor ? (
                        <Link href={hrefFor(fase.id)} className="course__name">
                          {labels.fase(fase.id)}
                        </Link>
                      ) : (
                        <span className="course__name">{labels.fase(fase.id)}</span>
                      )}
                      {fase.status === 'na' && <span className="course__now">{t('forlop.steg.na')}</span>}
                      {fase.status === 'tidligere' && (
                        <span className="ds-sr-only">{t('forlop.steg.tidligere')}</span>
                      )}
                      {fase.status === 'kommende' && (
                        <span className="ds-sr-only">{t('forlop.steg.kommende')}</span>
                      )}
                    </span>
                  </li>
                );
              })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
