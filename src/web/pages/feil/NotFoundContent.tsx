import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';

export function NotFoundContent({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  usePageTitle(t('ikkeFunnet.tittel'));
  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {t('ikkeFunnet.tittel')}
      </Heading>
      <Paragraph>{t('ikkeFunnet.tekst')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{signedIn ? t('felles.tilOversikten') : t('felles.tilInnlogging')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
