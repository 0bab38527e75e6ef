import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ProgramFacts } from '@/web/pages/program/ProgramFacts';
import { programmesQuery } from '@/web/pages/program/usePrograms';
import '@/web/pages/program/program.css';

/** `/programmer` — the programmes the service runs: what each is, for whom, and how it is planned. */
export function ProgramLibraryPage() {
  const t = useT();
  usePageTitle(t('program.bibliotek.tittel'));
  const query = useQuery(programmesQuery);

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('program.bibliotek.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('program.bibliotek.ingress')}</Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data &&
        (query.data.length === 0 ? (
          <Paragraph>{t('program.bibliotek.ingen')}</Paragraph>
        ) : (
          <ul className="program-library">
            {query.data.map((def) => (
              <li key={def.id}>
                <Card data-color="neutral" className="program-library__card">
                  <Heading level={2} data-size="sm">
                    <Link asChild>
                      <RouterLink to={`/programmer/bibliotek/${def.id}`}>{def.navn}</RouterLink>
                    </Link>
                  </Heading>
                  <Paragraph data-size="sm">{def.beskrivelse}</Paragraph>
                  <ProgramFacts def={def} />
                </Card>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
