import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { endProgrammeRun } from '@/web/api/endProgrammeRun';
import type { Programforlop } from '@/web/api/programTypes';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { useT } from '@/web/i18n/useT';
import { alleAvklart } from '@/web/pages/program/programState';
import { useRefreshRuns } from '@/web/pages/program/usePrograms';

type Slutt = 'fullfort' | 'avbrutt';

interface Values {
  status: Slutt | '';
  arsak: string;
}

const IDS: [string, string][] = [
  ['status', 'avslutt-program-fullfort'],
  ['arsak', 'avslutt-program-arsak'],
];

interface Props {
  run: Programforlop;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Ends the run: completed (every session held or cancelled, with the closing evaluation) or stopped
 * early, with what was evaluated or why it stopped.
 */
export function EndRunForm({ run, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshRuns();
  const ferdig = alleAvklart(run);
  const form = useForm<Values>({
    defaultValues: { status: ferdig ? 'fullfort' : '', arsak: '' },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (values) => {
      await endProgrammeRun(run.id, {
        status: values.status as Slutt,
        arsak: values.arsak.trim(),
        version: run.version,
      });
      await refresh();
      onDone();
    },
    reload: refresh,
  });
  const { register } = form;
  const { errors } = form.formState;
  const statusError = fieldError(errors, 'status');

  return (
    <DialogForm form={dialog} submitLabel={t('program.avslutt.lagre')} onCancel={onCancel}>
      <Fieldset>
        <Fieldset.Legend>{t('program.avslutt.hvordan')}</Fieldset.Legend>
        <Fieldset.Description>
          {ferdig ? t('program.avslutt.alleAvklart') : t('program.avslutt.ikkeAlleAvklart')}
        </Fieldset.Description>
        {(['fullfort', 'avbrutt'] as const).map((value) => (
          <Radio
            key={value}
            id={`avslutt-program-${value}`}
            value={value}
            label={t(value === 'fullfort' ? 'program.avslutt.fullfort' : 'program.avslutt.avbrutt')}
            aria-invalid={statusError ? true : undefined}
            {...register('status', { required: t('program.avslutt.status.mangler') })}
          />
        ))}
        {statusError && <ValidationMessage>{statusError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id="avslutt-program-arsak"
        multiline
        rows={4}
        label={t('program.avslutt.arsak')}
        description={t('program.avslutt.arsak.beskrivelse')}
        error={fieldError(errors, 'arsak')}
        {...register('arsak', {
          validate: (v) => v.trim() !== '' || t('program.avslutt.arsak.mangler'),
          maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) },
        })}
      />
    </DialogForm>
  );
}
