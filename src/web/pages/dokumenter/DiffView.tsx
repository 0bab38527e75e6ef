import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { FeltDiff } from '@/web/api/dokumentTypes';
import { useT } from '@/web/i18n/useT';

/**
 * What changed, field by field: additions underlined in green, removals struck through in red, and
 * both said in words for screen readers (never colour alone).
 */
export function DiffView({ felter }: { felter: FeltDiff[] }) {
  const t = useT();
  if (felter.length === 0) return <Paragraph className="empty-state">{t('dokument.diff.ingen')}</Paragraph>;
  return (
    <ol className="doc-diff">
      {felter.map((felt) => (
        <li key={felt.feltId} className="doc-diff__field">
          <Heading level={3} data-size="2xs">
            {felt.etikett}
          </Heading>
          <p className="doc-diff__text">
            {felt.deler.map((del, index) => {
              const key = `${index}-${del.type}`;
              if (del.type === 'lagt_til') {
                return (
                  <ins key={key} className="doc-diff__added">
                    <span className="ds-sr-only">[{t('dokument.diff.lagtTil')}: </span>
                    {del.tekst}
                    <span className="ds-sr-only">]</span>
                  </ins>
                );
              }
              if (del.type === 'fjernet') {
                return (
                  <del key={key} className="doc-diff__removed">
                    <span className="ds-sr-only">[{t('dokument.diff.fjernet')}: </span>
                    {del.tekst}
                    <span className="ds-sr-only">]</span>
                  </del>
                );
              }
              return <span key={key}>{del.tekst}</span>;
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Explains the marks before the first change. */
export function DiffLegend() {
  const t = useT();
  return (
    <Paragraph data-size="sm" className="doc-diff__legend">
      {t('dokument.diff.forklaring')} <ins className="doc-diff__added">{t('dokument.diff.lagtTil')}</ins>{' '}
      <del className="doc-diff__removed">{t('dokument.diff.fjernet')}</del>
    </Paragraph>
  );
}
