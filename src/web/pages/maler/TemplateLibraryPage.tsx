import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { KATEGORIER, useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { templatesQuery } from '@/web/pages/dokumenter/useDocument';
import '@/web/pages/dokumenter/dokumenter.css';
import { TemplateFacts } from '@/web/pages/maler/TemplateFacts';

/**
 * `/maler` — the template library, by category: what each template is for, who it is about,
 * whether the result needs approval, and the årshjul task it completes.
 */
export function TemplateLibraryPage() {
  const t = useT();
  const labels = useDokumentLabels();
  usePageTitle(t('maler.tittel'));
  const query = useQuery(templatesQuery);

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('maler.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('maler.ingress')}</Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <>
          <nav aria-label={t('maler.kategorier')} className="template-toc">
            <ul>
              {KATEGORIER.filter((k) => query.data.items.some((m) => m.kategori === k)).map((k) => (
                <li key={k}>
                  <Link href={`#kategori-${k}`}>{labels.kategori(k)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          {KATEGORIER.map((kategori) => {
            const items = query.data.items
              .filter((m) => m.kategori === kategori)
              .sort((a, b) => labels.tekst(a.tittel).localeCompare(labels.tekst(b.tittel), 'nb'));
            if (items.length === 0) return null;
            return (
              <section key={kategori} aria-labelledby={`kategori-${kategori}`} className="template-group">
                <Heading level={2} data-size="md" id={`kategori-${kategori}`} tabIndex={-1}>
                  {labels.kategori(kategori)}
                </Heading>
                <ul className="template-list">
                  {items.map((mal) => (
                    <li key={mal.id}>
                      <Card data-color="neutral" className="template-card">
                        <Heading level={3} data-size="xs">
                          <Link asChild>
                            <RouterLink to={`/maler/${mal.id}`}>{labels.tekst(mal.tittel)}</RouterLink>
                          </Link>
                        </Heading>
                        {!mal.aktiv && (
                          <Paragraph data-size="sm">
                            <Tag data-color="neutral" data-size="sm">
                              {t('katalog.mal.av')}
                            </Tag>{' '}
                            <Link asChild>
                              <RouterLink to={`/skattekart/${mal.produkter[0] ?? ''}`}>
                                {t('katalog.mal.seProdukt')}
                              </RouterLink>
                            </Link>
                          </Paragraph>
                        )}
                        {(mal.tilpasset || mal.basisEndret) && (
                          <div className="tag-row">
                            {mal.tilpasset && (
                              <Tag data-color="info" data-size="sm">
                                {t('maler.tilpasset')}
                              </Tag>
                            )}
                            {mal.basisEndret && (
                              <Tag data-color="warning" data-size="sm">
                                {t('maler.basisEndret.kort')}
                              </Tag>
                            )}
                          </div>
                        )}
                        <Paragraph data-size="sm">{labels.tekst(mal.formal)}</Paragraph>
                        <TemplateFacts
                          malId={mal.id}
                          gjelder={mal.gjelder}
                          godkjenning={mal.godkjenning}
                          oppgaveRegel={mal.oppgaveRegel}
                          versjon={mal.versjon}
                        />
                      </Card>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
