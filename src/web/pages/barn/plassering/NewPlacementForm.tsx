import {
  Button,
  Checkbox,
  Field,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import type { Hjemmel, Plasseringstype } from '@/web/api/barnTypes';
import { createPlacement } from '@/web/api/createPlacement';
import { listFosterHomes } from '@/web/api/listFosterHomes';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { HJEMLER, PLASSERINGSTYPER } from '@/web/i18n/codes';
import { osloToday } from '@/web/i18n/dates';
import { kommunenavn } from '@/web/i18n/kommuner';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { useRefreshChild } from '@/web/pages/barn/side/useChild';
import { PlacementRequirement } from '@/web/pages/slekt/PlacementRequirement';

interface Values {
  fosterhjemId: string;
  innflytting: string;
  plasseringstype: Plasseringstype | '';
  forsterket: boolean;
  hjemmel: Hjemmel | '';
  avtaleSlutt: string;
}

const IDS: [string, string][] = [
  ['fosterhjemId', 'plassering-fosterhjem'],
  ['innflytting', 'plassering-innflytting'],
  ['plasseringstype', 'plassering-type'],
  ['forsterket', 'plassering-forsterket'],
  ['hjemmel', 'plassering-hjemmel'],
  ['avtaleSlutt', 'plassering-avtale-slutt'],
];
const NAMES = IDS.map(([name]) => name);
const id = (name: string) => IDS.find(([n]) => n === name)?.[1] ?? name;

interface Props {
  barnId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** "Ny plassering": the foster home, move-in date, type, reinforcement, legal basis, agreement end. */
export function NewPlacementForm({ barnId, onDone, onCancel }: Props) {
  const t = useT();
  const me = useMe();
  const labels = useLabels();
  const refresh = useRefreshChild(barnId);
  const homes = useQuery({ queryKey: queryKeys.fosterHomes, queryFn: listFosterHomes });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      fosterhjemId: '',
      innflytting: osloToday(),
      plasseringstype: '',
      forsterket: false,
      hjemmel: '',
      avtaleSlutt: '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const [valgtType, valgtHjemmel] = useWatch({ control, name: ['plasseringstype', 'hjemmel'] });

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await createPlacement(barnId, {
        fosterhjemId: values.fosterhjemId,
        innflytting: values.innflytting,
        plasseringstype: values.plasseringstype as Plasseringstype,
        forsterket: values.forsterket,
        hjemmel: values.hjemmel as Hjemmel,
        avtaleSlutt: values.avtaleSlutt || null,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  if (homes.isPending) return <PageSpinner />;
  if (homes.isError) return <QueryErrorAlert error={homes.error} onRetry={() => homes.refetch()} level={3} />;
  if (homes.data.items.length === 0) {
    return (
      <div className="dialog-form">
        <Paragraph>{t('plassering.ny.ingenFosterhjem')}</Paragraph>
        {harTillatelse(me, Tillatelse.fosterhjemCreate) && (
          <Link asChild>
            <RouterLink to="/fosterhjem/ny">{t('fosterhjem.liste.registrer')}</RouterLink>
          </Link>
        )}
      </div>
    );
  }

  const select = (
    name: 'fosterhjemId' | 'plasseringstype' | 'hjemmel',
    label: string,
    options: [string, string][],
    required: string,
  ) => {
    const error = fieldError(errors, name);
    return (
      <Field>
        <Label htmlFor={id(name)}>{label}</Label>
        <Controller
          control={control}
          name={name}
          rules={{ validate: (v) => v !== '' || required }}
          render={({ field }) => (
            <Select id={id(name)} aria-invalid={error ? true : undefined} {...field}>
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {options.map(([value, text]) => (
                <Select.Option key={value} value={value}>
                  {text}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  };

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      {select(
        'fosterhjemId',
        t('plassering.fosterhjem'),
        homes.data.items.map((home) => {
          const sted = kommunenavn(home.kommunenummer) ?? home.poststed;
          return [home.id, sted ? t('plassering.fosterhjemMedSted', { navn: home.navn, sted }) : home.navn];
        }),
        t('plassering.fosterhjem.mangler'),
      )}
      <Textfield
        id={id('innflytting')}
        type="date"
        className="date-field"
        label={t('plassering.innflytting')}
        error={fieldError(errors, 'innflytting')}
        {...register('innflytting', { required: t('plassering.innflytting.mangler') })}
      />
      {select(
        'plasseringstype',
        t('plassering.type'),
        PLASSERINGSTYPER.map((type) => [type, labels.plasseringstype(type)]),
        t('plassering.type.mangler'),
      )}
      <PlacementRequirement barnId={barnId} plasseringstype={valgtType} hjemmel={valgtHjemmel} />
      <Checkbox
        id={id('forsterket')}
        label={t('plassering.forsterketValg')}
        description={t('plassering.forsterketBeskrivelse')}
        {...register('forsterket')}
      />
      {select(
        'hjemmel',
        t('plassering.hjemmel'),
        HJEMLER.map((hjemmel) => [hjemmel, labels.hjemmel(hjemmel)]),
        t('plassering.hjemmel.mangler'),
      )}
      <Textfield
        id={id('avtaleSlutt')}
        type="date"
        className="date-field"
        label={t('plassering.avtaleSlutt')}
        description={t('plassering.avtaleSlutt.beskrivelse')}
        error={fieldError(errors, 'avtaleSlutt')}
        {...register('avtaleSlutt')}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('plassering.ny.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
