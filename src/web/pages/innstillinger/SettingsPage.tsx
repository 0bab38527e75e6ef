import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { LanguageForm } from '@/web/pages/innstillinger/LanguageForm';
import { CalendarFeedSection } from '@/web/pages/oppgaver/CalendarFeedSection';

/** `/innstillinger` — personal settings: language, and the calendar feed of one's tasks. */
export function SettingsPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('innstillinger.tittel'));
  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {t('innstillinger.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('innstillinger.ingress')}</Paragraph>
      <LanguageForm />
      {harTillatelse(me, Tillatelse.barnList) && <CalendarFeedSection />}
    </div>
  );
}
