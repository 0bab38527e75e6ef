import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { BarnView } from '@/web/api/barnTypes';
import { handOverChild } from '@/web/api/handOverChild';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { isPurposeRequired } from '@/web/components/serverErrors';
import { useColleagues } from '@/web/components/useColleagues';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { childQuery, useRefreshChild } from '@/web/pages/barn/side/useChild';
import { blankToNull } from '@/web/pages/barn/sprakListe';

interface Values {
  tilBrukerId: string;
  planlagt: string;
  utestaende: string;
  viktigForBarnet: string;
}

const IDS: [keyof Values, string][] = [
  ['tilBrukerId', 'overlevering-til'],
  ['planlagt', 'overlevering-planlagt'],
  ['utestaende', 'overlevering-utestaende'],
  ['viktigForBarnet', 'overlevering-viktig'],
];
const NAMES = IDS.map(([name]) => name);
const MAX = 4000;

interface Props {
  barn: BarnView;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Overlever til ny kontaktperson": the colleague, and what is planned, what is outstanding and
 * what matters to the child. The new contact person sees the summary first on the child's page.
 */
export function HandoverForm({ barn, onDone, onCancel }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshChild(barn.id);
  const { kontaktpersoner, label } = useColleagues();
  const choices = kontaktpersoner.filter((user) => user.id !== barn.kontaktperson?.id);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { tilBrukerId: '', planlagt: '', utestaende: '', viktigForBarnet: '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await handOverChild(barn.id, {
        tilBrukerId: values.tilBrukerId,
        planlagt: blankToNull(values.planlagt),
        utestaende: blankToNull(values.utestaende),
        viktigForBarnet: blankToNull(values.viktigForBarnet),
      });
    } catch (error) {
      feedback.onServerError(error);
      return;
    }
    await refresh();
    // Someone who handed over their own child may no longer reach the record.
    const after = queryClient.getQueryState(childQuery(barn.id).queryKey);
    if (isPurposeRequired(after?.error)) {
      navigate('/barn', { state: { overlevert: barn.fornavn } });
      return;
    }
    onDone();
  };

  const tilError = fieldError(errors, 'tilBrukerId');
  const area = (name: 'planlagt' | 'utestaende' | 'viktigForBarnet', text: string) => (
    <Textfield
      id={IDS.find(([n]) => n === name)?.[1]}
      multiline
      rows={3}
      label={text}
      error={fieldError(errors, name)}
      {...register(name, { maxLength: { value: MAX, message: t('felles.forLang', { antall: MAX }) } })}
    />
  );

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <Paragraph data-size="sm">{t('overlevering.ingress')}</Paragraph>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Field>
        <Label htmlFor="overlevering-til">{t('overlevering.tilKollega')}</Label>
        <Controller
          control={control}
          name="tilBrukerId"
          rules={{ validate: (v) => v !== '' || t('overlevering.tilKollega.mangler') }}
          render={({ field }) => (
            <Select id="overlevering-til" aria-invalid={tilError ? true : undefined} {...field}>
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {choices.map((user) => (
                <Select.Option key={user.id} value={user.id}>
                  {label(user)}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {tilError && <ValidationMessage>{tilError}</ValidationMessage>}
      </Field>
      {area('planlagt', t('overlevering.planlagt'))}
      {area('utestaende', t('overlevering.utestaende'))}
      {area('viktigForBarnet', t('overlevering.viktigForBarnet'))}
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('overlevering.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
