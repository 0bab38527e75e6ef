import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { addFosterHomeAgreement } from '@/web/api/addFosterHomeAgreement';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { civilDateValue, osloToday } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import { useRefreshFosterHome } from '@/web/pages/fosterhjem/useFosterHome';

interface Values {
  startDato: string;
  sluttDato: string;
  plasseringId: string;
}

const IDS: [keyof Values, string][] = [
  ['startDato', 'avtale-start'],
  ['sluttDato', 'avtale-slutt'],
  ['plasseringId', 'avtale-plassering'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  hjem: FosterhjemView;
  onDone: () => void;
  onCancel: () => void;
}

/** A new foster-home agreement: start, end, and (optionally) the child's placement it belongs to. */
export function AddAgreementForm({ hjem, onDone, onCancel }: Props) {
  const t = useT();
  const intl = useIntl();
  const refresh = useRefreshFosterHome(hjem.id);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { startDato: osloToday(), sluttDato: '', plasseringId: '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await addFosterHomeAgreement(hjem.id, {
        startDato: values.startDato,
        sluttDato: values.sluttDato || null,
        plasseringId: values.plasseringId || null,
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
      <Textfield
        id="avtale-start"
        type="date"
        className="date-field"
        label={t('avtale.felt.start')}
        error={fieldError(errors, 'startDato')}
        {...register('startDato', { required: t('avtale.felt.start.mangler') })}
      />
      <Textfield
        id="avtale-slutt"
        type="date"
        className="date-field"
        label={t('avtale.felt.slutt')}
        description={t('avtale.felt.slutt.beskrivelse')}
        error={fieldError(errors, 'sluttDato')}
        {...register('sluttDato', {
          validate: (v) => !v || v >= getValues('startDato') || t('avtale.felt.slutt.forStart'),
        })}
      />
      <Field>
        <Label htmlFor="avtale-plassering">{t('avtale.felt.plassering')}</Label>
        <Field.Description>{t('avtale.felt.plassering.beskrivelse')}</Field.Description>
        <Select id="avtale-plassering" {...register('plasseringId')}>
          <Select.Option value="">{t('avtale.hele')}</Select.Option>
          {hjem.plasseringer.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {t('avtale.felt.plasseringValg', {
                navn: p.barn.navn,
                dato: intl.formatDate(civilDateValue(p.innflytting), {
                  dateStyle: 'short',
                  timeZone: TIME_ZONE,
                }),
              })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('avtale.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
