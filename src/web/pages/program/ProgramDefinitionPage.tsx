import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/web/api/problem';
import { harTillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { MaterialList } from '@/web/pages/program/MaterialList';
import { ProgramFacts } from '@/web/pages/program/ProgramFacts';
import { useProgramLabels } from '@/web/pages/program/programLabels';
import { SessionGuideContent } from '@/web/pages/program/SessionGuide';
import { programmeQuery } from '@/web/pages/program/usePrograms';
import '@/web/pages/program/program.css';

/** The head of service adapts the programmes as the templates: adds and removes own material. */
const MAL_ADAPT = 'mal:adapt';

/**
 * `/programmer/bibliotek/:programId` — the programme's sessions with goal, tools, what to think
 * about before and the leader's guidance, the service's own material (a head of service adds and
 * removes links), and the closing evaluation.
 */
export function ProgramDefinitionPage() {
  const t = useT();
  const me = useMe();
  const labels = useProgramLabels();
  const { programId = '' } = useParams();
  const query = useQuery(programmeQuery(programId));
  usePageTitle(query.data?.navn ?? t('program.bibliotek.tittel'));

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundContent signedIn />;
    return (
      <div className="page">
        <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      </div>
    );
  }
  const def = query.data;
  const ord = labels.ord(def.malgruppe);
  const kanEndre = harTillatelse(me, MAL_ADAPT);

  return (
    <div className="page program-definition">
      <Link asChild>
        <RouterLink to="/programmer">{t('program.bibliotek.tilbake')}</RouterLink>
      </Link>
      <header className="program-definition__header">
        <Heading level={1} data-size="lg">
          {def.navn}
        </Heading>
        <Paragraph className="page__lead">{def.beskrivelse}</Paragraph>
        <ProgramFacts def={def} />
      </header>
      <nav aria-label={t('program.bibliotek.innhold', { tekst: ord.flere })} className="program-toc">
        <ol>
          {def.samlinger.map((s) => (
            <li key={s.nummer}>
              <Link href={`#samling-${s.nummer}`}>{s.tema}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <ol className="program-definition__sessions">
        {def.samlinger.map((s) => (
          <li key={s.nummer} className="program-definition__session" aria-labelledby={`samling-${s.nummer}`}>
            <Heading level={2} data-size="sm" id={`samling-${s.nummer}`} tabIndex={-1}>
              {t('program.okt.overskrift', { nummer: s.nummer, tittel: s.tema })}
            </Heading>
            <SessionGuideContent samling={s} ord={ord} level={3} utenMateriale />
            <MaterialList programId={def.id} samling={s} kanEndre={kanEndre} />
          </li>
        ))}
      </ol>
      <section aria-labelledby="program-avslutning" className="program-closing">
        <Heading level={2} data-size="sm" id="program-avslutning">
          {t('program.avslutning.tittel')}
        </Heading>
        <Paragraph className="prewrap">{def.avslutning}</Paragraph>
      </section>
    </div>
  );
}
