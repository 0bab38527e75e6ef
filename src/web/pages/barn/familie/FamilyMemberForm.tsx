import {
  Button,
  Checkbox,
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { addFamilyMember } from '@/web/api/addFamilyMember';
import type { Familiemedlem, FamilieRelasjon } from '@/web/api/barnTypes';
import { updateFamilyMember } from '@/web/api/updateFamilyMember';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { SavedVersion } from '@/web/components/SavedVersion';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { RELASJONER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { childQuery, useRefreshChild } from '@/web/pages/barn/side/useChild';
import { blankToNull } from '@/web/pages/barn/sprakListe';

interface Values {
  relasjon: FamilieRelasjon | '';
  fornavn: string;
  etternavn: string;
  fodselsdato: string;
  telefon: string;
  epost: string;
  adresse: string;
  foreldreansvar: boolean;
}

const IDS: [keyof Values, string][] = [
  ['relasjon', 'familie-relasjon'],
  ['fornavn', 'familie-fornavn'],
  ['etternavn', 'familie-etternavn'],
  ['fodselsdato', 'familie-fodselsdato'],
  ['telefon', 'familie-telefon'],
  ['epost', 'familie-epost'],
  ['adresse', 'familie-adresse'],
  ['foreldreansvar', 'familie-foreldreansvar'],
];
const NAMES = IDS.map(([name]) => name);
const id = (name: keyof Values) => IDS.find(([n]) => n === name)?.[1] ?? name;

interface Props {
  barnId: string;
  /** null: add a new family member. */
  medlem: Familiemedlem | null;
  onDone: () => void;
  onCancel: () => void;
}

/** Add or edit a family member; an edit is saved with its version and conflicts are shown. */
export function FamilyMemberForm({ barnId, medlem, onDone, onCancel }: Props) {
  const t = useT();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const refresh = useRefreshChild(barnId);
  const [version, setVersion] = useState(medlem?.version ?? 1);
  const [latest, setLatest] = useState<Familiemedlem | null>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      relasjon: medlem?.relasjon ?? '',
      fornavn: medlem?.fornavn ?? '',
      etternavn: medlem?.etternavn ?? '',
      fodselsdato: medlem?.fodselsdato ?? '',
      telefon: medlem?.telefon ?? '',
      epost: medlem?.epost ?? '',
      adresse: medlem?.adresse ?? '',
      foreldreansvar: medlem?.foreldreansvar ?? false,
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    const body = {
      relasjon: values.relasjon as FamilieRelasjon,
      fornavn: values.fornavn.trim(),
      etternavn: values.etternavn.trim(),
      fodselsdato: values.fodselsdato || null,
      telefon: blankToNull(values.telefon),
      epost: blankToNull(values.epost),
      adresse: blankToNull(values.adresse),
      foreldreansvar: values.foreldreansvar,
    };
    try {
      if (medlem) await updateFamilyMember(medlem.id, { ...body, version });
      else await addFamilyMember(barnId, body);
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
      ?.familie.find((f) => f.id === medlem?.id);
    if (fresh) {
      setLatest(fresh);
      setVersion(fresh.version);
    }
    setReloading(false);
  };

  const text = (name: 'fornavn' | 'etternavn' | 'telefon' | 'epost' | 'adresse', required?: string) => (
    <Textfield
      id={id(name)}
      label={t(`familie.felt.${name}`)}
      type={name === 'epost' ? 'email' : name === 'telefon' ? 'tel' : 'text'}
      autoComplete="off"
      error={fieldError(errors, name)}
      {...register(name, required ? { validate: (v) => v.trim() !== '' || required } : {})}
    />
  );
  const relasjonError = fieldError(errors, 'relasjon');

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
            [t('familie.kolonne.relasjon'), labels.relasjon(latest.relasjon)],
            [t('familie.kolonne.navn'), `${latest.fornavn} ${latest.etternavn}`],
            [t('familie.felt.telefon'), latest.telefon ?? ''],
            [t('familie.felt.epost'), latest.epost ?? ''],
            [t('familie.felt.adresse'), latest.adresse ?? ''],
          ]}
        />
      )}
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Field>
        <Label htmlFor={id('relasjon')}>{t('familie.kolonne.relasjon')}</Label>
        <Controller
          control={control}
          name="relasjon"
          rules={{ validate: (v) => v !== '' || t('familie.felt.relasjon.mangler') }}
          render={({ field }) => (
            <Select id={id('relasjon')} aria-invalid={relasjonError ? true : undefined} {...field}>
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {RELASJONER.map((relasjon) => (
                <Select.Option key={relasjon} value={relasjon}>
                  {labels.relasjon(relasjon)}
                </Select.Option>
              ))}
            </Select>
          )}
        />
        {relasjonError && <ValidationMessage>{relasjonError}</ValidationMessage>}
      </Field>
      <div className="form-grid">
        {text('fornavn', t('familie.felt.fornavn.mangler'))}
        {text('etternavn', t('familie.felt.etternavn.mangler'))}
      </div>
      <Textfield
        id={id('fodselsdato')}
        type="date"
        className="date-field"
        label={t('familie.felt.fodselsdato')}
        error={fieldError(errors, 'fodselsdato')}
        {...register('fodselsdato')}
      />
      <div className="form-grid">
        {text('telefon')}
        {text('epost')}
      </div>
      {text('adresse')}
      <Checkbox
        id={id('foreldreansvar')}
        label={t('familie.felt.foreldreansvar')}
        {...register('foreldreansvar')}
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
