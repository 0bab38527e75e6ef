import { useCallback, useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyServerErrors, isConflict } from '@/web/components/serverErrors';
import { useT } from '@/web/i18n/useT';

/**
 * What a form shows after a failed submit: field messages (set on the form), a message that is not
 * about one field, or a version conflict. `attempt` changes on every failed submit, so the error
 * summary (keyed by it) takes focus again.
 */
export function useFormFeedback<T extends FieldValues>(
  setError: UseFormSetError<T>,
  names: readonly string[],
) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const onInvalid = useCallback(() => {
    setMessage(null);
    setAttempt((n) => n + 1);
  }, []);

  const onServerError = useCallback(
    (error: unknown) => {
      if (isConflict(error)) {
        setConflict(true);
        setMessage(null);
      } else {
        setMessage(applyServerErrors(error, setError, names, t));
      }
      setAttempt((n) => n + 1);
    },
    [setError, names, t],
  );

  const reset = useCallback(() => {
    setMessage(null);
    setConflict(false);
  }, []);

  return {
    attempt,
    message,
    conflict,
    onInvalid,
    onServerError,
    reset,
    clearConflict: () => setConflict(false),
  };
}
