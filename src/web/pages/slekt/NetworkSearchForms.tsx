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
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { concludeNetworkSearch } from '@/web/api/concludeNetworkSearch';
import { listNetworkSearches } from '@/web/api/listNetworkSearches';
import {
  type Fremgangsmate,
  type Kandidat,
  type KandidatRelasjon,
  type KandidatVurdering,
  type Nettverkssok,
  type NettverkssokUtfall,
  slektKeys,
} from '@/web/api/slektTypes';
import { startNetworkSearch } from '@/web/api/startNetworkSearch';
import { updateNetworkSearch } from '@/web/api/updateNetworkSearch';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { FREMGANGSMATER, keys, RELASJONER, UTFALL, VURDERINGER } from '@/web/pages/slekt/slektLabels';

interface FormProps {
  barnId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** After a change: the child's searches (and, for the placement form, its requirement) again. */
export function useRefreshSearches(barnId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: slektKeys.networkSearches(barnId) }),
    [queryClient, barnId],
  );
}

/**
 * The search as the form last read it. After a version conflict `reload` fetches the child's
 * searches again; the next save builds on the latest version (and the people others added).
 */
function useLatestSearch(barnId: string, sok: Nettverkssok) {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState(sok);
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: slektKeys.networkSearches(barnId),
      queryFn: () => listNetworkSearches(barnId),
      staleTime: 0,
    });
    const found = fresh.items.find((s) => s.id === sok.id);
    if (found) setLatest(found);
  };
  return [latest, reload] as const;
}

function MethodBoxes({ field }: { field: UseFormRegisterReturn<'fremgangsmater'> }) {
  const t = useT();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('slekt.fremgangsmate')}</Fieldset.Legend>
      <Fieldset.Description>{t('slekt.fremgangsmate.beskrivelse')}</Fieldset.Description>
      {keys(FREMGANGSMATER).map((m) => (
        <Checkbox key={m} id={`slekt-fremgangsmate-${m}`} value={m} label={t(FREMGANGSMATER[m])} {...field} />
      ))}
    </Fieldset>
  );
}

interface StartValues {
  startet: string;
  fremgangsmater: Fremgangsmate[];
}

const START_IDS: [string, string][] = [['startet', 'slekt-startet']];

/** Starts the search: when, and how the family and network are being asked. */
export function StartSearchForm({ barnId, onDone, onCancel }: FormProps) {
  const t = useT();
  const refresh = useRefreshSearches(barnId);
  const form = useForm<StartValues>({
    defaultValues: { startet: osloToday(), fremgangsmater: [] },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: START_IDS,
    submit: async (v) => {
      await startNetworkSearch(barnId, { startet: v.startet, fremgangsmater: v.fremgangsmater || [] });
      await refresh();
      onDone();
    },
  });
  const { register } = form;
  const { errors } = form.formState;
  return (
    <DialogForm form={dialog} submitLabel={t('slekt.start')} onCancel={onCancel}>
      <Textfield
        id="slekt-startet"
        type="date"
        className="date-field"
        label={t('slekt.startet')}
        error={fieldError(errors, 'startet')}
        {...register('startet', { required: t('slekt.startet.mangler') })}
      />
      <MethodBoxes field={register('fremgangsmater')} />
    </DialogForm>
  );
}

const kandidatInput = (k: Kandidat) => ({
  id: k.id,
  navn: k.navn,
  relasjon: k.relasjon,
  vurdering: k.vurdering,
  begrunnelse: k.begrunnelse,
});

const NO_IDS: [string, string][] = [];

/** Changes the ways the network was asked (the people considered stay as they are). */
export function MethodsForm({ barnId, sok, onDone, onCancel }: FormProps & { sok: Nettverkssok }) {
  const t = useT();
  const refresh = useRefreshSearches(barnId);
  const [latest, reload] = useLatestSearch(barnId, sok);
  const form = useForm<{ fremgangsmater: Fremgangsmate[] }>({
    defaultValues: { fremgangsmater: sok.fremgangsmater },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: NO_IDS,
    submit: async (v) => {
      await updateNetworkSearch(latest.id, {
        version: latest.version,
        fremgangsmater: v.fremgangsmater || [],
        kandidater: latest.kandidater.map(kandidatInput),
      });
      await refresh();
      onDone();
    },
    reload,
  });
  return (
    <DialogForm form={dialog} submitLabel={t('felles.lagre')} onCancel={onCancel}>
      <MethodBoxes field={form.register('fremgangsmater')} />
    </DialogForm>
  );
}

interface KandidatValues {
  navn: string;
  relasjon: KandidatRelasjon | '';
  vurdering: KandidatVurdering;
  begrunnelse: string;
}

const KANDIDAT_IDS: [string, string][] = [
  ['navn', 'slekt-kandidat-navn'],
  ['relasjon', 'slekt-kandidat-relasjon'],
  ['vurdering', 'slekt-kandidat-vurdering'],
  ['begrunnelse', 'slekt-kandidat-begrunnelse'],
];

