import {
  Button,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { createContext, useContext, useId, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { Felt, Person } from '@/web/api/dokumentTypes';
import { fieldError } from '@/web/components/FormFeedback';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltEtikett } from '@/web/pages/dokumenter/felt/FeltEtikett';
import { personLeggTilId, personNavnId } from '@/web/pages/dokumenter/felt/feltIds';

/** People from the case (family, foster family, village, contact person) offered in person fields. */
export const CasePeopleContext = createContext<Person[]>([]);

/** People taking part: name and role, from the case or written in. */
export function PersonerFelt({ felt }: { felt: Felt }) {
  const t = useT();
  const labels = useDokumentLabels();
  const selectId = useId();
  const fraSaken = useContext(CasePeopleContext);
  const [valgt, setValgt] = useState('');
  const {
    control,
    formState: { errors },
  } = useFormContext();
  const { field } = useController({ control, name: felt.id });
  const personer: Person[] = Array.isArray(field.value) ? field.value : [];
  const error = fieldError(errors, felt.id);
  const etikett = labels.tekst(felt.etikett);
  const tilgjengelige = fraSaken.filter((p) => !personer.some((x) => x.navn === p.navn));

  const focusName = (index: number) =>
    requestAnimationFrame(() => document.getElementById(personNavnId(felt.id, index))?.focus());
  const add = (person: Person) => {
    field.onChange([...personer, person]);
    focusName(personer.length);
  };
  const change = (index: number, patch: Partial<Person>) =>
    field.onChange(personer.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const remove = (index: number) => {
    field.onChange(personer.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById(personLeggTilId(felt.id))?.focus());
  };

  return (
    <Fieldset className="doc-people">
      <Fieldset.Legend>
        <FeltEtikett felt={felt} />
      </Fieldset.Legend>
      {felt.veiledning && <Fieldset.Description>{labels.tekst(felt.veiledning)}</Fieldset.Description>}
      {personer.length > 0 && (
        <ol className="doc-people__list">
          {personer.map((person, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <li key={index} className="doc-people__row">
              <Textfield
                id={personNavnId(felt.id, index)}
                data-size="sm"
                autoComplete="off"
                label={t('dokument.personer.navn', { nummer: index + 1 })}
                value={person.navn}
                aria-invalid={error ? true : undefined}
                onBlur={field.onBlur}
                onChange={(event) => change(index, { navn: event.target.value })}
              />
              <Textfield
                id={`${personNavnId(felt.id, index)}-rolle`}
                data-size="sm"
                autoComplete="off"
                label={t('dokument.personer.rolle', { nummer: index + 1 })}
                value={person.rolle ?? ''}
                onBlur={field.onBlur}
                onChange={(event) => change(index, { rolle: event.target.value })}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                className="doc-people__remove"
                aria-label={t('dokument.personer.fjernNavn', {
                  navn: person.navn || index + 1,
                  felt: etikett,
                })}
                onClick={() => remove(index)}
              >
                <TrashIcon aria-hidden />
                {t('felles.fjern')}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className="doc-people__add">
        {tilgjengelige.length > 0 && (
          <div className="doc-people__from-case">
            <Field>
              <Label htmlFor={selectId}>{t('dokument.personer.fraSaken')}</Label>
              <Select
                id={selectId}
                data-size="sm"
                value={valgt}
                onChange={(event) => setValgt(event.target.value)}
              >
                <Select.Option value="">{t('felles.velg')}</Select.Option>
                {tilgjengelige.map((p) => (
                  <Select.Option key={p.navn} value={p.navn}>
                    {p.rolle ? t('dokument.personer.medRolle', { navn: p.navn, rolle: p.rolle }) : p.navn}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              disabled={!valgt}
              onClick={() => {
                const person = tilgjengelige.find((p) => p.navn === valgt);
                if (person) add({ navn: person.navn, rolle: person.rolle ?? '' });
                setValgt('');
              }}
            >
              {t('dokument.personer.leggTilValgt')}
            </Button>
          </div>
        )}
        <Button
          id={personLeggTilId(felt.id)}
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => add({ navn: '', rolle: '' })}
        >
          <PlusIcon aria-hidden />
          {t('dokument.personer.leggTil')}
        </Button>
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
