import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { FileTextIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { addMonths } from '@/domain/plasseringsforlop';
import type { BarnView } from '@/web/api/barnTypes';
import { getAnnualWheel } from '@/web/api/getAnnualWheel';
import { listDocuments } from '@/web/api/listDocuments';
import { queryKeys } from '@/web/api/queryKeys';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { DocumentList } from '@/web/pages/dokumenter/DocumentList';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { templatesQuery } from '@/web/pages/dokumenter/useDocument';
import { StatusTag } from '@/web/pages/oppgaver/StatusTag';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';
import { StartParentDocumentForm } from '@/web/pages/tilbakeforing/StartParentDocumentForm';

/** The process work's own templates (content/maler): the parents' follow-up plan and mapping. */
export const PROSESS_MALER = ['oppfolgingsplan_foreldre', 'kartlegging_foreldre'] as const;
const REGLER = ['foreldresamtale', 'tilbakeforing'];

/**
 * The process work with the parents (seeds/003 §5.3.1): their follow-up plan and mapping as
 * documents, and the regular evaluations the årshjul schedules — conversations with the parents
 * and the reunification assessment — with their deadlines.
 */
export function ProcessWorkSection({ barn }: { barn: BarnView }) {
  const t = useT();
  const dok = useDokumentLabels();
  const taskLabels = useTaskLabels();
  const headingId = useId();
  const docsId = useId();
  const tasksId = useId();
  const [malId, setMalId] = useState<string | null>(null);
  const ar = Number(osloToday().slice(0, 4));
  const sak = { barnId: barn.id };
  const docs = useQuery({ queryKey: queryKeys.caseDocuments(sak), queryFn: () => listDocuments(sak) });
  const templates = useQuery(templatesQuery);
  const wheel = (year: number) => ({
    queryKey: queryKeys.annualWheel(barn.id, year),
    queryFn: () => getAnnualWheel(barn.id, year),
  });
  const iFjor = useQuery(wheel(ar - 1));
  const iAr = useQuery(wheel(ar));
  const nesteAr = useQuery(wheel(ar + 1));

  const dokumenter = (docs.data?.items ?? []).filter((d) =>
    (PROSESS_MALER as readonly string[]).includes(d.malId),
  );
  const maler = (templates.data?.items ?? []).filter((m) =>
    (PROSESS_MALER as readonly string[]).includes(m.id),
  );
  const valgt = maler.find((m) => m.id === malId);
  const oppgaver = [iFjor.data, iAr.data, nesteAr.data]
    .flatMap((w) => w?.maneder.flatMap((m) => m.oppgaver) ?? [])
    .filter((o) => REGLER.includes(o.regel))
    .sort((a, b) => (a.frist < b.frist ? -1 : 1));
  // What is still to do, and what was done in the last year.
  const etAarSiden = addMonths(osloToday(), -12);
  const vist = oppgaver.filter((o) => !o.fullfortDato || o.fullfortDato >= etAarSiden);

  return (
    <section className="reunification__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {t('tilbakeforing.prosess.tittel')}
      </Heading>
      <Paragraph className="reunification__intro">{t('tilbakeforing.prosess.intro')}</Paragraph>

      <div className="section-heading">
        <Heading level={3} data-size="sm" id={docsId}>
          {t('tilbakeforing.prosess.dokumenter')}
        </Heading>
        {barn.kanEndre && (
          <div className="reunification__buttons">
            {maler.map((m) => (
              <Button
                key={m.id}
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => setMalId(m.id)}
              >
                <FileTextIcon aria-hidden />
                {t('tilbakeforing.prosess.start', { tittel: dok.tekst(m.tittel) })}
              </Button>
            ))}
          </div>
        )}
      </div>
      {docs.isPending && <PageSpinner />}
      {docs.isError && <QueryErrorAlert error={docs.error} onRetry={() => docs.refetch()} level={3} />}
      {docs.data &&
        (dokumenter.length === 0 ? (
          <Paragraph className="empty-state">{t('tilbakeforing.prosess.ingenDokumenter')}</Paragraph>
        ) : (
          <DocumentList items={dokumenter} labelledBy={docsId} />
        ))}

      <Heading level={3} data-size="sm" id={tasksId}>
        {t('tilbakeforing.prosess.evalueringer')}
      </Heading>
      {(iFjor.isPending || iAr.isPending || nesteAr.isPending) && <PageSpinner />}
      {iAr.isError && <QueryErrorAlert error={iAr.error} onRetry={() => iAr.refetch()} level={3} />}
      {iAr.data &&
        (vist.length === 0 ? (
          <Paragraph className="empty-state">{t('tilbakeforing.prosess.ingenOppgaver')}</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          <section className="table-scroll" aria-labelledby={tasksId} tabIndex={0}>
            <Table data-size="sm" className="data-table" aria-labelledby={tasksId}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('tilbakeforing.prosess.oppgave')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tilbakeforing.prosess.frist')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tilbakeforing.prosess.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tilbakeforing.prosess.fullfort')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {vist.map((o) => (
                  <Table.Row key={o.id} data-regel={o.regel}>
                    <Table.Cell>{taskLabels.navn(o)}</Table.Cell>
                    <Table.Cell>
                      <CivilDate date={o.avvik?.nyFrist ?? o.frist} />
                    </Table.Cell>
                    <Table.Cell>
                      <StatusTag status={o.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <CivilDate date={o.fullfortDato} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </section>
        ))}
      <Link asChild>
        <RouterLink to={`/barn/${barn.id}/arshjul`}>{t('tilbakeforing.prosess.tilArshjul')}</RouterLink>
      </Link>

      <FormDialog
        open={Boolean(valgt)}
        onClose={() => setMalId(null)}
        title={valgt ? t('tilbakeforing.prosess.start', { tittel: dok.tekst(valgt.tittel) }) : ''}
      >
        {valgt && <StartParentDocumentForm barn={barn} malId={valgt.id} onCancel={() => setMalId(null)} />}
      </FormDialog>
    </section>
  );
}
