import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';
import type { Seksjon } from '@/web/api/dokumentTypes';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { SectionGuidance } from '@/web/pages/dokumenter/SectionGuidance';

interface Props {
  seksjon: Seksjon;
  /** Show the guidance (the editor and the template preview do; a finished document does not). */
  medVeiledning?: boolean;
  /** A mark beside the title (e.g. "added by the service"). */
  merke?: ReactNode;
  children: ReactNode;
}

/** One section: title, legal basis, whether it is a working section, guidance, and its fields. */
export function DocumentSection({ seksjon, medVeiledning = true, merke, children }: Props) {
  const t = useT();
  const labels = useDokumentLabels();
  const headingId = useId();
  return (
    <section className="doc-section" aria-labelledby={headingId}>
      <div className="doc-section__head">
        <Heading level={2} data-size="sm" id={headingId}>
          {labels.tekst(seksjon.tittel)}
        </Heading>
        {(seksjon.hjemmel || seksjon.intern || merke) && (
          <div className="tag-row">
            {seksjon.hjemmel && (
              <Paragraph data-size="sm" className="subtle doc-section__basis">
                {t('dokument.hjemmel', { hjemmel: seksjon.hjemmel })}
              </Paragraph>
            )}
            {seksjon.intern && (
              <Tag data-color="info" data-size="sm">
                {t('dokument.seksjon.intern')}
              </Tag>
            )}
            {merke}
          </div>
        )}
      </div>
      <div className={medVeiledning ? 'doc-section__body' : 'doc-section__body doc-section__body--plain'}>
        {medVeiledning && <SectionGuidance tekst={labels.tekst(seksjon.veiledning)} />}
        <div className="doc-section__fields">{children}</div>
      </div>
    </section>
  );
}
