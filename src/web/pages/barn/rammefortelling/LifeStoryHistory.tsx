import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { listLifeStoryVersions } from '@/web/api/listLifeStoryVersions';
import { queryKeys } from '@/web/api/queryKeys';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { Timestamp } from '@/web/components/Timestamp';
import { useT } from '@/web/i18n/useT';

/** "Vis historikk": every saved version of a part, newest first (reading it is logged). */
export function LifeStoryHistory({ delId }: { delId: string }) {
  const t = useT();
  const headingId = useId();
  const query = useQuery({
    queryKey: queryKeys.lifeStoryVersions(delId),
    queryFn: () => listLifeStoryVersions(delId),
  });
  return (
    <section className="life-story__history" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('rammefortelling.historikk')}
      </Heading>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {query.data && (
        <ol className="version-list">
          {query.data.items.map((versjon) => (
            <li key={versjon.version} className="version-list__item">
              <Paragraph data-size="sm">
                <strong>{t('rammefortelling.versjonTittel', { versjon: versjon.version })}</strong>
                {' · '}
                {versjon.forfatter.navn} <Timestamp value={versjon.lagret} />
              </Paragraph>
              <Paragraph data-size="sm">
                <strong>{versjon.tittel}</strong>
                {versjon.periode && ` (${versjon.periode})`}
              </Paragraph>
              <div className="prewrap version-list__text">{versjon.tekst}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
