import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addVillageGoal } from '@/web/api/addVillageGoal';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useRefreshChild } from '@/web/pages/barn/side/useChild';

interface Values {
  tekst: string;
  avtaltDato: string;
}

const IDS: [keyof Values, string][] = [
  ['tekst', 'mal-tekst'],
  ['avtaltDato', 'mal-dato'],
];
const NAMES = IDS.map(([name]) => name);

/** "Nytt felles mål": what the village agreed on, and when. */
export function VillageGoalForm({ barnId }: { barnId: string }) {
  const t = useT();
  const refresh = useRefreshChild(barnId);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { tekst: '', avtaltDato: osloToday() }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    setSaved(false);
    try {
      await addVillageGoal(barnId, { tekst: values.tekst.trim(), avtaltDato: values.avtaltDato });
      await refresh();
      reset({ tekst: '', avtaltDato: osloToday() });
      setSaved(true);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="inline-form goal-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <Heading level={4} data-size="2xs">
        {t('landsby.mal.ny')}
      </Heading>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="mal-tekst"
        multiline
        rows={2}
        label={t('landsby.mal.tekst')}
        description={t('landsby.mal.tekst.beskrivelse')}
        error={fieldError(errors, 'tekst')}
        {...register('tekst', {
          validate: (v) => v.trim() !== '' || t('landsby.mal.tekst.mangler'),
          maxLength: { value: 1000, message: t('felles.forLang', { antall: 1000 }) },
        })}
      />
      <Textfield
        id="mal-dato"
        type="date"
        className="date-field"
        label={t('landsby.mal.dato')}
        error={fieldError(errors, 'avtaltDato')}
        {...register('avtaltDato', { required: t('landsby.mal.dato.mangler') })}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" loading={isSubmitting}>
          {t('landsby.mal.lagre')}
        </Button>
      </div>
      <div aria-live="polite" role="status">
        {saved && <Paragraph className="status-message">{t('landsby.mal.lagret')}</Paragraph>}
      </div>
    </form>
  );
}
