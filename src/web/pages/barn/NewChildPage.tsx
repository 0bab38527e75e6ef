import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { NewChildForm } from '@/web/pages/barn/NewChildForm';

/** `/barn/ny` — register a child (barn:create). */
export function NewChildPage() {
  const t = useT();
  usePageTitle(t('barn.ny.tittel'));
  return (
    <div className="page page--narrow">
      <Link asChild>
        <RouterLink to="/barn">{t('barn.tilbakeTilListen')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('barn.ny.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('barn.ny.ingress')}</Paragraph>
      <NewChildForm />
    </div>
  );
}
