import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { ForlopId, ForlopView } from '@/web/api/manualTypes';
import { setCoursePhase } from '@/web/api/setCoursePhase';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';

interface Values {
  fase: string;
  begrunnelse: string;
}

interface Props {
  forlop: ForlopId;
  course: ForlopView;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Endre fase": where the facts cannot tell (the child lived there as respite care before, the
 * ending is being planned), the worker sets the phase by hand and says why. The phase the facts
 * give is shown beside it, and the case can follow the facts again later.
 */
export function PhaseForm({ forlop, course, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const first = course.faser[0]?.id ?? '';
  const ids: [keyof Values, string][] = [
    ['fase', `fase-valg-${first}`],
    ['begrunnelse', 'fase-begrunnelse'],
  ];
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { fase: course.fase.id, begrunnelse: course.fase.begrunnelse ?? '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, ['fase', 'begrunnelse']);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await setCoursePhase(forlop, course.entitetId, {
        fase: values.fase,
        begrunnelse: values.begrunnelse.trim(),
      });
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const faseError = fieldError(errors, 'fase');
  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={ids} message={feedback.message} attempt={feedback.attempt} />
      <Paragraph data-size="sm">
        {t('forlop.endreFase.ingress', { fase: labels.fase(course.fase.beregnet) })}
      </Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('forlop.endreFase.fase')}</Fieldset.Legend>
        {course.faser.map((fase) => (
          <Radio
            key={fase.id}
            id={`fase-valg-${fase.id}`}
            value={fase.id}
            label={t('forlop.endreFase.valg', {
              fase: labels.fase(fase.id),
              tekst: labels.del(fase.del).toLocaleLowerCase('nb'),
            })}
            aria-invalid={faseError ? true : undefined}
            {...register('fase', { required: t('forlop.endreFase.fase.mangler') })}
          />
        ))}
        {faseError && <ValidationMessage>{faseError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        multiline
        rows={3}
        id="fase-begrunnelse"
        label={t('forlop.endreFase.begrunnelse')}
        description={t('forlop.endreFase.begrunnelse.beskrivelse')}
        error={fieldError(errors, 'begrunnelse')}
        {...register('begrunnelse', {
          validate: (value) => value.trim().length >= 5 || t('forlop.endreFase.begrunnelse.mangler'),
          maxLength: { value: 1000, message: t('felles.forLang', { antall: 1000 }) },
        })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('forlop.endreFase.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
