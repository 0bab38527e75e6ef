import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { Medvirkning, Oppgave } from '@/web/api/arshjulTypes';
import { recordEvent } from '@/web/api/recordEvent';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { TaskFacts } from '@/web/pages/oppgaver/TaskFacts';
import { erBesok, FULLFORT_AV, MEDVIRKNING, useTaskLabels } from '@/web/pages/oppgaver/taskLabels';
import { useFormatCivilDate, useRefreshTasks } from '@/web/pages/oppgaver/useTaskHelpers';

interface Values {
  dato: string;
  medvirkning: Medvirkning | '';
  snakketAlene: boolean;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['dato', 'hendelse-dato'],
  ['medvirkning', 'hendelse-medvirkning-1.1'],
  ['snakketAlene', 'hendelse-snakket-alene'],
  ['notat', 'hendelse-notat'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  oppgave: Oppgave;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Registrer": records the event that completes the task (never a tick). The type and what it
 * refers to (a plan, an agreement, a report) come from the task; a visit also records how the
 * child took part (SSB codes) and whether the worker spoke with the child alone (ffh. § 10).
 * A task is completed only by an event dated inside its period, so the date is checked against it.
 */
export function RecordEventForm({ oppgave, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useTaskLabels();
  const formatDate = useFormatCivilDate();
  const refresh = useRefreshTasks();
  const today = osloToday();
  const type = FULLFORT_AV[oppgave.regel];
  const besok = erBesok(type);
  const apen = oppgave.vinduStart <= today;
  const forSent = oppgave.frist < today;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { dato: apen && !forSent ? today : '', medvirkning: '', snakketAlene: false, notat: '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const periode = { fra: formatDate(oppgave.vinduStart), til: formatDate(oppgave.frist) };

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await recordEvent(oppgave.barn.id, {
        type,
        dato: values.dato,
        ref: oppgave.ref,
        medvirkning: besok ? (values.medvirkning as Medvirkning) : null,
        snakketAlene: besok ? values.snakketAlene : null,
        notat: values.notat.trim() || null,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  if (!apen) {
    return (
      <div className="dialog-form">
        <TaskFacts oppgave={oppgave} />
        <Alert data-color="info">
          <Paragraph>{t('hendelse.vinduIkkeApent', { dato: periode.fra })}</Paragraph>
        </Alert>
        <div className="form-actions">
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('felles.lukk')}
          </Button>
        </div>
      </div>
    );
  }

  const medvirkningError = fieldError(errors, 'medvirkning');
  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <TaskFacts oppgave={oppgave} />
      <Paragraph data-size="sm">{t('hendelse.ingress', { navn: labels.hendelse(type) })}</Paragraph>
      {forSent && (
        <Alert data-color="warning">
          <Paragraph data-size="sm">{t('hendelse.forSent')}</Paragraph>
        </Alert>
      )}
      <Textfield
        id="hendelse-dato"
        type="date"
        label={besok ? t('hendelse.dato.besok') : t('hendelse.dato')}
        description={t('hendelse.dato.beskrivelse', periode)}
        min={oppgave.vinduStart}
        max={forSent ? oppgave.frist : today}
        error={fieldError(errors, 'dato')}
        {...register('dato', {
          required: t('hendelse.dato.mangler'),
          validate: (value) => {
            if (value > today) return t('hendelse.dato.fremtid');
            if (value < oppgave.vinduStart || value > oppgave.frist)
              return t('hendelse.dato.utenforVindu', periode);
            return true;
          },
        })}
      />
      {besok && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('hendelse.medvirkning')}</Fieldset.Legend>
            <Fieldset.Description>{t('hendelse.medvirkning.beskrivelse')}</Fieldset.Description>
            {MEDVIRKNING.map((code) => (
              <Radio
                key={code}
                id={`hendelse-medvirkning-${code}`}
                label={labels.medvirkning(code)}
                value={code}
                aria-invalid={medvirkningError ? true : undefined}
                {...register('medvirkning', { required: t('hendelse.medvirkning.mangler') })}
              />
            ))}
            {medvirkningError && <ValidationMessage>{medvirkningError}</ValidationMessage>}
          </Fieldset>
          <Checkbox
            id="hendelse-snakket-alene"
            label={t('hendelse.snakketAlene')}
            description={t('hendelse.snakketAlene.beskrivelse')}
            {...register('snakketAlene')}
          />
        </>
      )}
      <Textfield
        multiline
        id="hendelse-notat"
        label={t('hendelse.notat')}
        description={t('hendelse.notat.beskrivelse')}
        rows={3}
        error={fieldError(errors, 'notat')}
        {...register('notat', { maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) } })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('hendelse.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
