import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/web/api/problem';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { malgruppeFor, useProgramLabels } from '@/web/pages/program/programLabels';
import { RunDownloads } from '@/web/pages/program/RunDownloads';
import { RunHeader } from '@/web/pages/program/RunHeader';
import { SessionItem } from '@/web/pages/program/SessionItem';
import { programmeQuery, programmeRunQuery } from '@/web/pages/program/usePrograms';
import '@/web/pages/program/program.css';

const storForbokstav = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

/**
 * `/programmer/:runId` — one run of En god start (a foster home) or Veien videre (a parent): who it
 * is for, whether it is accepted and what to do next; every session with its time, status and
 * record, and beside it the session's goal, tools and guidance; the desk calendar and .ics file.
 */
export function ProgramRunPage() {
  const t = useT();
  const labels = useProgramLabels();
  const { runId = '' } = useParams();
  const query = useQuery(programmeRunQuery(runId));
  const programId = query.data?.programId ?? '';
  const definisjon = useQuery({ ...programmeQuery(programId), enabled: programId !== '' });
  // Names are personal data: the window title (kept in history) carries the programme only.
  usePageTitle(query.data?.programNavn ?? t('program.tittel'));

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    const error = query.error;
    if (isApiError(error) && (error.status === 404 || error.status === 400))
      return <NotFoundContent signedIn />;
    if (isApiError(error) && error.status === 403) return <ForbiddenContent />;
    return (
      <div className="page">
        <QueryErrorAlert error={error} onRetry={() => query.refetch()} />
      </div>
    );
  }

  const run = query.data;
  const def = definisjon.data;
  const ord = labels.ord(def?.malgruppe ?? malgruppeFor(run.programId));
  const okter = [...run.okter].sort((a, b) => a.nummer - b.nummer);

  return (
    <div className="page program-run">
      <Link asChild>
        {run.fosterhjem ? (
          <RouterLink to={`/fosterhjem/${run.fosterhjem.id}`}>
            {t('program.forlop.tilbakeFosterhjem', { navn: run.fosterhjem.navn })}
          </RouterLink>
        ) : (
          <RouterLink to={`/barn/${run.barn.id}`}>
            {t('program.forlop.tilbakeBarn', { navn: run.barn.navn })}
          </RouterLink>
        )}
      </Link>
      <RunHeader run={run} def={def} />
      {definisjon.isError && (
        <QueryErrorAlert error={definisjon.error} onRetry={() => definisjon.refetch()} />
      )}
      <section aria-labelledby="program-okter-overskrift" className="program-sessions">
        <Heading level={2} data-size="md" id="program-okter-overskrift">
          {storForbokstav(ord.flere)}
        </Heading>
        {okter.length === 0 ? (
          <Paragraph>{t('program.forlop.ingenOkter')}</Paragraph>
        ) : (
          <ol className="program-sessions__list">
            {okter.map((okt) => (
              <SessionItem
                key={okt.id}
                run={run}
                okt={okt}
                samling={def?.samlinger.find((s) => s.nummer === okt.nummer)}
                def={def}
              />
            ))}
          </ol>
        )}
      </section>
      {def?.avslutning && (
        <section aria-labelledby="program-avslutning-overskrift" className="program-closing">
          <Heading level={2} data-size="sm" id="program-avslutning-overskrift">
            {t('program.avslutning.tittel')}
          </Heading>
          <Paragraph className="prewrap">{def.avslutning}</Paragraph>
        </section>
      )}
      <RunDownloads run={run} />
    </div>
  );
}
