import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Mal } from '@/web/api/dokumentTypes';
import { useT } from '@/web/i18n/useT';
import { DocumentSection } from '@/web/pages/dokumenter/DocumentSection';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';

interface Props {
  mal: Mal;
  /** Sections whose guidance the service has written itself. */
  egenVeiledning: Set<string>;
}

/** Every section with its guidance and its fields (type, required, guidance, choices), read-only. */
export function TemplatePreview({ mal, egenVeiledning }: Props) {
  const t = useT();
  const labels = useDokumentLabels();
  return (
    <div className="template-preview">
      {mal.seksjoner.map((seksjon) => (
        <DocumentSection
          key={seksjon.id}
          seksjon={seksjon}
          merke={
            seksjon.id.startsWith('lokal_') ? (
              <Tag data-color="accent" data-size="sm">
                {t('maler.seksjon.lokal')}
              </Tag>
            ) : egenVeiledning.has(seksjon.id) ? (
              <Tag data-color="accent" data-size="sm">
                {t('maler.seksjon.egenVeiledning')}
              </Tag>
            ) : undefined
          }
        >
          <ul className="template-fields">
            {seksjon.felter.map((felt) => (
              <li key={felt.id} className="template-field">
                <p className="template-field__label">{labels.tekst(felt.etikett)}</p>
                <Paragraph data-size="sm" className="subtle">
                  {labels.felttype(felt.type)}
                  {felt.pakrevd ? ` · ${t('maler.felt.pakrevd')}` : ''}
                </Paragraph>
                {felt.veiledning && <Paragraph data-size="sm">{labels.tekst(felt.veiledning)}</Paragraph>}
                {felt.valg && felt.valg.length > 0 && (
                  <ul className="doc-value-list" aria-label={t('maler.felt.valg')}>
                    {felt.valg.map((v) => (
                      <li key={v.verdi}>{labels.tekst(v.etikett)}</li>
                    ))}
                  </ul>
                )}
                {felt.standardtekst && (
                  <Paragraph data-size="sm" className="prewrap template-field__default">
                    <span className="subtle">{t('maler.felt.standardtekst')} </span>
                    {labels.tekst(felt.standardtekst)}
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        </DocumentSection>
      ))}
    </div>
  );
}
