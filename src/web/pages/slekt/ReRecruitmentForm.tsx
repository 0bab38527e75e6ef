import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm, useWatch } from 'react-hook-form';
import { answerReRecruitment } from '@/web/api/answerReRecruitment';
import type { Gjenrekruttering, GjenrekrutteringArsak, GjenrekrutteringSvar } from '@/web/api/slektTypes';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { ARSAKER, keys, SVAR } from '@/web/pages/slekt/slektLabels';

interface Values {
  samtaleDato: string;
  svar: GjenrekrutteringSvar | '';
  pauseTil: string;
  arsak: GjenrekrutteringArsak | '';
  notat: string;
  delMedSamarbeid: boolean;
  samtykkeDato: string;
}

const IDS: [string, string][] = [
  ['samtaleDato', 'gjen-samtale-dato'],
  ['svar', 'gjen-svar-klar'],
  ['pauseTil', 'gjen-pause-til'],
  ['arsak', 'gjen-arsak'],
  ['notat', 'gjen-notat'],
  ['delMedSamarbeid', 'gjen-del'],
  ['samtykkeDato', 'gjen-samtykke-dato'],
];
const NAMES = IDS.map(([n]) => n);

interface Props {
  rad: Gjenrekruttering;
  onDone: (svar: GjenrekrutteringSvar) => void;
  onCancel: () => void;
}

/**
 * The re-recruitment conversation: when it was held and the home's answer. «Klar» returns the
 * home to the pool of available homes (optionally shared with the Zip-team, with the family's
 * consent); «pause» until a date; «nei» with a reason.
 */
export function ReRecruitmentForm({ rad, onDone, onCancel }: Props) {
  const t = useT();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      samtaleDato: osloToday(),
      svar: '',
      pauseTil: '',
      arsak: '',
      notat: '',
      delMedSamarbeid: false,
      samtykkeDato: osloToday(),
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const [svar, del] = useWatch({ control, name: ['svar', 'delMedSamarbeid'] });

  const onValid = async (v: Values) => {
    feedback.reset();
    try {
      await answerReRecruitment(rad.id, {
        version: rad.version,
        samtaleDato: v.samtaleDato,
        svar: v.svar as GjenrekrutteringSvar,
        pauseTil: v.svar === 'pause' ? v.pauseTil || null : null,
        arsak: v.svar === 'nei' ? (v.arsak as GjenrekrutteringArsak) || null : null,
        notat: v.notat || null,
        delMedSamarbeid: v.svar === 'klar' && v.delMedSamarbeid,
        samtykkeDato: v.svar === 'klar' && v.delMedSamarbeid ? v.samtykkeDato || null : null,
      });
      onDone(v.svar as GjenrekrutteringSvar);
    } catch (error) {
      feedback.onServerError(error);
    }
  };
  const svarError = fieldError(errors, 'svar');
  const arsakError = fieldError(errors, 'arsak');

  return (
    <form className="dialog-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Textfield
        id="gjen-samtale-dato"
        type="date"
        className="date-field"
        label={t('gjenrekruttering.samtaleDato')}
        error={fieldError(errors, 'samtaleDato')}
        {...register('samtaleDato', { required: t('gjenrekruttering.samtaleDato.mangler') })}
      />
      <Fieldset>
        <Fieldset.Legend>{t('gjenrekruttering.svar')}</Fieldset.Legend>
        {keys(SVAR).map((s) => (
          <Radio
            key={s}
            id={`gjen-svar-${s}`}
            value={s}
            label={t(SVAR[s])}
            aria-invalid={svarError ? true : undefined}
            {...register('svar', { validate: (v) => v !== '' || t('gjenrekruttering.svar.mangler') })}
          />
        ))}
        {svarError && <ValidationMessage>{svarError}</ValidationMessage>}
      </Fieldset>
      {svar === 'pause' && (
        <Textfield
          id="gjen-pause-til"
          type="date"
          className="date-field"
          label={t('gjenrekruttering.pauseTil')}
          description={t('gjenrekruttering.pauseTil.beskrivelse')}
          error={fieldError(errors, 'pauseTil')}
          {...register('pauseTil', {
            validate: (v) => svar !== 'pause' || v !== '' || t('gjenrekruttering.pauseTil.mangler'),
          })}
        />
      )}
      {svar === 'nei' && (
        <Field>
          <Label htmlFor="gjen-arsak">{t('gjenrekruttering.arsak')}</Label>
          <Select
            id="gjen-arsak"
            aria-invalid={arsakError ? true : undefined}
            {...register('arsak', {
              validate: (v) => svar !== 'nei' || v !== '' || t('gjenrekruttering.arsak.mangler'),
            })}
          >
            <Select.Option value="">{t('felles.velg')}</Select.Option>
            {keys(ARSAKER).map((a) => (
              <Select.Option key={a} value={a}>
                {t(ARSAKER[a])}
              </Select.Option>
            ))}
          </Select>
          {arsakError && <ValidationMessage>{arsakError}</ValidationMessage>}
        </Field>
      )}
      {svar === 'klar' && (
        <>
          <Checkbox
            id="gjen-del"
            label={t('gjenrekruttering.del')}
            description={t('gjenrekruttering.del.beskrivelse')}
            {...register('delMedSamarbeid')}
          />
          {del && (
            <Textfield
              id="gjen-samtykke-dato"
              type="date"
              className="date-field"
              label={t('gjenrekruttering.samtykkeDato')}
              error={fieldError(errors, 'samtykkeDato')}
              {...register('samtykkeDato', {
                validate: (v) => !del || v !== '' || t('gjenrekruttering.samtykkeDato.mangler'),
              })}
            />
          )}
        </>
      )}
      <Textfield
        id="gjen-notat"
        multiline
        rows={3}
        label={t('gjenrekruttering.notat')}
        description={t('gjenrekruttering.notat.beskrivelse')}
        error={fieldError(errors, 'notat')}
        {...register('notat', { maxLength: { value: 2000, message: t('felles.forLang', { antall: 2000 }) } })}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('gjenrekruttering.registrer')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
