import { createContext } from 'react';
import type { Sprak } from '@/web/api/types';

export interface LocaleContextValue {
  /** The active language: the signed-in user's saved language, else this device's choice. */
  locale: Sprak;
  /** Change the language used before anyone is signed in. */
  setDeviceLocale: (sprak: Sprak) => void;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);
