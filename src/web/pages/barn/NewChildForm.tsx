import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { createChild } from '@/web/api/createChild';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { ContactPersonSelect, defaultContactPersonId } from '@/web/components/ContactPersonSelect';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { blankToNull, parseSprak } from '@/web/pages/barn/sprakListe';

interface Values {
  fornavn: string;
  etternavn: string;
  fodselsnummer: string;
  fodselsdato: string;
  sprak: string;
  kultur: string;
  religion: string;
  kontaktpersonId: string;
}

const IDS: [keyof Values, string][] = [
  ['fornavn', 'barn-fornavn'],
  ['etternavn', 'barn-etternavn'],
  ['fodselsnummer', 'barn-fodselsnummer'],
  ['fodselsdato', 'barn-fodselsdato'],
  ['sprak', 'barn-sprak'],
  ['kultur', 'barn-kultur'],
  ['religion', 'barn-religion'],
  ['kontaktpersonId', 'barn-kontaktperson'],
];
const NAMES = IDS.map(([name]) => name);
const id = (name: keyof Values) => IDS.find(([n]) => n === name)?.[1] ?? name;

/**
 * Name, identity (number, or birth date when no number is known), background and contact person.
 * Field messages come from the server in the user's language; nothing typed is lost on an error.
 */
export function NewChildForm() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      fornavn: '',
      etternavn: '',
      fodselsnummer: '',
      fodselsdato: '',
      sprak: '',
      kultur: '',
      religion: '',
      kontaktpersonId: defaultContactPersonId(me),
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      const created = await createChild({
        fornavn: values.fornavn.trim(),
        etternavn: values.etternavn.trim(),
        fodselsnummer: blankToNull(values.fodselsnummer.replace(/\s/g, '')),
        fodselsdato: values.fodselsdato || null,
        sprak: parseSprak(values.sprak),
        kultur: blankToNull(values.kultur),
        religion: blankToNull(values.religion),
        kontaktpersonId: values.kontaktpersonId || null,
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.caseloads });
      navigate(`/barn/${created.id}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="panel-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      <Fieldset>
        <Fieldset.Legend>{t('barn.skjema.navn')}</Fieldset.Legend>
        <div className="form-grid">
          <Textfield
            id={id('fornavn')}
            label={t('barn.skjema.fornavn')}
            autoComplete="off"
            error={fieldError(errors, 'fornavn')}
            {...register('fornavn', {
              validate: (v) => v.trim() !== '' || t('barn.skjema.fornavn.mangler'),
            })}
          />
          <Textfield
            id={id('etternavn')}
            label={t('barn.skjema.etternavn')}
            autoComplete="off"
            error={fieldError(errors, 'etternavn')}
            {...register('etternavn', {
              validate: (v) => v.trim() !== '' || t('barn.skjema.etternavn.mangler'),
            })}
          />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('barn.skjema.identitet')}</Fieldset.Legend>
        <Fieldset.Description>{t('barn.skjema.identitet.beskrivelse')}</Fieldset.Description>

        <Textfield
          id={id('fodselsnummer')}
          label={t('barn.skjema.fodselsnummer')}
          description={t('barn.skjema.fodselsnummer.beskrivelse')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          error={fieldError(errors, 'fodselsnummer')}
          {...register('fodselsnummer', {
            validate: (v) => {
              const digits = v.replace(/\s/g, '');
              return digits === '' || /^\d{11}$/.test(digits) || t('barn.skjema.fodselsnummer.format');
            },
          })}
        />
        <Textfield
          id={id('fodselsdato')}
          type="date"
          className="date-field"
          max={osloToday()}
          label={t('barn.skjema.fodselsdato')}
          description={t('barn.skjema.fodselsdato.beskrivelse')}
          error={fieldError(errors, 'fodselsdato')}
          {...register('fodselsdato', {
            validate: (v) =>
              v !== '' || getValues('fodselsnummer').trim() !== '' || t('barn.skjema.identitet.mangler'),
          })}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('barn.skjema.bakgrunn')}</Fieldset.Legend>
        <Textfield
          id={id('sprak')}
          label={t('barn.skjema.sprak')}
          description={t('barn.skjema.sprak.beskrivelse')}
          autoComplete="off"
          error={fieldError(errors, 'sprak')}
          {...register('sprak')}
        />
        <Textfield
          id={id('kultur')}
          label={t('barn.skjema.kultur')}
          error={fieldError(errors, 'kultur')}
          {...register('kultur')}
        />
        <Textfield
          id={id('religion')}
          label={t('barn.skjema.religion')}
          error={fieldError(errors, 'religion')}
          {...register('religion')}
        />
      </Fieldset>
      <ContactPersonSelect
        control={control}
        name="kontaktpersonId"
        id={id('kontaktpersonId')}
        label={t('barn.skjema.kontaktperson')}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('barn.ny.lagre')}
        </Button>
      </div>
    </form>
  );
}
