import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { createReunificationAssessment } from '@/web/api/createReunificationAssessment';
import { PageSpinner } from '@/web/components/PageSpinner';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';
import { useChild } from '@/web/pages/barn/side/useChild';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { AssessmentForm } from '@/web/pages/tilbakeforing/AssessmentForm';
import { AssessmentHistory } from '@/web/pages/tilbakeforing/AssessmentHistory';
import { AssessmentView } from '@/web/pages/tilbakeforing/AssessmentView';
import { PlanSection } from '@/web/pages/tilbakeforing/PlanSection';
import { ProcessWorkSection } from '@/web/pages/tilbakeforing/ProcessWorkSection';
import { assessmentsQuery, useRefreshReunification } from '@/web/pages/tilbakeforing/useTilbakeforing';
import '@/web/pages/dokumenter/dokumenter.css';
import '@/web/pages/tilbakeforing/tilbakeforing.css';

/**
 * `/barn/:id/tilbakeforing`: the reunification assessments (vurderingstrakten) with their history
 * and decisions, the safe reunification plan, and the process work with the parents. The open
 * assessment is in the address (`?vurdering=<id>`), so back and forward work.
 */
export function ReunificationTab() {
  const t = useT();
  const dok = useDokumentLabels();
  const barn = useChild();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const openId = params.get('vurdering');
  const refresh = useRefreshReunification(barn.id);
  const query = useQuery(assessmentsQuery(barn.id));
  const [starting, setStarting] = useState(false);
  const [feil, setFeil] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);

  const open = (id: string | null) => {
    setParams(id ? { vurdering: id } : {}, { preventScrollReset: true });
  };

  const start = async () => {
    setStarting(true);
    setFeil(null);
    setMelding(null);
    try {
      const created = await createReunificationAssessment(barn.id);
      await refresh();
      open(created.id);
    } catch (error) {
      setFeil(problemMessage(error, t));
    } finally {
      setStarting(false);
    }
  };

  const data = query.data;
  const valgt = data?.items.find((v) => v.id === openId);
  const utkast = data?.items.find((v) => v.status === 'utkast');

  return (
    <div className="tab-content reunification">
      <section className="reunification__section" aria-labelledby={headingId}>
        <div className="section-heading">
          <Heading level={2} data-size="md" id={headingId}>
            {t('tilbakeforing.tittel')}
          </Heading>
          {data?.kanEndre && data.omsorgsovertakelse && !utkast && !valgt && (
            <Button type="button" variant="secondary" data-size="sm" loading={starting} onClick={start}>
              <PlusIcon aria-hidden />
              {t('tilbakeforing.ny')}
            </Button>
          )}
        </div>
        {feil && <Paragraph className="reunification__error">{feil}</Paragraph>}
        <StatusLine message={melding} takeFocus />
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {data && !valgt && (
          <>
            <Paragraph className="reunification__intro">{dok.tekst(data.trakt.formal)}</Paragraph>
            {!data.omsorgsovertakelse && (
              <Paragraph className="subtle">{t('tilbakeforing.ikkeOmsorgsovertakelse')}</Paragraph>
            )}
            <AssessmentHistory items={data.items} onOpen={open} />
          </>
        )}
        {data && openId && !valgt && <Paragraph>{t('tilbakeforing.finnesIkke')}</Paragraph>}
        {data && valgt && (
          <div className="reunification__open">
            <Link asChild>
              <RouterLink to={`/barn/${barn.id}/tilbakeforing`} preventScrollReset>
                {t('tilbakeforing.tilbake')}
              </RouterLink>
            </Link>
            {valgt.status === 'utkast' && valgt.kanEndre ? (
              <AssessmentForm
                key={valgt.id}
                vurdering={valgt}
                trakt={data.trakt}
                onDecided={async () => {
                  await refresh();
                  setMelding(t('tilbakeforing.besluttet.melding'));
                }}
              />
            ) : (
              <AssessmentView vurdering={valgt} trakt={data.trakt} />
            )}
          </div>
        )}
      </section>
      <PlanSection barnId={barn.id} />
      <ProcessWorkSection barn={barn} />
    </div>
  );
}
