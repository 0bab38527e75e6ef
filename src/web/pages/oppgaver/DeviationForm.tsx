import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Oppgave } from '@/web/api/arshjulTypes';
import { registerTaskDeviation } from '@/web/api/registerTaskDeviation';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { TaskFacts } from '@/web/pages/oppgaver/TaskFacts';
import { useLatestTask, useRefreshTasks } from '@/web/pages/oppgaver/useTaskHelpers';

interface Values {
  arsak: string;
  nyFrist: string;
}

const IDS: [keyof Values, string][] = [
  ['arsak', 'avvik-arsak'],
  ['nyFrist', 'avvik-ny-frist'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  oppgave: Oppgave;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Avvik": why the task is not done on time, and a new date. Never silent: team leaders see
 * deviations apart from plain overdue tasks. Saved with the task's version (409 on a stale one).
 */
export function DeviationForm({ oppgave, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshTasks();
  const latestTask = useLatestTask();
  const [version, setVersion] = useState(oppgave.version);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const today = osloToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { arsak: oppgave.avvik?.arsak ?? '', nyFrist: oppgave.avvik?.nyFrist ?? '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await registerTaskDeviation(oppgave.id, {
        arsak: values.arsak.trim(),
        nyFrist: values.nyFrist,
        version,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    await refresh();
    const fresh = latestTask(oppgave.id);
    if (fresh) setVersion(fresh.version);
    setReloaded(true);
    setReloading(false);
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={reloaded}
          onReload={reload}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <TaskFacts oppgave={oppgave} />
      <Paragraph data-size="sm">{t('oppgaver.avvik.ingress')}</Paragraph>
      <Textfield
        multiline
        rows={3}
        id="avvik-arsak"
        label={t('oppgaver.avvik.arsak')}
        description={t('oppgaver.avvik.arsak.beskrivelse')}
        error={fieldError(errors, 'arsak')}
        {...register('arsak', {
          validate: (value) => value.trim().length >= 5 || t('oppgaver.avvik.arsak.mangler'),
          maxLength: { value: 1000, message: t('felles.forLang', { antall: 1000 }) },
        })}
      />
      <Textfield
        id="avvik-ny-frist"
        type="date"
        label={t('oppgaver.avvik.nyFrist')}
        min={today}
        error={fieldError(errors, 'nyFrist')}
        {...register('nyFrist', {
          required: t('oppgaver.avvik.nyFrist.mangler'),
          validate: (value) => value >= today || t('oppgaver.avvik.nyFrist.fortid'),
        })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('oppgaver.avvik.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
