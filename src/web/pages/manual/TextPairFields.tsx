import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { Tekst } from '@/web/api/manualTypes';
import { fieldError } from '@/web/components/FormFeedback';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

/** A point's three texts, each in bokmål and nynorsk. */
export interface TextValues {
  tittel: Tekst;
  hva: Tekst;
  hvorfor: Tekst;
}

export type TextField = keyof TextValues;

export const TEXT_FIELDS: readonly TextField[] = ['tittel', 'hva', 'hvorfor'];

const LEGEND: Record<TextField, MessageId> = {
  tittel: 'manual.felt.tittel',
  hva: 'manual.felt.hva',
  hvorfor: 'manual.felt.hvorfor',
};

const MAX: Record<TextField, number> = { tittel: 200, hva: 4000, hvorfor: 4000 };

/** Field name → input id, in the order the fields appear (for the error summary). */
export function textFieldIds(prefix: string): [string, string][] {
  return TEXT_FIELDS.flatMap((field) => [
    [`${field}.nb`, `${prefix}-${field}-nb`] as [string, string],
    [`${field}.nn`, `${prefix}-${field}-nn`] as [string, string],
  ]);
}

interface Props {
  prefix: string;
  // biome-ignore lint/suspicious/noExplicitAny: shared by forms whose values extend TextValues
  register: UseFormRegister<any>;
  errors: FieldErrors<TextValues>;
}

/**
 * The title, "what to do" and "why" of a point, each as a group with a bokmål and a nynorsk
 * field (marked with `lang`, so screen readers read each in its own written standard).
 */
export function TextPairFields({ prefix, register, errors }: Props) {
  const t = useT();
  return (
    <>
      {TEXT_FIELDS.map((field) => (
        <Fieldset key={field} className="text-pair">
          <Fieldset.Legend>{t(LEGEND[field])}</Fieldset.Legend>
          {(['nb', 'nn'] as const).map((sprak) => (
            <Textfield
              key={sprak}
              id={`${prefix}-${field}-${sprak}`}
              lang={sprak}
              multiline={field !== 'tittel'}
              rows={field === 'tittel' ? undefined : 5}
              label={t(sprak === 'nb' ? 'manual.felt.bokmal' : 'manual.felt.nynorsk', {
                tekst: t(LEGEND[field]),
              })}
              error={fieldError(errors, `${field}.${sprak}`)}
              {...register(`${field}.${sprak}`, {
                validate: (value: string) =>
                  value.trim().length > 0 ||
                  t(sprak === 'nb' ? 'manual.felt.mangler.nb' : 'manual.felt.mangler.nn', {
                    tekst: t(LEGEND[field]),
                  }),
                maxLength: { value: MAX[field], message: t('felles.forLang', { antall: MAX[field] }) },
              })}
            />
          ))}
        </Fieldset>
      ))}
    </>
  );
}

/** Trimmed texts, as the API takes them. */
export function trimmed(values: TextValues): TextValues {
  const trim = (tekst: Tekst) => ({ nb: tekst.nb.trim(), nn: tekst.nn.trim() });
  return { tittel: trim(values.tittel), hva: trim(values.hva), hvorfor: trim(values.hvorfor) };
}
