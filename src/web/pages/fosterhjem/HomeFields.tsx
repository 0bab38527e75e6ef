import { Textfield } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { kommunenavn } from '@/web/i18n/kommuner';
import { useT } from '@/web/i18n/useT';

/** The foster home's own fields as typed in a form. */
export interface HomeValues {
  navn: string;
  adresse: string;
  postnummer: string;
  poststed: string;
  kommunenummer: string;
  godkjentDato: string;
}

export const HOME_FELT: (keyof HomeValues)[] = [
  'navn',
  'adresse',
  'postnummer',
  'poststed',
  'kommunenummer',
  'godkjentDato',
];

export type HomeRule = (value: string) => true | string;

interface Props {
  idPrefix: string;
  field: (name: keyof HomeValues, validate?: HomeRule) => UseFormRegisterReturn;
  error: (name: keyof HomeValues) => string | undefined;
  /** The municipality number typed so far, to name it below the field. */
  kommunenummer: string;
}

/** Name, address, municipality and approval date of a foster home. */
export function HomeFields({ idPrefix, field, error, kommunenummer }: Props) {
  const t = useT();
  const id = (name: keyof HomeValues) => `${idPrefix}-${name}`;
  const kommune = /^\d{4}$/.test(kommunenummer) ? kommunenavn(kommunenummer) : null;
  const fourDigits =
    (message: string): HomeRule =>
    (v) =>
      v.trim() === '' || /^\d{4}$/.test(v.trim()) || message;

  return (
    <div className="member-fields">
      <Textfield
        id={id('navn')}
        label={t('fosterhjem.felt.navn')}
        description={t('fosterhjem.felt.navn.beskrivelse')}
        autoComplete="off"
        error={error('navn')}
        {...field('navn', (v) => v.trim() !== '' || t('fosterhjem.felt.navn.mangler'))}
      />
      <Textfield
        id={id('adresse')}
        label={t('fosterhjem.felt.adresse')}
        autoComplete="off"
        error={error('adresse')}
        {...field('adresse')}
      />
      <div className="form-grid form-grid--postal">
        <Textfield
          id={id('postnummer')}
          label={t('fosterhjem.felt.postnummer')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          error={error('postnummer')}
          {...field('postnummer', fourDigits(t('fosterhjem.felt.postnummer.format')))}
        />
        <Textfield
          id={id('poststed')}
          label={t('fosterhjem.felt.poststed')}
          autoComplete="off"
          error={error('poststed')}
          {...field('poststed')}
        />
      </div>
      <Textfield
        id={id('kommunenummer')}
        label={t('fosterhjem.felt.kommunenummer')}
        description={
          kommune
            ? t('fosterhjem.felt.kommunenummer.er', { kommune })
            : t('fosterhjem.felt.kommunenummer.beskrivelse')
        }
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        error={error('kommunenummer')}
        {...field('kommunenummer', fourDigits(t('fosterhjem.felt.kommunenummer.format')))}
      />
      <Textfield
        id={id('godkjentDato')}
        type="date"
        className="date-field"
        label={t('fosterhjem.felt.godkjentDato')}
        error={error('godkjentDato')}
        {...field('godkjentDato')}
      />
    </div>
  );
}

export function toHomeInput(values: HomeValues) {
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    navn: values.navn.trim(),
    adresse: blank(values.adresse),
    postnummer: blank(values.postnummer),
    poststed: blank(values.poststed),
    kommunenummer: blank(values.kommunenummer),
    godkjentDato: values.godkjentDato || null,
  };
}
