import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { recordEvent } from '@/web/api/recordEvent';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useRefreshTasks } from '@/web/pages/oppgaver/useTaskHelpers';

interface Values {
  dato: string;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['dato', 'rapport-dato'],
  ['notat', 'rapport-notat'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  barnId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** A supervision report received: the årshjul then gives a task to go through it. */
export function ReportReceivedForm({ barnId, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshTasks();
  const today = osloToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { dato: today, notat: '' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await recordEvent(barnId, {
        type: 'tilsynsrapport_mottatt',
        dato: values.dato,
        notat: values.notat.trim() || null,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Paragraph data-size="sm">{t('arshjul.rapport.ingress')}</Paragraph>
      <Textfield
        id="rapport-dato"
        type="date"
        label={t('arshjul.rapport.dato')}
        max={today}
        error={fieldError(errors, 'dato')}
        {...register('dato', {
          required: t('hendelse.dato.mangler'),
          validate: (value) => value <= today || t('hendelse.dato.fremtid'),
        })}
      />
      <Textfield
        multiline
        rows={3}
        id="rapport-notat"
        label={t('hendelse.notat')}
        description={t('hendelse.notat.beskrivelse')}
        error={fieldError(errors, 'notat')}
        {...register('notat', { maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) } })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('arshjul.rapport.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
