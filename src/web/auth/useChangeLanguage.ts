import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Sprak } from '@/web/api/types';
import { updateLanguage } from '@/web/api/updateLanguage';
import { sessionQuery } from '@/web/auth/sessionState';
import { useSession } from '@/web/auth/useSession';
import { useLocale } from '@/web/i18n/useLocale';

/**
 * Switch language. Signed in: saved on the user with `PUT /api/me/language`, and the UI follows the
 * answer. Signed out: remembered on this device only.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const session = useSession();
  const { setDeviceLocale } = useLocale();
  const mutation = useMutation({
    mutationFn: updateLanguage,
    onSuccess: (me) => {
      queryClient.setQueryData(sessionQuery.queryKey, (old) =>
        old?.status === 'authenticated' ? { ...old, user: me } : old,
      );
    },
  });

  const signedIn = session?.status === 'authenticated';
  const change = async (sprak: Sprak): Promise<void> => {
    if (signedIn) {
      await mutation.mutateAsync(sprak);
    } else {
      setDeviceLocale(sprak);
    }
  };

  return {
    change,
    isPending: mutation.isPending,
    pendingSprak: mutation.isPending ? mutation.variables : undefined,
    error: mutation.error,
    reset: mutation.reset,
  };
}
