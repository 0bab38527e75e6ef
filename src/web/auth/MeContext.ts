import { createContext } from 'react';
import type { Me } from '@/web/api/types';

/** The signed-in user, provided by the shell once the session is known. */
export const MeContext = createContext<Me | null>(null);
