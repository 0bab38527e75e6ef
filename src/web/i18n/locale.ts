import type { Sprak } from '@/web/api/types';

export const SPRAK_STORAGE_KEY = 'landsby.sprak';
export const SPRAAK: readonly Sprak[] = ['nb', 'nn'];
export const DEFAULT_SPRAK: Sprak = 'nb';
export const TIME_ZONE = 'Europe/Oslo';

/**
 * The locale to hand to Intl for dates, numbers and sorting. Chromium ships without nynorsk
 * date data (`Intl.DateTimeFormat.supportedLocalesOf(['nn'])` is empty) and would silently fall
 * back to the browser's language (often en-US: "6:18 PM"); bokmål formats dates the same way.
 */
export function formattingLocale(sprak: Sprak): Sprak {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([sprak]).length > 0 ? sprak : 'nb';
  } catch {
    return 'nb';
  }
}

export function isSprak(value: unknown): value is Sprak {
  return value === 'nb' || value === 'nn';
}

/** The language chosen on this device before anyone signed in (or by the last user). */
export function readStoredSprak(): Sprak {
  try {
    const stored = window.localStorage.getItem(SPRAK_STORAGE_KEY);
    return isSprak(stored) ? stored : DEFAULT_SPRAK;
  } catch {
    return DEFAULT_SPRAK;
  }
}

export function storeSprak(sprak: Sprak): void {
  try {
    window.localStorage.setItem(SPRAK_STORAGE_KEY, sprak);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}
