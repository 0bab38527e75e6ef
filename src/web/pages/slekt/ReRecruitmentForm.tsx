import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { answerReRecruitment } from '@/web/api/answerReRecruitment';
import { getFosterHomeReRecruitment } from '@/web/api/getFosterHomeReRecruitment';
import type { Gjenrekruttering, GjenrekrutteringArsak, GjenrekrutteringSvar } from '@/web/api/slektTypes';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
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
  ['delMedSamarbeid', 'gjen-del'],
  ['samtykkeDato', 'gjen-samtykke-dato'],
  ['notat', 'gjen-notat'],
];

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
  const [version, setVersion] = useState(rad.version);
  const form = useForm<Values>({
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
  const { register, control } = form;
  const { errors } = form.formState;
  const [svar, del] = useWatch({ control, name: ['svar', 'delMedSamarbeid'] });
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (v) => {
      await answerReRecruitment(rad.id, {
        version,
        samtaleDato: v.samtaleDato,
        svar: v.svar as GjenrekrutteringSvar,
        pauseTil: v.svar === 'pause' ? v.pauseTil || null : null,
        arsak: v.svar === 'nei' ? (v.arsak as GjenrekrutteringArsak) || null : null,
        notat: v.notat || null,
        delMedSamarbeid: v.svar === 'klar' && v.delMedSamarbeid,
        samtykkeDato: v.svar === 'klar' && v.delMedSamarbeid ? v.samtykkeDato || null : null,
      });
      onDone(v.svar as GjenrekrutteringSvar);
    },
    // Someone answered or closed it meanwhile: the next save builds on the latest version.
    reload: async () => {
      const fresh = await getFosterHomeReRecruitment(rad.fosterhjemId);
      const latest = fresh.items.find((r) => r.id === rad.id);
      if (latest) setVersion(latest.version);
    },
  });
  const svarError = fieldError(errors, 'svar');
  const arsakError = fieldError(errors, 'arsak');

  return (
    <DialogForm form={dialog} submitLabel={t('gjenrekruttering.registrer')} onCancel={onCancel}>
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
            error={fieldError(errors, 'delMedSamarbeid')}
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
    </DialogForm>
  );
}
