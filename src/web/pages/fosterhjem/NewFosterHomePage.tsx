import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { NewFosterHomeForm } from '@/web/pages/fosterhjem/NewFosterHomeForm';

/** `/fosterhjem/ny` — register a foster home with its household (fosterhjem:create). */
export function NewFosterHomePage() {
  const t = useT();
  usePageTitle(t('fosterhjem.ny.tittel'));
  return (
    <div className="page page--narrow">
      <Link asChild>
        <RouterLink to="/fosterhjem">{t('fosterhjem.tilbakeTilListen')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('fosterhjem.ny.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('fosterhjem.ny.ingress')}</Paragraph>
      <NewFosterHomeForm />
    </div>
  );
}
