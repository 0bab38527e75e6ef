import { describe, expect, it } from 'vitest';
import { ApiError } from '@/web/api/problem';
import {
  applyServerErrors,
  formFieldFor,
  isConflict,
  isPurposeRequired,
} from '@/web/components/serverErrors';

const t = (id: string) => id;

describe('server errors on a form', () => {
  it('finds the field, or its nearest known parent', () => {
    expect(formFieldFor('fornavn', ['fornavn'])).toBe('fornavn');
    expect(formFieldFor('sprak.0', ['sprak'])).toBe('sprak');
    expect(formFieldFor('medlemmer.1.fornavn', ['medlemmer.1.fornavn', 'medlemmer'])).toBe(
      'medlemmer.1.fornavn',
    );
    expect(formFieldFor('ukjent', ['fornavn'])).toBeNull();
  });

  it('puts each message on its field and reports what is left over', () => {
    const set: Record<string, string | undefined> = {};
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      detail: 'Noen felt er ikke fylt ut riktig.',
      errors: [
        { field: 'fornavn', code: 'required', message: 'Fyll ut feltet.' },
        { field: 'teamId', code: 'invalid', message: 'Verdien er ugyldig.' },
      ],
    });
    const rest = applyServerErrors(
      error,
      (name, value) => {
        set[name] = value.message;
      },
      ['fornavn', 'etternavn'],
      t,
    );
    expect(set).toEqual({ fornavn: 'Fyll ut feltet.' });
    expect(rest).toBe('Verdien er ugyldig.');
  });

  it('falls back to the problem detail when no field is named', () => {
    const error = new ApiError({ status: 403, code: 'forbidden', detail: 'Du har ikke tilgang til dette.' });
    expect(applyServerErrors(error, () => undefined, ['fornavn'], t)).toBe('Du har ikke tilgang til dette.');
  });

  it('tells conflicts and purpose requests apart', () => {
    expect(isConflict(new ApiError({ status: 409, code: 'conflict' }))).toBe(true);
    expect(isConflict(new ApiError({ status: 409, code: 'duplicate' }))).toBe(false);
    expect(isPurposeRequired(new ApiError({ status: 403, code: 'purpose_required' }))).toBe(true);
    expect(isPurposeRequired(new ApiError({ status: 403, code: 'forbidden' }))).toBe(false);
  });
});
