import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Programforlop, ProgramOkt } from '@/web/api/programTypes';
import { updateProgrammeSession } from '@/web/api/updateProgrammeSession';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { osloLocalParts } from '@/web/pages/oppgaver/osloTime';
import { osloInstant } from '@/web/pages/program/programTime';
import { useRefreshRuns } from '@/web/pages/program/usePrograms';

interface Values {
  dato: string;
  tid: string;
}

const IDS: [string, string][] = [
  ['dato', 'okt-plan-dato'],
  ['tid', 'okt-plan-tid'],
];
// The API's field is `planlagt` (date and time together): its messages go on the date.
const NAMES = ['dato', 'tid', 'planlagt', 'status'];

interface Props {
  run: Programforlop;
  okt: ProgramOkt;
  /** `avlyst`: the session was cancelled rather than moved. */
  onDone: (avlyst: boolean) => void;
  onCancel: () => void;
}

/**
 * Plan or move a session: the date and time on a Norwegian clock, as agreed with the family or
 * parent. The desk calendar and the .ics file follow. A session that will not be held is cancelled.
 */
export function PlanSessionForm({ run, okt, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshRuns();
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const current = osloLocalParts(okt.planlagt);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: current, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const save = async (body: { planlagt: string } | { status: 'avlyst' }) => {
    feedback.reset();
    // A new conflict after fetching offers to fetch again.
    setReloaded(false);
    try {
      await updateProgrammeSession(run.id, okt.nummer, { ...body, version: okt.version });
      await refresh();
      onDone('status' in body);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const cancelSession = async () => {
    setCancelling(true);
    await save({ status: 'avlyst' });
    setCancelling(false);
  };

  const reload = async () => {
    setReloading(true);
    await refresh();
    setReloaded(true);
    setReloading(false);
  };

  return (
    <form
      className="dialog-form"
      noValidate
      onSubmit={handleSubmit(
        (values) => save({ planlagt: osloInstant(values.dato, values.tid) }),
        feedback.onInvalid,
      )}
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
        fieldIds={[...IDS, ['planlagt', 'okt-plan-dato'], ['status', 'okt-plan-dato']]}
        message={feedback.message}
        attempt={feedback.attempt}
      />
      <div className="field-pair">
        <Textfield
          id="okt-plan-dato"
          type="date"
          className="date-field"
          label={t('program.plan.dato')}
          error={fieldError(errors, 'dato') ?? fieldError(errors, 'planlagt') ?? fieldError(errors, 'status')}
          {...register('dato', { required: t('program.plan.dato.mangler') })}
        />
        <Textfield
          id="okt-plan-tid"
          type="time"
          label={t('program.plan.tid')}
          error={fieldError(errors, 'tid')}
          {...register('tid', { required: t('program.plan.tid.mangler') })}
        />
      </div>
      <Paragraph data-size="sm">{t('program.plan.beskrivelse')}</Paragraph>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting && !cancelling}>
          {t('program.plan.lagre')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          data-color="danger"
          loading={cancelling}
          onClick={cancelSession}
        >
          {t('program.plan.avlys')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
