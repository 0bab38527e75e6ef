import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { createReunificationPlan } from '@/web/api/createReunificationPlan';
import type { Gjenforeningsplan } from '@/web/api/tilbakeforingTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { PageSpinner } from '@/web/components/PageSpinner';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { useFormatCivilDate } from '@/web/pages/oppgaver/useTaskHelpers';
import { PlanEditor } from '@/web/pages/tilbakeforing/PlanEditor';
import { plansQuery, useRefreshReunification } from '@/web/pages/tilbakeforing/useTilbakeforing';

/**
 * Trygg gjenforening: the plan for handing care and everyday security from the foster parents to
 * the parents, step by step. Opened by a decision to bring the case, or a lifted care order.
 */
export function PlanSection({ barnId }: { barnId: string }) {
  const t = useT();
  const dok = useDokumentLabels();
  const headingId = useId();
  const query = useQuery(plansQuery(barnId));
  const refresh = useRefreshReunification(barnId);
  const [starting, setStarting] = useState(false);
  const [feil, setFeil] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const data = query.data;
  const aktiv = data?.items.find((p) => p.status === 'aktiv');
  const tidligere = data?.items.filter((p) => p.status !== 'aktiv') ?? [];

  const start = async () => {
    if (!data) return;
    setStarting(true);
    setFeil(null);
    try {
      await createReunificationPlan(
        barnId,
        data.forslag.map((f) => ({
          beskrivelse: dok.tekst(f.beskrivelse),
          ansvar: dok.tekst(f.ansvar),
          fra: null,
          til: null,
          status: 'planlagt',
          erfaring: null,
        })),
      );
      await refresh();
      setMelding(t('tilbakeforing.plan.opprettet'));
    } catch (error) {
      setFeil(problemMessage(error, t));
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className="reunification__section" aria-labelledby={headingId}>
      <div className="section-heading">
        <Heading level={2} data-size="md" id={headingId}>
          {t('tilbakeforing.plan.tittel')}
        </Heading>
        {data?.kanEndre && data.kanStarte && !aktiv && (
          <Button type="button" variant="secondary" data-size="sm" loading={starting} onClick={start}>
            <PlusIcon aria-hidden />
            {t('tilbakeforing.plan.ny')}
          </Button>
        )}
      </div>
      {feil && <Paragraph className="reunification__error">{feil}</Paragraph>}
      <StatusLine message={melding} />
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {data && (
        <>
          <Paragraph className="reunification__intro">{dok.tekst(data.formal)}</Paragraph>
          {!aktiv && !data.kanStarte && (
            <Paragraph className="empty-state">{t('tilbakeforing.plan.ikkeGrunnlag')}</Paragraph>
          )}
          {aktiv &&
            (aktiv.kanEndre ? (
              <PlanEditor key={aktiv.id} plan={aktiv} forslag={data.forslag} />
            ) : (
              <PlanTable plan={aktiv} />
            ))}
          {tidligere.map((p) => (
            <PlanTable key={p.id} plan={p} />
          ))}
        </>
      )}
    </section>
  );
}

/** A plan read-only: each step, who does what, when, its status and how it went. */
export function PlanTable({ plan }: { plan: Gjenforeningsplan }) {
  const t = useT();
  const formatDate = useFormatCivilDate();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" className="data-table">
        <caption id={captionId} className="data-table__caption">
          {t('tilbakeforing.plan.planFra', { dato: formatDate(plan.opprettet.slice(0, 10)) })}{' '}
          <Tag data-size="sm" data-color={plan.status === 'aktiv' ? 'info' : 'neutral'}>
            {t(`tilbakeforing.plan.status.${plan.status}`)}
          </Tag>
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('tilbakeforing.plan.steg.beskrivelse')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('tilbakeforing.plan.steg.ansvar')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('tilbakeforing.plan.steg.periode')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('tilbakeforing.plan.steg.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('tilbakeforing.plan.steg.erfaring')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.steg.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.beskrivelse}</Table.Cell>
              <Table.Cell className="reunification-view__text">{s.ansvar}</Table.Cell>
              <Table.Cell>
                <CivilDate date={s.fra} /> – <CivilDate date={s.til} />
              </Table.Cell>
              <Table.Cell>{t(`tilbakeforing.plan.stegStatus.${s.status}`)}</Table.Cell>
              <Table.Cell className="reunification-view__text">{s.erfaring ?? <EmptyValue />}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
