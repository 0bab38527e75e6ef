import { Button, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { createContactSession } from '@/web/api/createContactSession';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { SessionTimeFields } from '@/web/pages/samvaer/SessionTimeFields';

interface Values {
  dato: string;
  fraKl: string;
  tilKl: string;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['dato', 'samvaer-ny-dato'],
  ['fraKl', 'samvaer-ny-fra-kl'],
  ['tilKl', 'samvaer-ny-til-kl'],
  ['notat', 'samvaer-ny-notat'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  barnId: string;
  familiemedlemId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** One session added by hand: an extra contact, or one outside the plan's rhythm. */
export function NewSessionForm({ barnId, familiemedlemId, onDone, onCancel }: Props) {
  const t = useT();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { dato: '', fraKl: '', tilKl: '', notat: '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (v: Values) => {
    feedback.reset();
    try {
      await createContactSession(barnId, {
        familiemedlemId,
        dato: v.dato,
        fraKl: v.fraKl || null,
        tilKl: v.tilKl || null,
        notat: v.notat.trim() || null,
      });
      onDone(t('samvaer.ny.lagtTil'));
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="samvaer-ny-dato"
        type="date"
        className="date-field"
        label={t('samvaer.felt.dato')}
        error={fieldError(errors, 'dato')}
        {...register('dato', { required: t('samvaer.felt.dato.mangler') })}
      />
      <SessionTimeFields
        fra={{ id: 'samvaer-ny-fra-kl', error: fieldError(errors, 'fraKl'), field: register('fraKl') }}
        til={{ id: 'samvaer-ny-til-kl', error: fieldError(errors, 'tilKl'), field: register('tilKl') }}
      />
      <Textfield
        id="samvaer-ny-notat"
        multiline
        rows={3}
        label={t('samvaer.felt.notat')}
        error={fieldError(errors, 'notat')}
        {...register('notat')}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('felles.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
