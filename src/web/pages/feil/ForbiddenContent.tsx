import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';

/** A signed-in user opened a page their role does not give access to. */
export function ForbiddenContent() {
  const t = useT();
  usePageTitle(t('ingenTilgang.tittel'));
  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {t('ingenTilgang.tittel')}
      </Heading>
      <Paragraph>{t('ingenTilgang.tekst')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('felles.tilOversikten')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
