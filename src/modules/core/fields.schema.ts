import { z } from 'zod';

/**
 * Small field schemas shared by the modules' request and response schemas. Each is defined once
 * here so that a date or a free-text field is validated, typed and documented alike everywhere.
 */

/** A civil date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** Required text: trimmed, at least one character, at most `max`. */
export const text = (max = 200) => z.string().trim().min(1).max(max);

/** Optional text: trimmed, at most `max`; empty (or only spaces) is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
