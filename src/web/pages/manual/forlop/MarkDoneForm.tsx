import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { ForlopId, Forlopspunkt } from '@/web/api/manualTypes';
import { markCoursePoint } from '@/web/api/markCoursePoint';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';

interface Values {
  utfort: string;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['utfort', 'punkt-utfort-dato'],
  ['notat', 'punkt-utfort-notat'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  forlop: ForlopId;
  entitetId: string;
  punkt: Forlopspunkt;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Marker som utført": a point that no document or recorded event shows as done is ticked off
 * by hand, with the date it was done and a note of what was done. It can be taken back.
 */
export function MarkDoneForm({ forlop, entitetId, punkt, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const today = osloToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { utfort: today, notat: '' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await markCoursePoint(forlop, entitetId, punkt.id, {
        utfort: values.utfort,
        notat: values.notat.trim() || null,
      });
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Paragraph className="dialog-form__subject">{labels.tekst(punkt.tittel)}</Paragraph>
      <Textfield
        id="punkt-utfort-dato"
        type="date"
        className="date-field"
        label={t('forlop.utfort.dato')}
        max={today}
        error={fieldError(errors, 'utfort')}
        {...register('utfort', {
          required: t('forlop.utfort.dato.mangler'),
          validate: (value) => value <= today || t('forlop.utfort.dato.fremtid'),
        })}
      />
      <Textfield
        multiline
        rows={3}
        id="punkt-utfort-notat"
        label={t('forlop.utfort.notat')}
        description={t('forlop.utfort.notat.beskrivelse')}
        error={fieldError(errors, 'notat')}
        {...register('notat', { maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) } })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('forlop.utfort.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