/** A person considered: who, the relation to the child, the assessment and why. */
export function CandidateForm({
  barnId,
  sok,
  kandidat,
  onDone,
  onCancel,
}: FormProps & { sok: Nettverkssok; kandidat: Kandidat | null }) {
  const t = useT();
  const refresh = useRefreshSearches(barnId);
  const [latest, reload] = useLatestSearch(barnId, sok);
  const form = useForm<KandidatValues>({
    defaultValues: {
      navn: kandidat?.navn ?? '',
      relasjon: kandidat?.relasjon ?? '',
      vurdering: kandidat?.vurdering ?? 'ikke_vurdert',
      begrunnelse: kandidat?.begrunnelse ?? '',
    },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: KANDIDAT_IDS,
    submit: async (v) => {
      const input = {
        navn: v.navn,
        relasjon: v.relasjon as KandidatRelasjon,
        vurdering: v.vurdering,
        begrunnelse: v.begrunnelse || null,
      };
      const kandidater = kandidat
        ? latest.kandidater.map((k) => (k.id === kandidat.id ? { ...input, id: k.id } : kandidatInput(k)))
        : [...latest.kandidater.map(kandidatInput), input];
      await updateNetworkSearch(latest.id, {
        version: latest.version,
        fremgangsmater: latest.fremgangsmater,
        kandidater,
      });
      await refresh();
      onDone();
    },
    reload,
  });
  const { register } = form;
  const { errors } = form.formState;
  const relasjonError = fieldError(errors, 'relasjon');
  return (
    <DialogForm form={dialog} submitLabel={t('felles.lagre')} onCancel={onCancel}>
      <Textfield
        id="slekt-kandidat-navn"
        label={t('slekt.kandidat.navn')}
        description={t('slekt.kandidat.navn.beskrivelse')}
        error={fieldError(errors, 'navn')}
        {...register('navn', {
          validate: (v) => v.trim() !== '' || t('slekt.kandidat.navn.mangler'),
          maxLength: { value: 100, message: t('felles.forLang', { antall: 100 }) },
        })}
      />
      <Field>
        <Label htmlFor="slekt-kandidat-relasjon">{t('slekt.kandidat.relasjon')}</Label>
        <Select
          id="slekt-kandidat-relasjon"
          aria-invalid={relasjonError ? true : undefined}
          {...register('relasjon', { validate: (v) => v !== '' || t('slekt.kandidat.relasjon.mangler') })}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {keys(RELASJONER).map((r) => (
            <Select.Option key={r} value={r}>
              {t(RELASJONER[r])}
            </Select.Option>
          ))}
        </Select>
        {relasjonError && <ValidationMessage>{relasjonError}</ValidationMessage>}
      </Field>
      <Field>
        <Label htmlFor="slekt-kandidat-vurdering">{t('slekt.kandidat.vurdering')}</Label>
        <Select id="slekt-kandidat-vurdering" {...register('vurdering')}>
          {keys(VURDERINGER).map((v) => (
            <Select.Option key={v} value={v}>
              {t(VURDERINGER[v])}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id="slekt-kandidat-begrunnelse"
        multiline
        rows={3}
        label={t('slekt.kandidat.begrunnelse')}
        error={fieldError(errors, 'begrunnelse')}
        {...register('begrunnelse', {
          maxLength: { value: 1000, message: t('felles.forLang', { antall: 1000 }) },
        })}
      />
    </DialogForm>
  );
}

interface ConcludeValues {
  utfall: NettverkssokUtfall | '';
  konklusjon: string;
  avsluttetDato: string;
}

const CONCLUDE_IDS: [string, string][] = [
  ['utfall', 'slekt-utfall-slekt_funnet'],
  ['konklusjon', 'slekt-konklusjon'],
  ['avsluttetDato', 'slekt-avsluttet-dato'],
];

/** Concludes the search: the outcome, the reasoning and the date. */
export function ConcludeForm({ barnId, sok, onDone, onCancel }: FormProps & { sok: Nettverkssok }) {
  const t = useT();
  const refresh = useRefreshSearches(barnId);
  const [latest, reload] = useLatestSearch(barnId, sok);
  const form = useForm<ConcludeValues>({
    defaultValues: { utfall: '', konklusjon: '', avsluttetDato: osloToday() },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: CONCLUDE_IDS,
    submit: async (v) => {
      await concludeNetworkSearch(latest.id, {
        version: latest.version,
        utfall: v.utfall as NettverkssokUtfall,
        konklusjon: v.konklusjon,
        avsluttetDato: v.avsluttetDato,
      });
      await refresh();
      onDone();
    },
    reload,
  });
  const { register } = form;
  const { errors } = form.formState;
  const utfallError = fieldError(errors, 'utfall');
  return (
    <DialogForm form={dialog} submitLabel={t('slekt.avslutt')} onCancel={onCancel}>
      <Fieldset>
        <Fieldset.Legend>{t('slekt.utfall')}</Fieldset.Legend>
        {keys(UTFALL).map((u) => (
          <Radio
            key={u}
            id={`slekt-utfall-${u}`}
            value={u}
            label={t(UTFALL[u])}
            aria-invalid={utfallError ? true : undefined}
            {...register('utfall', { validate: (v) => v !== '' || t('slekt.utfall.mangler') })}
          />
        ))}
        {utfallError && <ValidationMessage>{utfallError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id="slekt-konklusjon"
        multiline
        rows={4}
        label={t('slekt.konklusjon')}
        description={t('slekt.konklusjon.beskrivelse')}
        error={fieldError(errors, 'konklusjon')}
        {...register('konklusjon', {
          validate: (v) => v.trim() !== '' || t('slekt.konklusjon.mangler'),
          maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) },
        })}
      />
      <Textfield
        id="slekt-avsluttet-dato"
        type="date"
        className="date-field"
        label={t('slekt.avsluttetDato')}
        error={fieldError(errors, 'avsluttetDato')}
        {...register('avsluttetDato', { required: t('slekt.avsluttetDato.mangler') })}
      />
    </DialogForm>
  );
}
