import type { FieldErrors, FieldValues } from 'react-hook-form';
import { get } from 'react-hook-form';
import { FormErrorSummary, type SummaryItem } from '@/web/components/FormErrorSummary';
import { useT } from '@/web/i18n/useT';

interface Props<T extends FieldValues> {
  errors: FieldErrors<T>;
  /**
   * Form field name → the id of its input, in the order the fields appear; optionally the group
   * the field belongs to ("Person 2"), so that repeated fields can be told apart in the summary.
   */
  fieldIds: ([string, string] | [string, string, string])[];
  /** A message that is not about one field (from the server). */
  message: string | null;
  attempt: number;
}

/** The error summary for a form: one link per field message, plus any message about the whole form. */
export function FormFeedback<T extends FieldValues>({ errors, fieldIds, message, attempt }: Props<T>) {
  const t = useT();
  const items: SummaryItem[] = fieldIds.flatMap(([name, fieldId, gruppe]) => {
    const error = get(errors, name) as { message?: unknown } | undefined;
    if (typeof error?.message !== 'string' || !error.message) return [];
    const message = gruppe ? t('skjema.feltIGruppe', { gruppe, melding: error.message }) : error.message;
    return [{ fieldId, message }];
  });
  if (items.length === 0 && !message) return null;
  return (
    <FormErrorSummary
      key={attempt}
      heading={t('skjema.rettOpp')}
      description={message ?? undefined}
      items={items}
    />
  );
}

/** The message to show at one field, if any. */
export function fieldError<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const error = get(errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' && error.message ? error.message : undefined;
}
