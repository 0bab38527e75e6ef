import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { safeNext } from '@/web/auth/loginPath';
import { PlainLayout } from '@/web/components/PlainLayout';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { LoginForm } from '@/web/pages/login/LoginForm';
import { LoginNotice } from '@/web/pages/login/LoginNotice';

/** `/logg-inn` — `?neste=` is where to go afterwards, `?arsak=utlopt|utlogget` explains why we are here. */
export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  usePageTitle(t('login.tittel'));

  return (
    <PlainLayout>
      <div className="login">
        <Heading level={1} data-size="lg">
          {t('login.overskrift')}
        </Heading>
        <Paragraph className="login__lead">{t('login.ingress')}</Paragraph>
        <LoginNotice arsak={params.get('arsak')} />
        <LoginForm next={safeNext(params.get('neste'))} />
      </div>
    </PlainLayout>
  );
}
