import { Button, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addLifeStoryPart } from '@/web/api/addLifeStoryPart';
import type { RammefortellingDel } from '@/web/api/barnTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { updateLifeStoryPart } from '@/web/api/updateLifeStoryPart';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { childQuery, useRefreshChild } from '@/web/pages/barn/side/useChild';
import { blankToNull } from '@/web/pages/barn/sprakListe';

interface Values {
  tittel: string;
  periode: string;
  tekst: string;
}

const TEKST_MAX = 50_000;
const NAMES = ['tittel', 'periode', 'tekst'];

interface Props {
  barnId: string;
  /** null: write a new part. */
  del: RammefortellingDel | null;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Write or edit a part of the life story. An edit is saved with the version it started from; if
 * someone saved in between, the text typed here stays, the saved text is shown beside it, and the
 * next save builds on the latest version.
 */
export function LifeStoryForm({ barnId, del, onDone, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshChild(barnId);
  const prefix = del ? `del-${del.id}` : 'ny-del';
  const ids: [keyof Values, string][] = [
    ['tittel', `${prefix}-tittel`],
    ['periode', `${prefix}-periode`],
    ['tekst', `${prefix}-tekst`],
  ];
  const [version, setVersion] = useState(del?.version ?? 1);
  const [latest, setLatest] = useState<RammefortellingDel | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { tittel: del?.tittel ?? '', periode: del?.periode ?? '', tekst: del?.tekst ?? '' },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    const body = {
      tittel: values.tittel.trim(),
      periode: blankToNull(values.periode),
      tekst: values.tekst.trim(),
    };
    try {
      if (del) {
        await updateLifeStoryPart(del.id, { ...body, version });
        queryClient.invalidateQueries({ queryKey: queryKeys.lifeStoryVersions(del.id) });
      } else {
        await addLifeStoryPart(barnId, body);
      }
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    await refresh();
    const fresh = queryClient
      .getQueryData(childQuery(barnId).queryKey)
      ?.rammefortelling.find((d) => d.id === del?.id);
    if (fresh) {
      setLatest(fresh);
      setVersion(fresh.version);
    }
    setReloading(false);
  };

  return (
    <form
      className="inline-form life-story__form"
      noValidate
      onSubmit={handleSubmit(onValid, feedback.onInvalid)}
    >
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
            [t('rammefortelling.felt.tittel'), latest.tittel],
            [t('rammefortelling.felt.periode'), latest.periode ?? ''],
            [t('rammefortelling.felt.tekst'), latest.tekst],
            [t('rammefortelling.lagretAv'), latest.forfatter.navn],
          ]}
        />
      )}
      <FormFeedback errors={errors} fieldIds={ids} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id={`${prefix}-tittel`}
        label={t('rammefortelling.felt.tittel')}
        autoComplete="off"
        error={fieldError(errors, 'tittel')}
        {...register('tittel', {
          validate: (v) => v.trim() !== '' || t('rammefortelling.felt.tittel.mangler'),
          maxLength: { value: 200, message: t('felles.forLang', { antall: 200 }) },
        })}
      />
      <Textfield
        id={`${prefix}-periode`}
        label={t('rammefortelling.felt.periode')}
        description={t('rammefortelling.felt.periode.beskrivelse')}
        autoComplete="off"
        error={fieldError(errors, 'periode')}
        {...register('periode', { maxLength: { value: 100, message: t('felles.forLang', { antall: 100 }) } })}
      />
      <Textfield
        id={`${prefix}-tekst`}
        multiline
        rows={10}
        label={t('rammefortelling.felt.tekst')}
        description={t('rammefortelling.felt.tekst.beskrivelse')}
        error={fieldError(errors, 'tekst')}
        {...register('tekst', {
          validate: (v) => v.trim() !== '' || t('rammefortelling.felt.tekst.mangler'),
          maxLength: { value: TEKST_MAX, message: t('felles.forLang', { antall: TEKST_MAX }) },
        })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {del ? t('felles.lagre') : t('rammefortelling.lagreNy')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
