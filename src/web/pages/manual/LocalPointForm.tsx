import { Button, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { addLocalManualPoint } from '@/web/api/addLocalManualPoint';
import type { Ansvar, ForlopId, ManualView, Niva } from '@/web/api/manualTypes';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { ANSVAR, NIVAER, useManualLabels } from '@/web/pages/manual/manualLabels';
import { TextPairFields, type TextValues, textFieldIds, trimmed } from '@/web/pages/manual/TextPairFields';
import { useRefreshManual } from '@/web/pages/manual/useManualQueries';

interface Values extends TextValues {
  fase: string;
  niva: Niva | '';
  ansvar: Ansvar | '';
}

const IDS: [string, string][] = [
  ['fase', 'lokalt-fase'],
  ['niva', 'lokalt-niva'],
  ['ansvar', 'lokalt-ansvar'],
  ...textFieldIds('lokalt'),
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  forlop: ForlopId;
  manual: ManualView;
  onDone: (fase: string) => void;
  onCancel: () => void;
}

/**
 * "Legg til lokalt punkt": a routine of the service's own, in one phase, for one level, with
 * who does it, in bokmål and nynorsk. Cases then show it in their checklist, ticked off by hand.
 */
export function LocalPointForm({ forlop, manual, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const common = useLabels();
  const refresh = useRefreshManual(forlop);
  const tom = { nb: '', nn: '' };
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { fase: '', niva: '', ansvar: '', tittel: tom, hva: tom, hvorfor: tom },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await addLocalManualPoint(forlop, {
        fase: values.fase,
        niva: values.niva as Niva,
        ansvar: values.ansvar as Ansvar,
        ...trimmed(values),
      });
      await refresh();
      onDone(values.fase);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const select = (
    name: 'fase' | 'niva' | 'ansvar',
    id: string,
    label: string,
    options: [string, string][],
  ) => {
    const error = fieldError(errors, name);
    return (
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Select
          id={id}
          aria-invalid={error ? true : undefined}
          {...register(name, { required: t(`manual.lokalt.${name}.mangler`) })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {options.map(([value, text]) => (
            <Select.Option key={value} value={value}>
              {text}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Paragraph data-size="sm">{t('manual.lokalt.ingress', { tekst: labels.forlop(forlop) })}</Paragraph>
      {select(
        'fase',
        'lokalt-fase',
        t('manual.lokalt.fase'),
        manual.faser.map((fase) => [fase.id, labels.fase(fase.id)]),
      )}
      <div className="form-grid">
        {select(
          'niva',
          'lokalt-niva',
          t('manual.niva'),
          NIVAER.map((niva) => [niva, labels.niva(niva)]),
        )}
        {select(
          'ansvar',
          'lokalt-ansvar',
          t('manual.ansvar'),
          ANSVAR.map((rolle) => [rolle, common.rolle(rolle)]),
        )}
      </div>
      <TextPairFields prefix="lokalt" register={register} errors={errors} />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('manual.lokalt.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
