import { Field, Label, Select, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createFosterHomeGuidance } from '@/web/api/createFosterHomeGuidance';
import type { Veiledning } from '@/web/api/fosterfamilieTypes';
import { updateFosterHomeGuidance } from '@/web/api/updateFosterHomeGuidance';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { guidanceQuery } from '@/web/pages/fosterhjem/fosterfamilieQueries';
import { useRefreshFosterHome } from '@/web/pages/fosterhjem/useFosterHome';

/** The value of the supervisor list for "someone outside the service". */
const EKSTERN = 'ekstern';

interface Values {
  dato: string;
  veilederId: string;
  veilederNavn: string;
  tema: string;
  notat: string;
}

const IDS: [keyof Values, string][] = [
  ['dato', 'veiledning-dato'],
  ['veilederId', 'veiledning-veileder'],
  ['veilederNavn', 'veiledning-veileder-navn'],
  ['tema', 'veiledning-tema'],
  ['notat', 'veiledning-notat'],
];

interface Props {
  fosterhjemId: string;
  veiledere: { id: string; navn: string }[];
  /** Editing a registered session; without it a new one is registered. */
  existing?: Veiledning;
  onDone: () => void;
  onCancel: () => void;
}

/** A guidance session: when, who gave it (a supervisor in the service or someone outside), theme, notes. */
export function GuidanceForm({ fosterhjemId, veiledere, existing, onDone, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useRefreshFosterHome(fosterhjemId);
  const [version, setVersion] = useState(existing?.version ?? 0);
  const form = useForm<Values>({
    defaultValues: {
      dato: existing?.dato ?? osloToday(),
      veilederId: existing ? (existing.veileder.id ?? EKSTERN) : '',
      veilederNavn: existing && !existing.veileder.id ? existing.veileder.navn : '',
      tema: existing?.tema ?? '',
      notat: existing?.notat ?? '',
    },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (values) => {
      const body = {
        dato: values.dato,
        veilederId: values.veilederId === EKSTERN ? null : values.veilederId,
        veilederNavn: values.veilederId === EKSTERN ? values.veilederNavn.trim() : null,
        tema: values.tema.trim(),
        notat: values.notat.trim() || null,
      };
      if (existing) await updateFosterHomeGuidance(fosterhjemId, existing.id, { ...body, version });
      else await createFosterHomeGuidance(fosterhjemId, body);
      await refresh();
      onDone();
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...guidanceQuery(fosterhjemId), staleTime: 0 });
      const latest = fresh.items.find((v) => v.id === existing?.id);
      if (latest) setVersion(latest.version);
    },
  });
  const { register, watch } = form;
  const { errors } = form.formState;
  const ekstern = watch('veilederId') === EKSTERN;

  const today = osloToday();
  const veilederError = fieldError(errors, 'veilederId');
  const notatError = fieldError(errors, 'notat');
  return (
    <DialogForm
      form={dialog}
      submitLabel={existing ? t('felles.lagre') : t('fosterfamilie.veiledning.registrer')}
      onCancel={onCancel}
    >
      <Textfield
        id="veiledning-dato"
        type="date"
        className="date-field"
        label={t('fosterfamilie.veiledning.felt.dato')}
        error={fieldError(errors, 'dato')}
        {...register('dato', {
          required: t('fosterfamilie.veiledning.felt.dato.mangler'),
          validate: (v) => v <= today || t('fosterfamilie.dato.fremtid'),
        })}
      />
      <Field>
        <Label htmlFor="veiledning-veileder">{t('fosterfamilie.veiledning.felt.veileder')}</Label>
        <Select
          id="veiledning-veileder"
          aria-invalid={veilederError ? true : undefined}
          {...register('veilederId', { required: t('fosterfamilie.veiledning.felt.veileder.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {veiledere.map((v) => (
            <Select.Option key={v.id} value={v.id}>
              {v.navn}
            </Select.Option>
          ))}
          <Select.Option value={EKSTERN}>{t('fosterfamilie.veiledning.felt.veileder.ekstern')}</Select.Option>
        </Select>
        {veilederError && <ValidationMessage>{veilederError}</ValidationMessage>}
      </Field>
      {ekstern && (
        <Textfield
          id="veiledning-veileder-navn"
          label={t('fosterfamilie.veiledning.felt.veilederNavn')}
          description={t('fosterfamilie.veiledning.felt.veilederNavn.beskrivelse')}
          error={fieldError(errors, 'veilederNavn')}
          {...register('veilederNavn', {
            validate: (v) => v.trim() !== '' || t('fosterfamilie.veiledning.felt.veilederNavn.mangler'),
            maxLength: { value: 200, message: t('felles.forLang', { antall: 200 }) },
          })}
        />
      )}
      <Textfield
        id="veiledning-tema"
        label={t('fosterfamilie.veiledning.felt.tema')}
        description={t('fosterfamilie.veiledning.felt.tema.beskrivelse')}
        error={fieldError(errors, 'tema')}
        {...register('tema', {
          validate: (v) => v.trim() !== '' || t('fosterfamilie.veiledning.felt.tema.mangler'),
          maxLength: { value: 300, message: t('felles.forLang', { antall: 300 }) },
        })}
      />
      <Field>
        <Label htmlFor="veiledning-notat">{t('fosterfamilie.veiledning.felt.notat')}</Label>
        <Field.Description>{t('fosterfamilie.veiledning.felt.notat.beskrivelse')}</Field.Description>
        <Textarea
          id="veiledning-notat"
          rows={4}
          aria-invalid={notatError ? true : undefined}
          {...register('notat', {
            maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) },
          })}
        />
        {notatError && <ValidationMessage>{notatError}</ValidationMessage>}
      </Field>
    </DialogForm>
  );
}
