import { Alert, Button, Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KursDeltakelse } from '@/web/api/fosterfamilieTypes';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { CourseAnswerForm } from '@/web/pages/fosterhjem/CourseAnswerForm';
import { coursesQuery } from '@/web/pages/fosterhjem/fosterfamilieQueries';
import { KURS_NAVN } from '@/web/pages/fosterhjem/kursLabels';
import { OfferCourseForm } from '@/web/pages/fosterhjem/OfferCourseForm';

/** Where an offer stands: taken (when), declined, or waiting for an answer. */
function CourseStatus({ kurs }: { kurs: KursDeltakelse }) {
  const t = useT();
  if (kurs.gjennomfort)
    return (
      <Tag data-color="success" data-size="sm" className="nowrap">
        {t('fosterfamilie.kurs.status.gjennomfort')} <CivilDate date={kurs.gjennomfort} />
      </Tag>
    );
  if (kurs.takketNei)
    return (
      <Tag data-color="neutral" data-size="sm" className="nowrap">
        {t('fosterfamilie.kurs.status.takketNei')}
      </Tag>
    );
  return (
    <Tag data-color="info" data-size="sm" className="nowrap">
      {t('fosterfamilie.kurs.status.tilbudt')}
    </Tag>
  );
}

/**
 * The courses offered to each foster parent and the answer. Every foster parent is offered Trygg
 * Base, TBO-F and EFST (seeds/001); a home placed for a while without those offers is flagged.
 */
export function CourseSection({ hjem }: { hjem: FosterhjemView }) {
  const t = useT();
  const captionId = useId();
  const query = useQuery(coursesQuery(hjem.id));
  const [offerOpen, setOfferOpen] = useState(false);
  const [answering, setAnswering] = useState<KursDeltakelse | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fosterforeldre = hjem.medlemmer.filter((m) => m.rolle === 'fosterforelder');
  const navn = (medlemId: string) => {
    const m = hjem.medlemmer.find((x) => x.id === medlemId);
    return m ? `${m.fornavn} ${m.etternavn}` : '';
  };

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-kurs-overskrift">
        <div className="section-heading">
          <Heading level={2} data-size="sm" id="hjem-kurs-overskrift">
            {t('fosterfamilie.kurs.overskrift')}
          </Heading>
          {hjem.kanEndre && fosterforeldre.length > 0 && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              data-color="accent"
              onClick={() => {
                setStatus(null);
                setOfferOpen(true);
              }}
            >
              <PlusIcon aria-hidden />
              {t('fosterfamilie.kurs.tilby')}
            </Button>
          )}
        </div>
        <Paragraph data-size="sm" className="subtle">
          {t('fosterfamilie.kurs.ingress')}
        </Paragraph>
        <div aria-live="polite" role="status">
          {status && <Paragraph className="status-message">{status}</Paragraph>}
        </div>
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.data && (
          <>
            {query.data.ikkeTilbudt.length > 0 && (
              <Alert data-color="warning">
                <Heading level={3} data-size="2xs">
                  {t('fosterfamilie.kurs.ikkeTilbudt')}
                </Heading>
                <Paragraph>
                  {t('fosterfamilie.kurs.ikkeTilbudt.tekst', { maneder: query.data.paminnelseMaaneder })}
                </Paragraph>
                <ul>
                  {query.data.ikkeTilbudt.map((m) => (
                    <li key={m.medlemId}>
                      {t('fosterfamilie.kurs.ikkeTilbudt.person', {
                        navn: navn(m.medlemId),
                        tekst: m.kurs.map((k) => t(KURS_NAVN[k])).join(', '),
                      })}
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
            {fosterforeldre.length === 0 ? (
              <Paragraph>{t('fosterfamilie.kurs.ingenFosterforeldre')}</Paragraph>
            ) : query.data.items.length === 0 ? (
              <Paragraph>{t('fosterfamilie.kurs.ingen')}</Paragraph>
            ) : (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
              <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
                <Table data-size="sm" data-color="neutral" className="data-table wide-table">
                  <caption id={captionId} className="ds-sr-only">
                    {t('fosterfamilie.kurs.overskrift')}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">
                        {t('fosterfamilie.kurs.kolonne.fosterforelder')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('fosterfamilie.kurs.kolonne.kurs')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        {t('fosterfamilie.kurs.kolonne.tilbudt')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        {t('fosterfamilie.kurs.kolonne.status')}
                      </Table.HeaderCell>
                      {hjem.kanEndre && (
                        <Table.HeaderCell scope="col">
                          <span className="ds-sr-only">{t('felles.handlinger')}</span>
                        </Table.HeaderCell>
                      )}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {fosterforeldre.flatMap((f) =>
                      query.data.items
                        .filter((k) => k.medlemId === f.id)
                        .map((k) => (
                          <Table.Row key={k.id}>
                            <Table.Cell>
                              {f.fornavn} {f.etternavn}
                            </Table.Cell>
                            <Table.Cell>{t(KURS_NAVN[k.kurs])}</Table.Cell>
                            <Table.Cell>
                              <CivilDate date={k.tilbudt} />
                            </Table.Cell>
                            <Table.Cell>
                              <CourseStatus kurs={k} />
                            </Table.Cell>
                            {hjem.kanEndre && (
                              <Table.Cell>
                                <Button
                                  type="button"
                                  variant="tertiary"
                                  data-size="sm"
                                  aria-label={t('fosterfamilie.kurs.registrerSvarFor', {
                                    tittel: t(KURS_NAVN[k.kurs]),
                                    navn: `${f.fornavn} ${f.etternavn}`,
                                  })}
                                  onClick={() => {
                                    setStatus(null);
                                    setAnswering(k);
                                  }}
                                >
                                  {t('fosterfamilie.kurs.registrerSvar')}
                                </Button>
                              </Table.Cell>
                            )}
                          </Table.Row>
                        )),
                    )}
                  </Table.Body>
                </Table>
              </section>
            )}
          </>
        )}
        <FormDialog
          open={offerOpen}
          onClose={() => setOfferOpen(false)}
          title={t('fosterfamilie.kurs.tilby')}
        >
          <OfferCourseForm
            hjem={hjem}
            onCancel={() => setOfferOpen(false)}
            onDone={() => {
              setStatus(t('fosterfamilie.kurs.tilbudtLagret'));
              setOfferOpen(false);
            }}
          />
        </FormDialog>
        <FormDialog
          open={answering !== null}
          onClose={() => setAnswering(null)}
          title={
            answering
              ? t('fosterfamilie.kurs.svarTittel', {
                  tittel: t(KURS_NAVN[answering.kurs]),
                  navn: navn(answering.medlemId),
                })
              : ''
          }
        >
          {answering && (
            <CourseAnswerForm
              fosterhjemId={hjem.id}
              kurs={answering}
              onCancel={() => setAnswering(null)}
              onDone={() => {
                setStatus(t('felles.lagret'));
                setAnswering(null);
              }}
            />
          )}
        </FormDialog>
      </section>
    </Card>
  );
}
