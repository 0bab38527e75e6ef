import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Kollega } from '@/web/api/barnTypes';
import { listUsers } from '@/web/api/listUsers';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { KONTAKTPERSON_ROLLER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** Colleagues who may be a child's contact person (needs `user:list`), and how to name them in a list. */
export function useColleagues() {
  const t = useT();
  const me = useMe();
  const labels = useLabels();
  const query = useQuery({
    queryKey: queryKeys.users,
    queryFn: listUsers,
    enabled: harTillatelse(me, Tillatelse.userList),
    staleTime: 5 * 60_000,
  });
  const kontaktpersoner = (query.data?.items ?? []).filter((user) =>
    KONTAKTPERSON_ROLLER.includes(user.rolle),
  );
  const label = useCallback(
    (user: Kollega) => {
      if (user.id === me.id) return t('kollega.meg', { navn: user.navn });
      return user.team
        ? t('kollega.medTeam', { navn: user.navn, rolle: labels.rolle(user.rolle), team: user.team.navn })
        : t('kollega.utenTeam', { navn: user.navn, rolle: labels.rolle(user.rolle) });
    },
    [t, me.id, labels],
  );
  return { query, kontaktpersoner, label };
}
