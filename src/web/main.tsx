import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import '@/web/theme.css';
import '@/web/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/web/App';
import { setUnauthorizedHandler } from '@/web/api/client';
import { queryKeys } from '@/web/api/queryKeys';
import { LOGIN_PATH, loginPath } from '@/web/auth/loginPath';
import { anonymous, reasonFromCode, sessionQuery } from '@/web/auth/sessionState';
import { readStoredSprak } from '@/web/i18n/locale';
import { createQueryClient } from '@/web/queryClient';
import { createAppRouter } from '@/web/router';

// Right language for assistive technology from the first paint; LocaleProvider keeps it in step.
document.documentElement.lang = readStoredSprak();

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// Any API call answering 401: the session is gone. Forget cached data and go to the login page,
// with the "session expired" notice when the server says so, and come back here afterwards.
setUnauthorizedHandler((code) => {
  const reason = reasonFromCode(code);
  queryClient.setQueryData(sessionQuery.queryKey, anonymous(reason));
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
  const { pathname, search } = router.state.location;
  if (pathname !== LOGIN_PATH) {
    router.navigate(loginPath({ next: `${pathname}${search}`, reason }), { replace: true });
  }
});

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}
