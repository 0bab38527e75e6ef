import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ArsakKode } from '@/domain/plasseringsforlop';
import type { Avslutning, FlyttingTil, Initiativ, Plassering } from '@/web/api/barnTypes';
import { endPlacement } from '@/web/api/endPlacement';
import { CivilDate } from '@/web/components/CivilDate';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { ARSAKER, AVSLUTNINGER, FLYTTINGER_TIL, foreslattAvslutning, INITIATIV } from '@/web/i18n/codes';
import { osloToday } from '@/web/i18n/dates';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { useRefreshChild } from '@/web/pages/barn/side/useChild';

interface Values {
  utflytting: string;
  arsakKode: ArsakKode | '';
  avslutning: Avslutning | '';
  initiativ: Initiativ | '';
  flyttingTil: FlyttingTil | '';
  notat: string;
}

const IDS: [string, string][] = [
  ['utflytting', 'avslutt-utflytting'],
  ['arsakKode', 'avslutt-arsak'],
  ['avslutning', 'avslutt-avslutning-planlagt'],
  ['initiativ', 'avslutt-initiativ'],
  ['flyttingTil', 'avslutt-flytting-til'],
  ['notat', 'avslutt-notat'],
];
const NAMES = IDS.map(([name]) => name);
const id = (name: string) => IDS.find(([n]) => n === name)?.[1] ?? name;

/** SSB's reason codes grouped as SSB groups them: the service ends, the foster parents end, a move with them. */
const ARSAK_GRUPPER = [
  { label: 'arsak.gruppe.1.1', koder: ARSAKER.filter((k) => k.startsWith('1.1.')) },
  { label: 'arsak.gruppe.1.2', koder: ARSAKER.filter((k) => k.startsWith('1.2.')) },
  { label: 'arsak.gruppe.1.3', koder: ARSAKER.filter((k) => k === '1.3') },
] as const;

interface Props {
  plassering: Plassering;
  barnId: string;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Avslutt plassering": move-out date, SSB reason, planned or unintended (suggested from the reason,
 * the worker decides), who took the initiative, where the child moves, and a note.
 */
export function EndPlacementForm({ plassering, barnId, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useLabels();
  const refresh = useRefreshChild(barnId);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      utflytting: osloToday(),
      arsakKode: '',
      avslutning: '',
      initiativ: '',
      flyttingTil: '',
      notat: '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const arsak = watch('arsakKode');
  const forslag = arsak ? foreslattAvslutning(arsak) : null;

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      await endPlacement(plassering.id, {
        version: plassering.version,
        utflytting: values.utflytting,
        avslutning: values.avslutning as Avslutning,
        initiativ: values.initiativ as Initiativ,
        arsakKode: values.arsakKode as ArsakKode,
        flyttingTil: values.flyttingTil as FlyttingTil,
        notat: values.notat.trim() || null,
      });
      await refresh();
      onDone();
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  // Someone changed the placement meanwhile (most likely ended it): show the page as it is now.
  const reload = async () => {
    setReloading(true);
    await refresh();
    onCancel();
  };

  const selectError = (name: keyof Values) => fieldError(errors, name);
  const avslutningError = fieldError(errors, 'avslutning');

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <Paragraph data-size="sm">
        {t('plassering.avslutt.gjelder', { navn: plassering.fosterhjem.navn })}{' '}
        <CivilDate date={plassering.innflytting} />
      </Paragraph>
      {feedback.conflict && (
        <ConflictAlert attempt={feedback.attempt} reloading={reloading} reloaded={false} onReload={reload} />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id={id('utflytting')}
        type="date"
        className="date-field"
        min={plassering.innflytting}
        label={t('plassering.utflytting')}
        error={fieldError(errors, 'utflytting')}
        {...register('utflytting', { required: t('plassering.utflytting.mangler') })}
      />
      <Field>
        <Label htmlFor={id('arsakKode')}>{t('plassering.arsak')}</Label>
        <Field.Description>{t('plassering.arsak.beskrivelse')}</Field.Description>
        <Controller
          control={control}
          name="arsakKode"
          rules={{ validate: (v) => v !== '' || t('plassering.arsak.mangler') }}
          render={({ field }) => (
            <Select
              id={id('arsakKode')}
              aria-invalid={selectError('arsakKode') ? true : undefined}
              {...field}
              onChange={(event) => {
                field.onChange(event);
                const suggestion = foreslattAvslutning(event.target.value);
                if (suggestion) setValue('avslutning', suggestion, { shouldValidate: !!errors.avslutning });
              }}
            >
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {ARSAK_GRUPPER.map((gruppe) => (
                <Select.Optgroup key={gruppe.label} label={t(gruppe.label)}>
                  {gruppe.koder.map((kode) => (
                    <Select.Option key={kode} value={kode}>
                      {t('plassering.arsakMedKode', { kode, tekst: labels.arsak(kode) })}
                    </Select.Option>
                  ))}
                </Select.Optgroup>
              ))}
            </Select>
          )}
        />
        {selectError('arsakKode') && <ValidationMessage>{selectError('arsakKode')}</ValidationMessage>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('plassering.avslutning')}</Fieldset.Legend>
        <Fieldset.Description>
          {forslag
            ? t('plassering.avslutning.forslag', { forslag: labels.avslutning(forslag) })
            : arsak
              ? t('plassering.avslutning.skjonn')
              : t('plassering.avslutning.beskrivelse')}
        </Fieldset.Description>
        {AVSLUTNINGER.map((value) => (
          <Radio
            key={value}
            id={`avslutt-avslutning-${value}`}
            label={labels.avslutning(value)}
            value={value}
            aria-invalid={avslutningError ? true : undefined}
            {...register('avslutning', { required: t('plassering.avslutning.mangler') })}
          />
        ))}
        {avslutningError && <ValidationMessage>{avslutningError}</ValidationMessage>}
      </Fieldset>
      <Field>
        <Label htmlFor={id('initiativ')}>{t('plassering.initiativ')}</Label>
        <Controller
          control={control}
          name="initiativ"
          rules={{ validate: (v) => v !== '' || t('plassering.initiativ.mangler') }}
          render={({ field }) => (
            <Select
              id={id('initiativ')}
              aria-invalid={selectError('initiativ') ? true : undefined}
              {...field}
            >
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {INITIATIV.map((value) => (
                <Select.Option key={value} value={value}>
                  {labels.initiativ(value)}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {selectError('initiativ') && <ValidationMessage>{selectError('initiativ')}</ValidationMessage>}
      </Field>
      <Field>
        <Label htmlFor={id('flyttingTil')}>{t('plassering.flyttingTil')}</Label>
        <Controller
          control={control}
          name="flyttingTil"
          rules={{ validate: (v) => v !== '' || t('plassering.flyttingTil.mangler') }}
          render={({ field }) => (
            <Select
              id={id('flyttingTil')}
              aria-invalid={selectError('flyttingTil') ? true : undefined}
              {...field}
            >
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {FLYTTINGER_TIL.map((value) => (
                <Select.Option key={value} value={value}>
                  {labels.flyttingTil(value)}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {selectError('flyttingTil') && <ValidationMessage>{selectError('flyttingTil')}</ValidationMessage>}
      </Field>
      <Textfield
        id={id('notat')}
        multiline
        rows={3}
        label={t('plassering.notat')}
        error={fieldError(errors, 'notat')}
        {...register('notat', { maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) } })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('plassering.avslutt.lagre')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
