import { Button, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { addProgrammeMaterial } from '@/web/api/addProgrammeMaterial';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useRefreshProgrammes } from '@/web/pages/program/usePrograms';

interface Values {
  tittel: string;
  url: string;
}

const IDS: [string, string][] = [
  ['tittel', 'materiale-tittel'],
  ['url', 'materiale-url'],
];
const NAMES = IDS.map(([name]) => name);
const HTTP = /^https?:\/\/\S+$/i;

interface Props {
  programId: string;
  nummer: number;
  onDone: (tittel: string) => void;
  onCancel: () => void;
}

/** A link to the service's own material for a session: what it is called, and where it is. */
export function MaterialForm({ programId, nummer, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshProgrammes();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { tittel: '', url: '' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    const tittel = values.tittel.trim();
    try {
      await addProgrammeMaterial(programId, nummer, { tittel, url: values.url.trim() });
      await refresh();
      onDone(tittel);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="materiale-tittel"
        label={t('program.materiale.navn')}
        description={t('program.materiale.navn.beskrivelse')}
        error={fieldError(errors, 'tittel')}
        {...register('tittel', {
          validate: (v) => v.trim() !== '' || t('program.materiale.navn.mangler'),
          maxLength: { value: 200, message: t('felles.forLang', { antall: 200 }) },
        })}
      />
      <Textfield
        id="materiale-url"
        type="url"
        label={t('program.materiale.url')}
        description={t('program.materiale.url.beskrivelse')}
        error={fieldError(errors, 'url')}
        {...register('url', {
          validate: (v) => HTTP.test(v.trim()) || t('program.materiale.url.ugyldig'),
        })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('program.materiale.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
