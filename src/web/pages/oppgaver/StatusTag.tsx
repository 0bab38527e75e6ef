import { Tag } from '@digdir/designsystemet-react';
import { CalendarIcon, CheckmarkIcon, ClockIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import type { OppgaveStatus } from '@/web/api/arshjulTypes';
import { useT } from '@/web/i18n/useT';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

const COLOR: Record<OppgaveStatus, string> = {
  forfalt: 'danger',
  denne_uken: 'warning',
  kommende: 'info',
  fullfort: 'success',
};

const ICON = {
  forfalt: ExclamationmarkTriangleIcon,
  denne_uken: ClockIcon,
  kommende: CalendarIcon,
  fullfort: CheckmarkIcon,
} as const;

/** A task's status as colour, icon and text (never colour alone). */
export function StatusTag({ status }: { status: OppgaveStatus }) {
  const labels = useTaskLabels();
  const Icon = ICON[status];
  return (
    <Tag data-color={COLOR[status]} data-size="sm" className={`status-tag status-tag--${status}`}>
      <Icon aria-hidden />
      {labels.status(status)}
    </Tag>
  );
}

/** Marks a task that has a recorded deviation (reason and new date). */
export function AvvikTag() {
  const t = useT();
  return (
    <Tag data-color="warning" data-size="sm" className="status-tag status-tag--avvik">
      <ExclamationmarkTriangleIcon aria-hidden />
      {t('oppgaver.avvik')}
    </Tag>
  );
}
