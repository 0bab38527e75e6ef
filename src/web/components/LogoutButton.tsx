import { Button } from '@digdir/designsystemet-react';
import { LeaveIcon } from '@navikt/aksel-icons';
import { useLogout } from '@/web/auth/useLogout';
import { useT } from '@/web/i18n/useT';

export function LogoutButton() {
  const t = useT();
  const logout = useLogout();
  return (
    <Button
      type="button"
      variant="secondary"
      data-size="sm"
      loading={logout.isPending}
      onClick={() => logout.mutate()}
    >
      {!logout.isPending && <LeaveIcon aria-hidden />}
      {t('shell.loggUt')}
    </Button>
  );
}
