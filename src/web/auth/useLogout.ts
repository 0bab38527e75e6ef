import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '@/web/api/logout';
import { queryKeys } from '@/web/api/queryKeys';
import { loginPath } from '@/web/auth/loginPath';
import { anonymous, sessionQuery } from '@/web/auth/sessionState';

/** Sign out on the server, forget everything cached, and show the login page with a notice. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Even if the server call fails (the session may already be gone) the person is signed out here.
    onSettled: () => {
      queryClient.setQueryData(sessionQuery.queryKey, anonymous('logged_out'));
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      navigate(loginPath({ reason: 'logged_out' }), { replace: true });
    },
  });
}
