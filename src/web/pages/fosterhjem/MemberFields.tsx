import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { HUSSTAND_ROLLER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import type { MedlemValues } from '@/web/pages/fosterhjem/memberValues';

export type MemberRule = (value: string) => true | string;

interface Props {
  /** The id of each input: `${idPrefix}-${field}`. */
  idPrefix: string;
  field: (name: keyof MedlemValues, validate?: MemberRule) => UseFormRegisterReturn;
  error: (name: keyof MedlemValues) => string | undefined;
}

/** Role, name, birth date, phone and e-mail of one household member (used alone and in a list). */
export function MemberFields({ idPrefix, field, error }: Props) {
  const t = useT();
  const labels = useLabels();
  const id = (name: keyof MedlemValues) => `${idPrefix}-${name}`;
  const rolleError = error('rolle');
  const text = (name: 'fornavn' | 'etternavn' | 'telefon' | 'epost', validate?: MemberRule) => (
    <Textfield
      id={id(name)}
      label={t(`husstand.felt.${name}`)}
      type={name === 'epost' ? 'email' : name === 'telefon' ? 'tel' : 'text'}
      autoComplete="off"
      error={error(name)}
      {...field(name, validate)}
    />
  );

  return (
    <div className="member-fields">
      <Field>
        <Label htmlFor={id('rolle')}>{t('husstand.felt.rolle')}</Label>
        <Select
          id={id('rolle')}
          aria-invalid={rolleError ? true : undefined}
          {...field('rolle', (v) => v !== '' || t('husstand.felt.rolle.mangler'))}
        >
          <Select.Option value="">{t('felles.velg')}</Select.Option>
          {HUSSTAND_ROLLER.map((rolle) => (
            <Select.Option key={rolle} value={rolle}>
              {labels.husstandRolle(rolle)}
            </Select.Option>
          ))}
        </Select>
        {rolleError && <ValidationMessage>{rolleError}</ValidationMessage>}
      </Field>
      <div className="form-grid">
        {text('fornavn', (v) => v.trim() !== '' || t('husstand.felt.fornavn.mangler'))}
        {text('etternavn', (v) => v.trim() !== '' || t('husstand.felt.etternavn.mangler'))}
      </div>
      <Textfield
        id={id('fodselsdato')}
        type="date"
        className="date-field"
        label={t('husstand.felt.fodselsdato')}
        error={error('fodselsdato')}
        {...field('fodselsdato')}
      />
      <div className="form-grid">
        {text('telefon')}
        {text('epost')}
      </div>
    </div>
  );
}
