import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { generateContactSessions } from '@/web/api/generateContactSessions';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { civilDateValue } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';

interface Values {
  antall: string;
  enhet: 'uke' | 'maned';
}

const IDS: [keyof Values, string][] = [
  ['antall', 'samvaer-generer-antall'],
  ['enhet', 'samvaer-generer-enhet'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  barnId: string;
  familiemedlemId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Plans the next sessions from the plan in force, for a number of weeks or months ahead. */
export function GenerateForm({ barnId, familiemedlemId, onDone, onCancel }: Props) {
  const t = useT();
  const intl = useIntl();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { antall: '8', enhet: 'uke' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);
  const enhet = watch('enhet');
  const maks = enhet === 'uke' ? 26 : 12;

  const onValid = async (v: Values) => {
    feedback.reset();
    try {
      const res = await generateContactSessions(barnId, {
        familiemedlemId,
        antall: Number(v.antall),
        enhet: v.enhet,
      });
      const datoer = res.datoer
        .map((d) =>
          intl.formatDate(civilDateValue(d), { day: 'numeric', month: 'short', timeZone: TIME_ZONE }),
        )
        .join(', ');
      onDone(
        res.opprettet === 0
          ? t('samvaer.generer.ingen')
          : t('samvaer.generer.ferdig', { antall: res.opprettet, tekst: datoer }),
      );
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Paragraph data-size="sm">{t('samvaer.generer.forklaring')}</Paragraph>
      <div className="form-grid">
        <Textfield
          id="samvaer-generer-antall"
          type="number"
          inputMode="numeric"
          min={1}
          max={maks}
          label={t('samvaer.generer.antall')}
          error={fieldError(errors, 'antall')}
          {...register('antall', {
            validate: (value) => {
              const n = Number(value);
              return (
                (Number.isInteger(n) && n >= 1 && n <= maks) ||
                t('samvaer.generer.antall.ugyldig', { antall: maks })
              );
            },
          })}
        />
        <Field>
          <Label htmlFor="samvaer-generer-enhet">{t('samvaer.generer.enhet')}</Label>
          <Select id="samvaer-generer-enhet" {...register('enhet')}>
            <Select.Option value="uke">{t('samvaer.generer.uker')}</Select.Option>
            <Select.Option value="maned">{t('samvaer.generer.maneder')}</Select.Option>
          </Select>
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('samvaer.generer.knapp')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
