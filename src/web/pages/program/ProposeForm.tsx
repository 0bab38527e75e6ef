import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { createProgrammeRun } from '@/web/api/createProgrammeRun';
import type { CreateForlopBody } from '@/web/api/programTypes';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useRefreshRuns } from '@/web/pages/program/usePrograms';

interface Values {
  start: string;
}

const IDS: [string, string][] = [['start', 'program-start']];
// Messages about who the run is for cannot be fixed in this form: they go in the summary.
const NAMES = ['start'];

interface Props {
  /** Who the programme is for; the start date comes from the form. */
  body: Omit<CreateForlopBody, 'start'>;
  defaultStart: string;
  /** What the start date means here (the move-in, the day it is offered). */
  startDescription: string;
  submitLabel: string;
  onCancel: () => void;
}

/** Proposes a programme: the sessions are scheduled from the start date, and the run page opens. */
export function ProposeForm({ body, defaultStart, startDescription, submitLabel, onCancel }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshRuns();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { start: defaultStart }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      const run = await createProgrammeRun({ ...body, start: values.start });
      await refresh();
      navigate(`/programmer/${run.id}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="program-start"
        type="date"
        className="date-field"
        label={t('program.foresla.start')}
        description={startDescription}
        error={fieldError(errors, 'start')}
        {...register('start', { required: t('program.foresla.start.mangler') })}
      />
      <Paragraph data-size="sm">{t('program.foresla.etterpa')}</Paragraph>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
