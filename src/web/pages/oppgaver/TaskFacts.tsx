import type { Oppgave } from '@/web/api/arshjulTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { useT } from '@/web/i18n/useT';
import { RuleInfo } from '@/web/pages/oppgaver/RuleInfo';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/** Which task a dialog is about: the task, the child, the period and the deadline. */
export function TaskFacts({ oppgave }: { oppgave: Oppgave }) {
  const t = useT();
  const labels = useTaskLabels();
  return (
    <dl className="facts task-facts">
      <div className="facts__row">
        <dt>{t('oppgaver.kolonne.oppgave')}</dt>
        <dd>
          <span className="stacked-tight">
            <span>{labels.navn(oppgave)}</span>
            <RuleInfo oppgave={oppgave} />
          </span>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('oppgaver.kolonne.barn')}</dt>
        <dd>{oppgave.barn.navn}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('oppgaver.periode')}</dt>
        <dd>
          <CivilDate date={oppgave.vinduStart} /> – <CivilDate date={oppgave.frist} />
        </dd>
      </div>
      {oppgave.avvik && (
        <div className="facts__row">
          <dt>{t('oppgaver.team.kolonne.nyDato')}</dt>
          <dd>
            <CivilDate date={oppgave.avvik.nyFrist} />
          </dd>
        </div>
      )}
    </dl>
  );
}
