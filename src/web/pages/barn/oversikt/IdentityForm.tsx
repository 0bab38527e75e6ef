import { Button, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { BarnView } from '@/web/api/barnTypes';
import { updateChild } from '@/web/api/updateChild';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { childQuery, useRefreshChild } from '@/web/pages/barn/side/useChild';
import { blankToNull, formatSprak, parseSprak } from '@/web/pages/barn/sprakListe';

interface Values {
  sprak: string;
  kultur: string;
  religion: string;
}

const IDS: [keyof Values, string][] = [
  ['sprak', 'identitet-sprak'],
  ['kultur', 'identitet-kultur'],
  ['religion', 'identitet-religion'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  barn: BarnView;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Edit languages, culture and religion, saved with the version the form was opened from. If
 * someone saved in between (409), the form keeps what was typed and offers the latest version;
 * the next save is then based on it.
 */
export function IdentityForm({ barn, onDone, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshChild(barn.id);
  const [version, setVersion] = useState(barn.version);
  const [latest, setLatest] = useState<BarnView | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      sprak: formatSprak(barn.sprak),
      kultur: barn.kultur ?? '',
      religion: barn.religion ?? '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      const current = latest ?? barn;
      // The number is left out, so the server keeps it as it is (no audited read needed).
      await updateChild(barn.id, {
        fornavn: current.fornavn,
        etternavn: current.etternavn,
        fodselsdato: current.fodselsdato,
        sprak: parseSprak(values.sprak),
        kultur: blankToNull(values.kultur),
        religion: blankToNull(values.religion),
        version,
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
    const fresh = queryClient.getQueryData(childQuery(barn.id).queryKey);
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
            [t('barn.skjema.sprak'), latest.sprak.join(', ')],
            [t('barn.skjema.kultur'), latest.kultur ?? ''],
            [t('barn.skjema.religion'), latest.religion ?? ''],
          ]}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="identitet-sprak"
        label={t('barn.skjema.sprak')}
        description={t('barn.skjema.sprak.beskrivelse')}
        error={fieldError(errors, 'sprak')}
        {...register('sprak')}
      />
      <Textfield
        id="identitet-kultur"
        multiline
        rows={2}
        label={t('barn.skjema.kultur')}
        error={fieldError(errors, 'kultur')}
        {...register('kultur')}
      />
      <Textfield
        id="identitet-religion"
        label={t('barn.skjema.religion')}
        error={fieldError(errors, 'religion')}
        {...register('religion')}
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
