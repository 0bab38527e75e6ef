import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useMediaQuery } from '@/web/components/useMediaQuery';
import { useT } from '@/web/i18n/useT';

/** Wide enough for guidance beside the fields; below it, guidance folds away above them. */
export const TO_KOLONNER = '(min-width: 60rem)';

/**
 * A section's guidance (veiledende tekst): beside the fields on wide screens, and a fold-out
 * above them on narrow ones, so the fields stay close on a phone.
 */
export function SectionGuidance({ tekst, level = 3 }: { tekst: string; level?: 3 | 4 }) {
  const t = useT();
  const headingId = useId();
  const wide = useMediaQuery(TO_KOLONNER);
  const paragraphs = tekst.split(/\n{2,}/);
  const body = paragraphs.map((p) => (
    <Paragraph key={p.slice(0, 40)} data-size="sm">
      {p}
    </Paragraph>
  ));
  if (wide) {
    return (
      <div className="doc-guidance" role="note" aria-labelledby={headingId}>
        <Heading level={level} data-size="2xs" id={headingId} className="doc-guidance__heading">
          {t('dokument.veiledning')}
        </Heading>
        {body}
      </div>
    );
  }
  return (
    <Details className="doc-guidance doc-guidance--folded">
      <Details.Summary>{t('dokument.veiledning')}</Details.Summary>
      <Details.Content>{body}</Details.Content>
    </Details>
  );
}
