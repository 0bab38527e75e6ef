import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { addMonths } from '@/domain/plasseringsforlop';
import type { Plassering } from '@/web/api/barnTypes';
import { decideVisitFrequency } from '@/web/api/decideVisitFrequency';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useFormatCivilDate, useRefreshTasks } from '@/web/pages/oppgaver/useTaskHelpers';

interface Values {
  type: 'oppfolging' | 'tilsyn' | '';
  antall: '4' | '2' | '';
  fra: string;
  begrunnelse: string;
}

const IDS: [keyof Values, string][] = [
  ['type', 'hyppighet-type-oppfolging'],
  ['antall', 'hyppighet-antall-4'],
  ['fra', 'hyppighet-fra'],
  ['begrunnelse', 'hyppighet-begrunnelse'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  plassering: Plassering;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * A decision on the number of visits a year (ffh. § 10): at least four; two only when the child
 * has lived in the foster home for more than two years and conditions are good, with a reason.
 */
export function FrequencyForm({ plassering, onDone, onCancel }: Props) {
  const t = useT();
  const formatDate = useFormatCivilDate();
  const refresh = useRefreshTasks();
  const toAr = addMonths(plassering.innflytting, 24);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { type: '', antall: '', fra: osloToday(), begrunnelse: '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await decideVisitFrequency(plassering.id, {
        type: values.type as 'oppfolging' | 'tilsyn',
        antall: values.antall === '2' ? 2 : 4,
        fra: values.fra,
        begrunnelse: values.begrunnelse.trim(),
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const typeError = fieldError(errors, 'type');
  const antallError = fieldError(errors, 'antall');
  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Paragraph data-size="sm">{t('arshjul.hyppighet.regel')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('arshjul.hyppighet.type')}</Fieldset.Legend>
        {(['oppfolging', 'tilsyn'] as const).map((value) => (
          <Radio
            key={value}
            id={`hyppighet-type-${value}`}
            label={t(`arshjul.hyppighet.type.${value}`)}
            value={value}
            aria-invalid={typeError ? true : undefined}
            {...register('type', { required: t('arshjul.hyppighet.type.mangler') })}
          />
        ))}
        {typeError && <ValidationMessage>{typeError}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('arshjul.hyppighet.antall')}</Fieldset.Legend>
        {(['4', '2'] as const).map((value) => (
          <Radio
            key={value}
            id={`hyppighet-antall-${value}`}
            label={t(`arshjul.hyppighet.antall.${value}`)}
            value={value}
            aria-invalid={antallError ? true : undefined}
            {...register('antall', { required: t('arshjul.hyppighet.antall.mangler') })}
          />
        ))}
        {antallError && <ValidationMessage>{antallError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id="hyppighet-fra"
        type="date"
        label={t('arshjul.hyppighet.fra')}
        min={plassering.innflytting}
        error={fieldError(errors, 'fra')}
        {...register('fra', {
          required: t('arshjul.hyppighet.fra.mangler'),
          validate: (value, all) => {
            if (value < plassering.innflytting)
              return t('arshjul.hyppighet.fra.forInnflytting', { dato: formatDate(plassering.innflytting) });
            if (all.antall === '2' && value <= toAr)
              return t('arshjul.hyppighet.forTidlig', { dato: formatDate(toAr) });
            return true;
          },
          deps: ['antall'],
        })}
      />
      <Textfield
        multiline
        rows={4}
        id="hyppighet-begrunnelse"
        label={t('arshjul.hyppighet.begrunnelse')}
        description={t('arshjul.hyppighet.begrunnelse.beskrivelse')}
        error={fieldError(errors, 'begrunnelse')}
        {...register('begrunnelse', {
          validate: (value) => value.trim().length >= 10 || t('arshjul.hyppighet.begrunnelse.mangler'),
          maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) },
        })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('arshjul.hyppighet.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
