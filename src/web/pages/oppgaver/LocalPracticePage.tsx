import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ArshjulInnstillinger, Innstillinger } from '@/web/api/arshjulTypes';
import { getArshjulSettings } from '@/web/api/getArshjulSettings';
import { queryKeys } from '@/web/api/queryKeys';
import { updateArshjulSettings } from '@/web/api/updateArshjulSettings';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { usePageTitle } from '@/web/components/usePageTitle';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { useRefreshTasks } from '@/web/pages/oppgaver/useTaskHelpers';
import '@/web/pages/arshjul/arshjul.css';

type Key = keyof Innstillinger;

/** Each local-practice number: its limits (as the API checks them), label and explanation. */
const FIELDS: { key: Key; min: number; max: number; label: MessageId; beskrivelse: MessageId }[] = [
  {
    key: 'planEvalueringMaaneder',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.planEvalueringMaaneder',
    beskrivelse: 'arshjul.innstillinger.planEvalueringMaaneder.beskrivelse',
  },
  {
    key: 'tilbakeforingMaaneder',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.tilbakeforingMaaneder',
    beskrivelse: 'arshjul.innstillinger.tilbakeforingMaaneder.beskrivelse',
  },
  {
    key: 'foreldresamtalerPerAr',
    min: 1,
    max: 12,
    label: 'arshjul.innstillinger.foreldresamtalerPerAr',
    beskrivelse: 'arshjul.innstillinger.foreldresamtalerPerAr.beskrivelse',
  },
  {
    key: 'avtaleEvalueringMaanederFor',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.avtaleEvalueringMaanederFor',
    beskrivelse: 'arshjul.innstillinger.avtaleEvalueringMaanederFor.beskrivelse',
  },
  {
    key: 'ettervernMaanederFor18',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.ettervernMaanederFor18',
    beskrivelse: 'arshjul.innstillinger.ettervernMaanederFor18.beskrivelse',
  },
  {
    key: 'tilsynsrapportDager',
    min: 1,
    max: 90,
    label: 'arshjul.innstillinger.tilsynsrapportDager',
    beskrivelse: 'arshjul.innstillinger.tilsynsrapportDager.beskrivelse',
  },
  {
    key: 'arligEvalueringMaaneder',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.arligEvalueringMaaneder',
    beskrivelse: 'arshjul.innstillinger.arligEvalueringMaaneder.beskrivelse',
  },
  {
    key: 'samtaleOvrigeBarnMaaneder',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.samtaleOvrigeBarnMaaneder',
    beskrivelse: 'arshjul.innstillinger.samtaleOvrigeBarnMaaneder.beskrivelse',
  },
  {
    key: 'kursPaminnelseMaaneder',
    min: 1,
    max: 24,
    label: 'arshjul.innstillinger.kursPaminnelseMaaneder',
    beskrivelse: 'arshjul.innstillinger.kursPaminnelseMaaneder.beskrivelse',
  },
];

const fieldId = (key: Key) => `lokal-praksis-${key}`;
const IDS: [string, string][] = FIELDS.map((f) => [f.key, fieldId(f.key)]);
const NAMES = FIELDS.map((f) => f.key);

type Values = Record<Key, string>;

const toValues = (s: Innstillinger): Values =>
  Object.fromEntries(FIELDS.map((f) => [f.key, String(s[f.key])])) as Values;

/**
 * `/oppgaver/innstillinger` (arshjul:settings) — the service's local-practice numbers for the
 * rules that law does not fix. They are always labelled "Lokal praksis", never as law. Saved
 * with `version`; a conflict keeps what was typed and offers the latest version.
 */
export function LocalPracticePage() {
  const t = useT();
  usePageTitle(t('arshjul.innstillinger.tittel'));
  const query = useQuery({ queryKey: queryKeys.arshjulSettings, queryFn: getArshjulSettings });

  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {t('arshjul.innstillinger.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('arshjul.innstillinger.ingress')}</Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && <LocalPracticeForm settings={query.data} />}
    </div>
  );
}

function LocalPracticeForm({ settings }: { settings: ArshjulInnstillinger }) {
  const t = useT();
  const queryClient = useQueryClient();
  const refreshTasks = useRefreshTasks();
  const [version, setVersion] = useState(settings.version);
  const [latest, setLatest] = useState<ArshjulInnstillinger | null>(null);
  const [reloading, setReloading] = useState(false);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: toValues(settings), shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    setSaved(false);
    try {
      const numbers = Object.fromEntries(FIELDS.map((f) => [f.key, Number(values[f.key])])) as Innstillinger;
      await updateArshjulSettings({ ...numbers, version });
      setVersion(version + 1);
      setLatest(null);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: queryKeys.arshjulSettings });
      await refreshTasks();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    const fresh = await queryClient.fetchQuery({
      queryKey: queryKeys.arshjulSettings,
      queryFn: getArshjulSettings,
      staleTime: 0,
    });
    setLatest(fresh);
    setVersion(fresh.version);
    setReloading(false);
  };

  return (
    <form className="settings-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={latest !== null}
          onReload={reload}
        />
      )}
      {latest && <SavedVersion rows={FIELDS.map((f) => [t(f.label), String(latest[f.key])])} />}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      {FIELDS.map((f) => (
        <Textfield
          key={f.key}
          id={fieldId(f.key)}
          type="number"
          inputMode="numeric"
          min={f.min}
          max={f.max}
          step={1}
          label={t(f.label)}
          description={t(f.beskrivelse)}
          error={fieldError(errors, f.key)}
          className="local-practice__field"
          {...register(f.key, {
            validate: (value) => {
              const n = Number(value);
              return (
                (value.trim() !== '' && Number.isInteger(n) && n >= f.min && n <= f.max) ||
                t('arshjul.innstillinger.heltall', { fra: f.min, til: f.max })
              );
            },
          })}
        />
      ))}
      <div>
        <Button type="submit" loading={isSubmitting}>
          {t('arshjul.innstillinger.lagre')}
        </Button>
      </div>
      <div aria-live="polite" role="status">
        {saved && (
          <Alert data-color="success">
            <Paragraph>{t('arshjul.innstillinger.lagret')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
