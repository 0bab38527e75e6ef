import { Button } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { updateFosterHome } from '@/web/api/updateFosterHome';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { HOME_FELT, HomeFields, type HomeValues, toHomeInput } from '@/web/pages/fosterhjem/HomeFields';
import { fosterHomeQuery, useRefreshFosterHome } from '@/web/pages/fosterhjem/useFosterHome';

const IDS: [string, string][] = HOME_FELT.map((felt) => [felt, `hjem-endre-${felt}`]);

interface Props {
  hjem: FosterhjemView;
  onDone: () => void;
  onCancel: () => void;
}

/** Edit the foster home's details, saved with its version; a conflict keeps what was typed. */
export function FosterHomeDetailsForm({ hjem, onDone, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshFosterHome(hjem.id);
  const [version, setVersion] = useState(hjem.version);
  const [latest, setLatest] = useState<FosterhjemView | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<HomeValues>({
    defaultValues: {
      navn: hjem.navn,
      adresse: hjem.adresse ?? '',
      postnummer: hjem.postnummer ?? '',
      poststed: hjem.poststed ?? '',
      kommunenummer: hjem.kommunenummer ?? '',
      godkjentDato: hjem.godkjentDato ?? '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, HOME_FELT);

  const onValid = async (values: HomeValues) => {
    feedback.reset();
    try {
      await updateFosterHome(hjem.id, { ...toHomeInput(values), version });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    await refresh();
    const fresh = queryClient.getQueryData(fosterHomeQuery(hjem.id).queryKey);
    if (fresh) {
      setLatest(fresh);
      setVersion(fresh.version);
    }
    setReloading(false);
  };

  return (
    <form className="inline-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      {feedback.conflict && (
        <ConflictAlert
          attempt={feedback.attempt}
          reloading={reloading}
          reloaded={latest !== null}
          onReload={reload}
        />
      )}
      {latest && (
        <SavedVersion
          rows={[
            [t('fosterhjem.felt.navn'), latest.navn],
            [
              t('fosterhjem.felt.adresse'),
              [latest.adresse, latest.postnummer, latest.poststed].filter(Boolean).join(', '),
            ],
            [t('fosterhjem.felt.kommunenummer'), latest.kommunenummer ?? ''],
            [t('fosterhjem.felt.godkjentDato'), latest.godkjentDato ?? ''],
          ]}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <HomeFields
        idPrefix="hjem-endre"
        kommunenummer={watch('kommunenummer')}
        field={(name, validate) => register(name, validate ? { validate: (v) => validate(String(v)) } : {})}
        error={(name) => fieldError(errors, name)}
      />
      <div className="form-actions">
        <Button type="submit" data-color="accent" loading={isSubmitting}>
          {t('felles.lagre')}
        </Button>
        <Button type="button" variant="tertiary" data-color="accent" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
