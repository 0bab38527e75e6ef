import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/web/api/problem';
import { problemMessage } from '@/web/components/problemMessage';
import type { MessageId } from '@/web/i18n/messages';

/** 409 `conflict`: someone saved the record after this form was opened. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'conflict';
}

/** 403 `purpose_required`: the record is outside the caseload; a purpose opens it read-only. */
export function isPurposeRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code === 'purpose_required';
}

/**
 * The form field a server message belongs to: the exact name, or the nearest parent the form
 * knows ('sprak.0' → 'sprak').
 */
export function formFieldFor(field: string, names: readonly string[]): string | null {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (names.includes(candidate)) return candidate;
  }
  return null;
}

/**
 * Puts the server's field messages (already in the user's language) on the form's fields.
 * Returns a message for what could not be placed at a field, or null when all of it was.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  names: readonly string[],
  t: (id: MessageId) => string,
): string | null {
  const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
  const unplaced: string[] = [];
  const placed = new Set<string>();
  for (const item of fieldErrors) {
    const name = formFieldFor(item.field, names);
    if (name && !placed.has(name)) {
      placed.add(name);
      setError(name as Path<T>, { type: 'server', message: item.message });
    } else if (!name) {
      unplaced.push(item.message);
    }
  }
  if (placed.size > 0 && unplaced.length === 0) return null;
  return unplaced.length > 0 ? unplaced.join(' ') : problemMessage(error, t);
}
