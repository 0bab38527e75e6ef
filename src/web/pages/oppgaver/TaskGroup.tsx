import { Button, Heading } from '@digdir/designsystemet-react';
import { CalendarIcon, ClockIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { useId, useState } from 'react';
import type { Oppgave, OppgaveStatus } from '@/web/api/arshjulTypes';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { EmptyGroup, type TaskAction, TaskTable } from '@/web/pages/oppgaver/TaskTable';

/** Rows shown before "Vis alle": a backlog of overdue tasks should not bury this week's. */
export const GROUP_LIMIT = 20;

const TITLE: Record<Exclude<OppgaveStatus, 'fullfort'>, MessageId> = {
  forfalt: 'oppgaver.gruppe.forfalt',
  denne_uken: 'oppgaver.gruppe.denne_uken',
  kommende: 'oppgaver.gruppe.kommende',
};

const ICON = {
  forfalt: ExclamationmarkTriangleIcon,
  denne_uken: ClockIcon,
  kommende: CalendarIcon,
} as const;

const EMPTY: Record<Exclude<OppgaveStatus, 'fullfort'>, MessageId> = {
  forfalt: 'oppgaver.gruppe.tom.forfalt',
  denne_uken: 'oppgaver.gruppe.tom.denne_uken',
  kommende: 'oppgaver.gruppe.tom.kommende',
};

interface Props {
  status: Exclude<OppgaveStatus, 'fullfort'>;
  items: Oppgave[];
  visAnsvarlig: boolean;
  onAction: (oppgave: Oppgave, action: TaskAction) => void;
}

/** One group of tasks (overdue, this week, coming) with its count. */
export function TaskGroup({ status, items, visAnsvarlig, onAction }: Props) {
  const t = useT();
  const headingId = useId();
  const [alle, setAlle] = useState(false);
  const Icon = ICON[status];
  const shown = alle ? items : items.slice(0, GROUP_LIMIT);
  return (
    <section className={`task-group task-group--${status}`} aria-labelledby={headingId}>
      <div className="task-group__head">
        <Heading level={2} data-size="sm" id={headingId} className="task-group__title">
          <Icon aria-hidden className="task-group__icon" />
          {t(TITLE[status])}
          <span className="ds-sr-only">, </span>
          <span className="task-group__count" data-testid={`antall-${status}`}>
            {t('oppgaver.gruppe.antall', { antall: items.length })}
          </span>
        </Heading>
      </div>
      {items.length === 0 ? (
        <EmptyGroup text={t(EMPTY[status])} />
      ) : (
        <>
          <TaskTable items={shown} labelledBy={headingId} visAnsvarlig={visAnsvarlig} onAction={onAction} />
          {items.length > GROUP_LIMIT && (
            <div className="task-group__more">
              <span className="subtle">
                {t('oppgaver.viser', { antall: shown.length, total: items.length })}
              </span>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => setAlle((v) => !v)}>
                {alle ? t('oppgaver.visFaerre') : t('oppgaver.visAlle', { antall: items.length })}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
