import { Button, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { endProgrammeRun } from '@/web/api/endProgrammeRun';
import type { Programforlop } from '@/web/api/programTypes';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
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
const NAMES = IDS.map(([name]) => name);

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
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const ferdig = alleAvklart(run);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { status: ferdig ? 'fullfort' : '', arsak: '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const statusError = fieldError(errors, 'status');

  const onValid = async (values: Values) => {
    feedback.reset();
    // A new conflict after fetching offers to fetch again.
    setReloaded(false);
    try {
      await endProgrammeRun(run.id, {
        status: values.status as Slutt,
        arsak: values.arsak.trim(),
        version: run.version,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    await refresh();
    setReloaded(true);
    setReloading(false);
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={reloaded}
          onReload={reload}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
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
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('program.avslutt.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
