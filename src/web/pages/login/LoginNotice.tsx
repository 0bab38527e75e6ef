import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';

/** Why the person is on the login page: the session ran out, or they just logged out. */
export function LoginNotice({ arsak }: { arsak: string | null }) {
  const t = useT();
  if (arsak === 'utlopt') {
    return (
      <Alert data-color="warning" className="login__notice">
        <Paragraph>{t('login.utlopt')}</Paragraph>
      </Alert>
    );
  }
  if (arsak === 'utlogget') {
    return (
      <Alert data-color="info" className="login__notice">
        <Paragraph>{t('login.utlogget')}</Paragraph>
      </Alert>
    );
  }
  return null;
}
