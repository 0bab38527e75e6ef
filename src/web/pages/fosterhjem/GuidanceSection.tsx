import { Button, Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Veiledning } from '@/web/api/fosterfamilieTypes';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { guidanceQuery } from '@/web/pages/fosterhjem/fosterfamilieQueries';
import { GuidanceForm } from '@/web/pages/fosterhjem/GuidanceForm';
import { StartDocumentButton } from '@/web/pages/fosterhjem/StartDocumentButton';

/**
 * "Veiledning og plan": the supervisor's mandate and the plan for following up the foster family
 * (documents from the templates, seeds/003 §5.9.2), and the guidance sessions held.
 */
export function GuidanceSection({ hjem }: { hjem: FosterhjemView }) {
  const t = useT();
  const captionId = useId();
  const query = useQuery(guidanceQuery(hjem.id));
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Veiledning | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-veiledning-overskrift">
        <div className="section-heading">
          <Heading level={2} data-size="sm" id="hjem-veiledning-overskrift">
            {t('fosterfamilie.veiledning.overskrift')}
          </Heading>
          {hjem.kanEndre && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              data-color="accent"
              onClick={() => {
                setStatus(null);
                setOpen(true);
              }}
            >
              <PlusIcon aria-hidden />
              {t('fosterfamilie.veiledning.registrer')}
            </Button>
          )}
        </div>
        <Paragraph data-size="sm" className="subtle">
          {t('fosterfamilie.veiledning.ingress')}
        </Paragraph>
        {hjem.kanEndre && (
          <div className="form-actions">
            <StartDocumentButton
              fosterhjemId={hjem.id}
              malId="mandat_fosterhjemsveileder"
              label={t('fosterfamilie.veiledning.skrivMandat')}
            />
            <StartDocumentButton
              fosterhjemId={hjem.id}
              malId="plan_fosterfamilien"
              label={t('fosterfamilie.veiledning.skrivPlan')}
            />
          </div>
        )}
        <div aria-live="polite" role="status">
          {status && <Paragraph className="status-message">{status}</Paragraph>}
        </div>
        <Heading level={3} data-size="2xs" id={captionId}>
          {t('fosterfamilie.veiledning.okter')}
        </Heading>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.data &&
          (query.data.items.length === 0 ? (
            <Paragraph>{t('fosterfamilie.veiledning.ingen')}</Paragraph>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
              <Table data-size="sm" data-color="neutral" className="data-table wide-table">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">
                      {t('fosterfamilie.veiledning.kolonne.dato')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      {t('fosterfamilie.veiledning.kolonne.veileder')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      {t('fosterfamilie.veiledning.kolonne.tema')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      {t('fosterfamilie.veiledning.kolonne.notat')}
                    </Table.HeaderCell>
                    {hjem.kanEndre && (
                      <Table.HeaderCell scope="col">
                        <span className="ds-sr-only">{t('felles.handlinger')}</span>
                      </Table.HeaderCell>
                    )}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {query.data.items.map((v) => (
                    <Table.Row key={v.id}>
                      <Table.Cell>
                        <CivilDate date={v.dato} />
                      </Table.Cell>
                      <Table.Cell>{v.veileder.navn}</Table.Cell>
                      <Table.Cell>{v.tema}</Table.Cell>
                      <Table.Cell className="prewrap">{v.notat ?? <EmptyValue />}</Table.Cell>
                      {hjem.kanEndre && (
                        <Table.Cell>
                          <Button
                            type="button"
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('fosterfamilie.veiledning.endreFor', { tittel: v.tema })}
                            onClick={() => {
                              setStatus(null);
                              setEditing(v);
                            }}
                          >
                            {t('felles.endre')}
                          </Button>
                        </Table.Cell>
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </section>
          ))}
        <FormDialog
          open={open || editing !== null}
          onClose={() => {
            setOpen(false);
            setEditing(null);
          }}
          title={editing ? t('fosterfamilie.veiledning.endre') : t('fosterfamilie.veiledning.registrer')}
        >
          <GuidanceForm
            fosterhjemId={hjem.id}
            veiledere={query.data?.veiledere ?? []}
            existing={editing ?? undefined}
            onCancel={() => {
              setOpen(false);
              setEditing(null);
            }}
            onDone={() => {
              setStatus(editing ? t('felles.lagret') : t('fosterfamilie.veiledning.lagret'));
              setOpen(false);
              setEditing(null);
            }}
          />
        </FormDialog>
      </section>
    </Card>
  );
}
