import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { Programforlop } from '@/web/api/programTypes';
import { respondToProgramme } from '@/web/api/respondToProgramme';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useRefreshRuns } from '@/web/pages/program/usePrograms';

type Svar = 'akseptert' | 'avslatt';

interface Values {
  svar: Svar | '';
  dato: string;
  arsak: string;
}

const IDS: [string, string][] = [
  ['svar', 'svar-akseptert'],
  ['dato', 'svar-dato'],
  ['arsak', 'svar-arsak'],
];

interface Props {
  run: Programforlop;
  /** Only a voluntary programme (Veien videre) can be declined. */
  frivillig: boolean;
  onDone: (svar: Svar) => void;
  onCancel: () => void;
}

/**
 * The answer to the offer: accepted, or (for a voluntary programme) declined with the reason the
 * family or parent gave. The date is the day they answered.
 */
export function RespondForm({ run, frivillig, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshRuns();
  const form = useForm<Values>({
    defaultValues: { svar: frivillig ? '' : 'akseptert', dato: osloToday(), arsak: '' },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (values) => {
      const valgt = values.svar as Svar;
      await respondToProgramme(run.id, {
        svar: valgt,
        dato: values.dato,
        arsak: valgt === 'avslatt' ? values.arsak.trim() : undefined,
        version: run.version,
      });
      await refresh();
      onDone(valgt);
    },
    reload: refresh,
  });
  const { register, watch } = form;
  const { errors } = form.formState;
  const svar = watch('svar');
  const svarError = fieldError(errors, 'svar');

  return (
    <DialogForm form={dialog} submitLabel={t('program.svar.lagre')} onCancel={onCancel}>
      {frivillig ? (
        <Fieldset>
          <Fieldset.Legend>{t('program.svar.svar')}</Fieldset.Legend>
          <Fieldset.Description>{t('program.svar.frivillig')}</Fieldset.Description>
          {(['akseptert', 'avslatt'] as const).map((value) => (
            <Radio
              key={value}
              id={`svar-${value}`}
              value={value}
              label={t(value === 'akseptert' ? 'program.svar.akseptert' : 'program.svar.avslatt')}
              aria-invalid={svarError ? true : undefined}
              {...register('svar', { required: t('program.svar.svar.mangler') })}
            />
          ))}
          {svarError && <ValidationMessage>{svarError}</ValidationMessage>}
        </Fieldset>
      ) : (
        <Paragraph data-size="sm">{t('program.svar.ikkeFrivillig')}</Paragraph>
      )}
      <Textfield
        id="svar-dato"
        type="date"
        className="date-field"
        max={osloToday()}
        label={t('program.svar.dato')}
        error={fieldError(errors, 'dato')}
        {...register('dato', { required: t('program.svar.dato.mangler') })}
      />
      {svar === 'avslatt' && (
        <Textfield
          id="svar-arsak"
          multiline
          rows={3}
          label={t('program.svar.arsak')}
          description={t('program.svar.arsak.beskrivelse')}
          error={fieldError(errors, 'arsak')}
          {...register('arsak', {
            validate: (v) => v.trim() !== '' || t('program.svar.arsak.mangler'),
            maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) },
          })}
        />
      )}
    </DialogForm>
  );
}
