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
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { approveRecruitmentCase } from '@/web/api/approveRecruitmentCase';
import { getRecruitmentApproval } from '@/web/api/getRecruitmentApproval';
import type { GodkjenningType, GodkjenningView } from '@/web/api/godkjenningTypes';
import { listCaseload } from '@/web/api/listCaseload';
import { queryKeys } from '@/web/api/queryKeys';
import { HJEMTYPER, type Hjemtype } from '@/web/api/rekrutteringTypes';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { usePipeline, useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';

interface Values {
  godkjenningType: GodkjenningType;
  godkjentForBarnId: string;
  godkjentDato: string;
  godkjentAv: string;
  rapportDokumentId: string;
  hjemtyper: Hjemtype[];
}

const IDS: [string, string][] = [
  ['godkjenningType', 'godkjenning-type-generell'],
  ['godkjentForBarnId', 'godkjenning-barn'],
  ['godkjentDato', 'godkjenning-dato'],
  ['godkjentAv', 'godkjenning-av'],
  ['rapportDokumentId', 'godkjenning-rapport'],
  ['hjemtyper', 'godkjenning-hjemtype-ordinaer'],
];

/** A report the approval may rest on: finished, or approved by a second person (src/domain/godkjenning.ts). */
export const ferdig = (status: string) => status === 'ferdig' || status === 'godkjent';

/**
 * The approval decision: generally or for a named child of the service, its date (never ahead),
 * who made it, the finished home-study report it rests on, and the kinds of assignment it covers.
 */
export function GodkjenningForm({
  godkjenning,
  onDone,
  onCancel,
}: {
  godkjenning: GodkjenningView;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const me = useMe();
  const pipeline = usePipeline();
  const l = useRekrutteringLabels(pipeline.data);
  const dokLabels = useDokumentLabels();
  // After a version conflict: the latest case version and reports; what was typed stays.
  const [latest, setLatest] = useState(godkjenning);
  const ferdige = godkjenning.rapporter.filter((r) => ferdig(r.status));
  const form = useForm<Values>({
    defaultValues: {
      godkjenningType: 'generell',
      godkjentForBarnId: '',
      godkjentDato: osloToday(),
      godkjentAv: '',
      rapportDokumentId: ferdige[0]?.id ?? '',
      hjemtyper: godkjenning.hjemtyper,
    },
    shouldFocusError: false,
  });
  const { register, watch, control } = form;
  const { errors } = form.formState;
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (v) => {
      await approveRecruitmentCase(latest.sakId, {
        version: latest.version,
        godkjenningType: v.godkjenningType,
        godkjentForBarnId: v.godkjenningType === 'bestemt_barn' ? v.godkjentForBarnId || null : null,
        godkjentDato: v.godkjentDato,
        godkjentAv: v.godkjentAv.trim(),
        rapportDokumentId: v.rapportDokumentId,
        hjemtyper: v.hjemtyper,
      });
      await onDone();
    },
    reload: async () => setLatest(await getRecruitmentApproval(godkjenning.sakId)),
  });
  const type = watch('godkjenningType');
  const kanVelgeBarn = harTillatelse(me, Tillatelse.barnList);
  // Bufetat follows no children: an approval for a named child is the child's municipality's.
  const bufetat = me.tjeneste.organisasjonstype === 'bufetat';
  const typer: GodkjenningType[] = bufetat ? ['generell'] : ['generell', 'bestemt_barn'];
  const query = { omfang: 'tjeneste' as const };
  const barn = useQuery({
    queryKey: queryKeys.caseload(query),
    queryFn: () => listCaseload(query),
    enabled: type === 'bestemt_barn' && kanVelgeBarn,
  });

  return (
    <DialogForm form={dialog} submitLabel={t('godkjenning.lagre')} onCancel={onCancel}>
      <Fieldset>
        <Fieldset.Legend>{t('godkjenning.felt.type')}</Fieldset.Legend>
        <Fieldset.Description>
          {t(bufetat ? 'godkjenning.felt.type.hjelpBufetat' : 'godkjenning.felt.type.hjelp')}
        </Fieldset.Description>
        {typer.map((v) => (
          <Radio
            key={v}
            id={`godkjenning-type-${v}`}
            value={v}
            label={t(v === 'generell' ? 'godkjenning.type.generell' : 'godkjenning.type.bestemt_barn')}
            {...register('godkjenningType')}
          />
        ))}
        {errors.godkjenningType?.message && (
          <ValidationMessage>{errors.godkjenningType.message}</ValidationMessage>
        )}
      </Fieldset>
      {type === 'bestemt_barn' && (
        <Field>
          <Label htmlFor="godkjenning-barn">{t('godkjenning.felt.barn')}</Label>
          <Field.Description>{t('godkjenning.felt.barn.hjelp')}</Field.Description>
          <Select
            id="godkjenning-barn"
            aria-invalid={errors.godkjentForBarnId ? true : undefined}
            {...register('godkjentForBarnId', { required: t('godkjenning.felt.barn.mangler') })}
          >
            <Select.Option value="">{t('felles.velg')}</Select.Option>
            {(barn.data?.items ?? []).map((b) => (
              <Select.Option key={b.id} value={b.id}>
                {b.navn}
              </Select.Option>
            ))}
          </Select>
          {fieldError(errors, 'godkjentForBarnId') && (
            <ValidationMessage>{fieldError(errors, 'godkjentForBarnId')}</ValidationMessage>
          )}
        </Field>
      )}
      <Textfield
        id="godkjenning-dato"
        type="date"
        className="date-field"
        label={t('godkjenning.felt.dato')}
        error={fieldError(errors, 'godkjentDato')}
        {...register('godkjentDato', {
          required: t('godkjenning.felt.dato.mangler'),
          validate: (v) => v <= osloToday() || t('godkjenning.felt.dato.fremtid'),
        })}
      />
      <Textfield
        id="godkjenning-av"
        label={t('godkjenning.felt.godkjentAv')}
        description={t('godkjenning.felt.godkjentAv.hjelp')}
        error={fieldError(errors, 'godkjentAv')}
        {...register('godkjentAv', {
          validate: (v) => v.trim() !== '' || t('godkjenning.felt.godkjentAv.mangler'),
        })}
      />
      <Field>
        <Label htmlFor="godkjenning-rapport">{t('godkjenning.felt.rapport')}</Label>
        <Field.Description>{t('godkjenning.felt.rapport.hjelp')}</Field.Description>
        <Select
          id="godkjenning-rapport"
          aria-invalid={errors.rapportDokumentId ? true : undefined}
          {...register('rapportDokumentId', { required: t('godkjenning.felt.rapport.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {latest.rapporter.map((r) => (
            <Select.Option key={r.id} value={r.id}>
              {`${r.tittel} (${dokLabels.status(r.status)})`}
            </Select.Option>
          ))}
        </Select>
        {fieldError(errors, 'rapportDokumentId') && (
          <ValidationMessage>{fieldError(errors, 'rapportDokumentId')}</ValidationMessage>
        )}
      </Field>
      <Controller
        control={control}
        name="hjemtyper"
        rules={{ validate: (v) => v.length > 0 || t('godkjenning.felt.hjemtyper.mangler') }}
        render={({ field }) => (
          <Fieldset>
            <Fieldset.Legend>{t('godkjenning.felt.hjemtyper')}</Fieldset.Legend>
            {HJEMTYPER.map((h) => (
              <Checkbox
                key={h}
                id={`godkjenning-hjemtype-${h}`}
                label={l.hjemtype(h)}
                value={h}
                checked={field.value.includes(h)}
                aria-invalid={errors.hjemtyper ? true : undefined}
                onBlur={field.onBlur}
                onChange={(e) => {
                  const chosen = e.target.checked ? [...field.value, h] : field.value.filter((x) => x !== h);
                  field.onChange(HJEMTYPER.filter((x) => chosen.includes(x)));
                }}
              />
            ))}
            {fieldError(errors, 'hjemtyper') && (
              <ValidationMessage>{fieldError(errors, 'hjemtyper')}</ValidationMessage>
            )}
          </Fieldset>
        )}
      />
    </DialogForm>
  );
}
