import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';

/** Something unexpected broke while showing a page. No technical details are shown. */
export function ErrorContent() {
  const t = useT();
  usePageTitle(t('feilside.tittel'));
  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {t('feilside.tittel')}
      </Heading>
      <Paragraph>{t('feilside.tekst')}</Paragraph>
      <Paragraph>
        {/* A full page load on purpose: it starts the app afresh. */}
        <Link href="/">{t('felles.tilForsiden')}</Link>
      </Paragraph>
    </div>
  );
}
