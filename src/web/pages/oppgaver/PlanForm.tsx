import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Oppgave } from '@/web/api/arshjulTypes';
import { planTask } from '@/web/api/planTask';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { osloLocalParts } from '@/web/pages/oppgaver/osloTime';
import { TaskFacts } from '@/web/pages/oppgaver/TaskFacts';
import { useLatestTask, useRefreshTasks } from '@/web/pages/oppgaver/useTaskHelpers';

interface Values {
  dato: string;
  tid: string;
}

const IDS: [keyof Values, string][] = [
  ['dato', 'plan-dato'],
  ['tid', 'plan-tid'],
];
// The API's field is `planlagt` (date and time together): its messages go on the date.
const NAMES = ['dato', 'tid', 'planlagt'];

interface Props {
  oppgave: Oppgave;
  onDone: (removed: boolean) => void;
  onCancel: () => void;
}

/**
 * "Planlegg": the date and time (Norwegian time) the task will be done. The planned time shows
 * in the personal calendar feed. It can also be removed.
 */
export function PlanForm({ oppgave, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshTasks();
  const latestTask = useLatestTask();
  const [version, setVersion] = useState(oppgave.version);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [removing, setRemoving] = useState(false);
  const current = oppgave.planlagt ? osloLocalParts(oppgave.planlagt) : null;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { dato: current?.dato ?? '', tid: current?.tid ?? '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const save = async (planlagt: string | null) => {
    feedback.reset();
    try {
      await planTask(oppgave.id, { planlagt, version });
      await refresh();
      onDone(planlagt === null);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const remove = async () => {
    setRemoving(true);
    await save(null);
    setRemoving(false);
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
    <form
      className="dialog-form"
      noValidate
      onSubmit={handleSubmit((values) => save(`${values.dato}T${values.tid}`), feedback.onInvalid)}
    >
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={reloaded}
          onReload={reload}
        />
      )}
      <FormFeedback
        errors={errors}
        fieldIds={[...IDS, ['planlagt', 'plan-dato']]}
        message={feedback.message}
        attempt={feedback.attempt}
      />
      <TaskFacts oppgave={oppgave} />
      <div className="field-pair">
        <Textfield
          id="plan-dato"
          type="date"
          label={t('oppgaver.plan.dato')}
          error={fieldError(errors, 'dato') ?? fieldError(errors, 'planlagt')}
          {...register('dato', { required: t('oppgaver.plan.dato.mangler') })}
        />
        <Textfield
          id="plan-tid"
          type="time"
          label={t('oppgaver.plan.tid')}
          error={fieldError(errors, 'tid')}
          {...register('tid', { required: t('oppgaver.plan.tid.mangler') })}
        />
      </div>
      <Paragraph data-size="sm">{t('oppgaver.plan.beskrivelse')}</Paragraph>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting && !removing}>
          {t('oppgaver.plan.lagre')}
        </Button>
        {oppgave.planlagt && (
          <Button type="button" variant="secondary" loading={removing} onClick={remove}>
            {t('oppgaver.plan.fjern')}
          </Button>
        )}
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
