import { useContext } from 'react';
import type { Me } from '@/web/api/types';
import { MeContext } from '@/web/auth/MeContext';

/** The signed-in user. Only for components inside the signed-in shell. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside the signed-in shell');
  return me;
}
