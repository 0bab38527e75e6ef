import { Button, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { returnDocument } from '@/web/api/returnDocument';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';

const KOMMENTAR_MIN = 5;
const KOMMENTAR_MAX = 2000;
const IDS: [string, string][] = [['kommentar', 'retur-kommentar']];
const NAMES = ['kommentar'];

interface Props {
  dokumentId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** "Send tilbake": the document goes back to the author as a draft, with what needs to change. */
export function ReturnForm({ dokumentId, onDone, onCancel }: Props) {
  const t = useT();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ kommentar: string }>({ defaultValues: { kommentar: '' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: { kommentar: string }) => {
    feedback.reset();
    try {
      await returnDocument(dokumentId, values.kommentar.trim());
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="retur-kommentar"
        multiline
        rows={5}
        label={t('dokument.retur.kommentar')}
        description={t('dokument.retur.kommentar.beskrivelse')}
        error={fieldError(errors, 'kommentar')}
        {...register('kommentar', {
          validate: (v) => v.trim().length >= KOMMENTAR_MIN || t('dokument.retur.kommentar.mangler'),
          maxLength: { value: KOMMENTAR_MAX, message: t('felles.forLang', { antall: KOMMENTAR_MAX }) },
        })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('dokument.retur.send')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
