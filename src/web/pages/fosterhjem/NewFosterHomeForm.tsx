import { Button, Fieldset } from '@digdir/designsystemet-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { createFosterHome } from '@/web/api/createFosterHome';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { ContactPersonSelect, defaultContactPersonId } from '@/web/components/ContactPersonSelect';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { HOME_FELT, HomeFields, type HomeValues, toHomeInput } from '@/web/pages/fosterhjem/HomeFields';
import { MemberFields } from '@/web/pages/fosterhjem/MemberFields';
import {
  MEDLEM_FELT,
  type MedlemValues,
  toMedlemInput,
  tomtMedlem,
} from '@/web/pages/fosterhjem/memberValues';

interface Values extends HomeValues {
  medlemmer: MedlemValues[];
  kontaktpersonId: string;
}

const MAX_MEDLEMMER = 20;

/**
 * The foster home, a list of household members (add and remove rows) and the home's contact person;
 * nothing typed is lost.
 */
export function NewFosterHomeForm() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      navn: '',
      adresse: '',
      postnummer: '',
      poststed: '',
      kommunenummer: '',
      godkjentDato: '',
      medlemmer: [tomtMedlem('fosterforelder')],
      kontaktpersonId: defaultContactPersonId(me),
    },
    shouldFocusError: false,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'medlemmer' });
  const addButton = useRef<HTMLButtonElement>(null);
  const memberNames = fields.flatMap((_, index) => MEDLEM_FELT.map((felt) => `medlemmer.${index}.${felt}`));
  const names = [...HOME_FELT, ...memberNames, 'kontaktpersonId'];
  const feedback = useFormFeedback(setError, names);
  const fieldIds: ([string, string] | [string, string, string])[] = [
    ...HOME_FELT.map((felt): [string, string] => [felt, `hjem-${felt}`]),
    ...fields.flatMap((_, index) =>
      MEDLEM_FELT.map((felt): [string, string, string] => [
        `medlemmer.${index}.${felt}`,
        `medlem-${index}-${felt}`,
        t('fosterhjem.ny.person', { nummer: index + 1 }),
      ]),
    ),
    ['kontaktpersonId', 'hjem-kontaktperson'],
  ];

  const onValid = async (values: Values) => {
    feedback.reset();
    try {
      const created = await createFosterHome({
        ...toHomeInput(values),
        medlemmer: values.medlemmer.map(toMedlemInput),
        kontaktpersonId: values.kontaktpersonId || null,
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.fosterHomes });
      navigate(`/fosterhjem/${created.id}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <form className="panel-form" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <FormFeedback
        errors={errors}
        fieldIds={fieldIds}
        message={feedback.message}
        attempt={feedback.attempt}
      />
      <Fieldset>
        <Fieldset.Legend>{t('fosterhjem.ny.hjemmet')}</Fieldset.Legend>
        <HomeFields
          idPrefix="hjem"
          kommunenummer={watch('kommunenummer')}
          field={(name, validate) => register(name, validate ? { validate: (v) => validate(String(v)) } : {})}
          error={(name) => fieldError(errors, name)}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('fosterhjem.ny.husstand')}</Fieldset.Legend>
        <Fieldset.Description>{t('fosterhjem.ny.husstand.beskrivelse')}</Fieldset.Description>
        <ol className="member-list">
          {fields.map((item, index) => (
            <li key={item.id} className="member-list__item">
              <Fieldset>
                <Fieldset.Legend>{t('fosterhjem.ny.person', { nummer: index + 1 })}</Fieldset.Legend>
                <MemberFields
                  idPrefix={`medlem-${index}`}
                  field={(name, validate) =>
                    register(
                      `medlemmer.${index}.${name}`,
                      validate ? { validate: (v) => validate(String(v)) } : {},
                    )
                  }
                  error={(name) => fieldError(errors, `medlemmer.${index}.${name}`)}
                />
                <div>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-color="danger"
                    data-size="sm"
                    onClick={() => {
                      remove(index);
                      // The button is gone with its row: continue from "add a person".
                      requestAnimationFrame(() => addButton.current?.focus());
                    }}
                  >
                    <TrashIcon aria-hidden />
                    {t('fosterhjem.ny.fjernPerson', { nummer: index + 1 })}
                  </Button>
                </div>
              </Fieldset>
            </li>
          ))}
        </ol>
        {fields.length < MAX_MEDLEMMER && (
          <div>
            <Button
              ref={addButton}
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => append(tomtMedlem())}
            >
              <PlusIcon aria-hidden />
              {t('fosterhjem.ny.leggTilPerson')}
            </Button>
          </div>
        )}
      </Fieldset>
      <ContactPersonSelect
        control={control}
        name="kontaktpersonId"
        id="hjem-kontaktperson"
        label={t('fosterhjem.ny.kontaktperson')}
        description={t('fosterhjem.ny.kontaktperson.hjelp')}
      />
      <div className="form-actions">
        <Button type="submit" loading={isSubmitting}>
          {t('fosterhjem.ny.lagre')}
        </Button>
      </div>
    </form>
  );
}
