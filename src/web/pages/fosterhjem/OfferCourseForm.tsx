import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { Kurs } from '@/web/api/fosterfamilieTypes';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { offerFosterHomeCourse } from '@/web/api/offerFosterHomeCourse';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { KURS, KURS_NAVN } from '@/web/pages/fosterhjem/kursLabels';
import { useRefreshFosterHome } from '@/web/pages/fosterhjem/useFosterHome';

interface Values {
  medlemId: string;
  kurs: Kurs | '';
  tilbudt: string;
}

const IDS: [keyof Values, string][] = [
  ['medlemId', 'kurs-fosterforelder'],
  ['kurs', 'kurs-kurs'],
  ['tilbudt', 'kurs-tilbudt'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  hjem: FosterhjemView;
  /** Preselected when the form is opened from a reminder. */
  initial?: { medlemId?: string; kurs?: Kurs };
  onDone: () => void;
  onCancel: () => void;
}

/** Offer a course to one foster parent, with the date it was offered. */
export function OfferCourseForm({ hjem, initial, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshFosterHome(hjem.id);
  const fosterforeldre = hjem.medlemmer.filter((m) => m.rolle === 'fosterforelder');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      medlemId: initial?.medlemId ?? (fosterforeldre.length === 1 ? (fosterforeldre[0]?.id ?? '') : ''),
      kurs: initial?.kurs ?? '',
      tilbudt: osloToday(),
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await offerFosterHomeCourse(hjem.id, {
        medlemId: values.medlemId,
        kurs: values.kurs as Kurs,
        tilbudt: values.tilbudt,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const medlemError = fieldError(errors, 'medlemId');
  const kursError = fieldError(errors, 'kurs');
  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Field>
        <Label htmlFor="kurs-fosterforelder">{t('fosterfamilie.kurs.felt.fosterforelder')}</Label>
        <Select
          id="kurs-fosterforelder"
          aria-invalid={medlemError ? true : undefined}
          {...register('medlemId', { required: t('fosterfamilie.kurs.felt.fosterforelder.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {fosterforeldre.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {m.fornavn} {m.etternavn}
            </Select.Option>
          ))}
        </Select>
        {medlemError && <ValidationMessage>{medlemError}</ValidationMessage>}
      </Field>
      <Field>
        <Label htmlFor="kurs-kurs">{t('fosterfamilie.kurs.felt.kurs')}</Label>
        <Field.Description>{t('fosterfamilie.kurs.felt.kurs.beskrivelse')}</Field.Description>
        <Select
          id="kurs-kurs"
          aria-invalid={kursError ? true : undefined}
          {...register('kurs', { required: t('fosterfamilie.kurs.felt.kurs.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {KURS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(KURS_NAVN[k])}
            </Select.Option>
          ))}
        </Select>
        {kursError && <ValidationMessage>{kursError}</ValidationMessage>}
      </Field>
      <Textfield
        id="kurs-tilbudt"
        type="date"
        className="date-field"
        label={t('fosterfamilie.kurs.felt.tilbudt')}
        error={fieldError(errors, 'tilbudt')}
        {...register('tilbudt', { required: t('fosterfamilie.kurs.felt.tilbudt.mangler') })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('fosterfamilie.kurs.tilby')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
