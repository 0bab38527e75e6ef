import { Button } from '@digdir/designsystemet-react';
import { type ReactNode, useMemo, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';

/**
 * Form field name → the id of its input, in the order the fields appear (the error summary links);
 * optionally the group the field belongs to ("Voksen 2"), to tell repeated fields apart.
 */
export type DialogFieldIds = ([string, string] | [string, string, string])[];

interface Options<T extends FieldValues> {
  /** The fields and their inputs (see `DialogFieldIds`). */
  fieldIds: DialogFieldIds;
  /** The field names the server may name; by default those in `fieldIds`. Keep it stable (a constant). */
  names?: readonly string[];
  /** Saves and closes; what it throws is shown: field messages, a message, or a version conflict. */
  submit: (values: T) => Promise<void>;
  /** Fetches the latest saved version after a 409; without it the form shows no conflict alert. */
  reload?: () => Promise<void>;
}

/**
 * The submit side of a form in a dialog (`FormDialog`): client checks, then `submit`; a failed save
 * puts the server's field messages on the fields and moves focus to the error summary (or to the
 * conflict alert). Give `useForm` `shouldFocusError: false`, since the summary takes focus instead.
 * Render the result with `<DialogForm form={…}>`.
 */
export function useDialogForm<T extends FieldValues>(
  form: UseFormReturn<T>,
  { fieldIds, names, submit, reload }: Options<T>,
) {
  const serverNames = useMemo(() => names ?? fieldIds.map(([name]) => name), [names, fieldIds]);
  const feedback = useFormFeedback(form.setError, serverNames);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  const onValid = async (values: T) => {
    feedback.reset();
    // A new conflict after fetching offers to fetch again.
    setReloaded(false);
    try {
      await submit(values);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  // Someone saved meanwhile: fetch the latest, keep what was typed; the next save builds on it.
  // A failed fetch is said above the fields; the offer to fetch stays.
  const onReload = async () => {
    setReloading(true);
    try {
      await reload?.();
      setReloaded(true);
    } catch (error) {
      feedback.onServerError(error);
    } finally {
      setReloading(false);
    }
  };

  return {
    onSubmit: form.handleSubmit(onValid, feedback.onInvalid),
    errors: form.formState.errors,
    submitting: form.formState.isSubmitting,
    fieldIds,
    feedback,
    conflict: reload && feedback.conflict ? { reloading, reloaded, onReload } : null,
  };
}

export type DialogFormState<T extends FieldValues> = ReturnType<typeof useDialogForm<T>>;

interface Props<T extends FieldValues> {
  form: DialogFormState<T>;
  submitLabel: string;
  onCancel: () => void;
  /** The fields, each with the id named in `fieldIds`. */
  children: ReactNode;
}

/**
 * A form in a dialog: the conflict alert and the error summary above the fields, then the save
 * and cancel buttons. Shared by the dialog forms of programmes, samvær, the foster family,
 * recruitment, the kinship search and re-recruitment.
 */
export function DialogForm<T extends FieldValues>({ form, submitLabel, onCancel, children }: Props<T>) {
  const t = useT();
  const { feedback } = form;
  return (
    <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
      {form.conflict && <ConflictAlert attempt={feedback.attempt} {...form.conflict} />}
      <FormFeedback
        errors={form.errors}
        fieldIds={form.fieldIds}
        message={feedback.message}
        attempt={feedback.attempt}
      />
      {children}
      <div className="form-actions">
        <Button type="submit" loading={form.submitting}>
          {submitLabel}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </form>
  );
}
