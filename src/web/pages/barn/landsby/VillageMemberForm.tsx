import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { addVillageMember } from '@/web/api/addVillageMember';
import type { LandsbyKategori, Landsbymedlem } from '@/web/api/barnTypes';
import { updateVillageMember } from '@/web/api/updateVillageMember';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { LANDSBY_KATEGORIER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { childQuery, useRefreshChild } from '@/web/pages/barn/side/useChild';
import { blankToNull } from '@/web/pages/barn/sprakListe';

interface Values {
  kategori: LandsbyKategori | '';
  navn: string;
  rolle: string;
  kontakt: string;
}

const IDS: [keyof Values, string][] = [
  ['kategori', 'landsby-kategori'],
  ['navn', 'landsby-navn'],
  ['rolle', 'landsby-rolle'],
  ['kontakt', 'landsby-kontakt'],
];
const NAMES = IDS.map(([name]) => name);

interface Props {
  barnId: string;
  medlem: Landsbymedlem | null;
  onDone: (navn: string) => void;
  onCancel: () => void;
}

/** Add someone to the child's village, or edit them (saved with the version; conflicts shown). */
export function VillageMemberForm({ barnId, medlem, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const refresh = useRefreshChild(barnId);
  const [version, setVersion] = useState(medlem?.version ?? 1);
  const [latest, setLatest] = useState<Landsbymedlem | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      kategori: medlem?.kategori ?? '',
      navn: medlem?.navn ?? '',
      rolle: medlem?.rolle ?? '',
      kontakt: medlem?.kontakt ?? '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    const body = {
      kategori: values.kategori as LandsbyKategori,
      navn: values.navn.trim(),
      rolle: values.rolle.trim(),
      kontakt: blankToNull(values.kontakt),
    };
    try {
      if (medlem) await updateVillageMember(medlem.id, { ...body, version });
      else await addVillageMember(barnId, body);
      await refresh();
      onDone(body.navn);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    await refresh();
    const fresh = queryClient
      .getQueryData(childQuery(barnId).queryKey)
      ?.landsby.medlemmer.find((m) => m.id === medlem?.id);
    if (fresh) {
      setLatest(fresh);
      setVersion(fresh.version);
    }
    setReloading(false);
  };
  const kategoriError = fieldError(errors, 'kategori');

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
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
            [t('landsby.kolonne.gruppe'), labels.landsbyKategori(latest.kategori)],
            [t('landsby.kolonne.navn'), latest.navn],
            [t('landsby.kolonne.rolle'), latest.rolle],
            [t('landsby.kolonne.kontakt'), latest.kontakt ?? ''],
          ]}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Field>
        <Label htmlFor="landsby-kategori">{t('landsby.kolonne.gruppe')}</Label>
        <Controller
          control={control}
          name="kategori"
          rules={{ validate: (v) => v !== '' || t('landsby.felt.kategori.mangler') }}
          render={({ field }) => (
            <Select id="landsby-kategori" aria-invalid={kategoriError ? true : undefined} {...field}>
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {LANDSBY_KATEGORIER.map((kategori) => (
                <Select.Option key={kategori} value={kategori}>
                  {labels.landsbyKategori(kategori)}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {kategoriError && <ValidationMessage>{kategoriError}</ValidationMessage>}
      </Field>
      <Textfield
        id="landsby-navn"
        label={t('landsby.kolonne.navn')}
        autoComplete="off"
        error={fieldError(errors, 'navn')}
        {...register('navn', { validate: (v) => v.trim() !== '' || t('landsby.felt.navn.mangler') })}
      />
      <Textfield
        id="landsby-rolle"
        label={t('landsby.kolonne.rolle')}
        description={t('landsby.felt.rolle.beskrivelse')}
        autoComplete="off"
        error={fieldError(errors, 'rolle')}
        {...register('rolle', { validate: (v) => v.trim() !== '' || t('landsby.felt.rolle.mangler') })}
      />
      <Textfield
        id="landsby-kontakt"
        label={t('landsby.kolonne.kontakt')}
        description={t('landsby.felt.kontakt.beskrivelse')}
        autoComplete="off"
        error={fieldError(errors, 'kontakt')}
        {...register('kontakt')}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('felles.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
