import { Details, Paragraph } from '@digdir/designsystemet-react';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

/**
 * "Slik regnes det ut": the measure's written definition, folded beside it. The summary names the
 * measure for screen readers, since a page has many of them.
 */
export function Definisjon({ navn, definisjon }: { navn: string; definisjon: MessageId }) {
  const t = useT();
  return (
    <Details className="innsikt-definisjon" data-size="sm">
      <Details.Summary>
        {t('innsikt.slikRegnes')}
        <span className="ds-sr-only">: {navn}</span>
      </Details.Summary>
      <Details.Content>
        <Paragraph data-size="sm">{t(definisjon)}</Paragraph>
      </Details.Content>
    </Details>
  );
}
