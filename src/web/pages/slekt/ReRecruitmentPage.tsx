import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { listReRecruitment } from '@/web/api/listReRecruitment';
import { type GjenrekrutteringRad, type GjenrekrutteringSvar, slektKeys } from '@/web/api/slektTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ReRecruitmentForm } from '@/web/pages/slekt/ReRecruitmentForm';
import { TILSTANDER } from '@/web/pages/slekt/slektLabels';

function Rows({
  caption,
  rows,
  pause,
  onAnswer,
}: {
  caption: string;
  rows: GjenrekrutteringRad[];
  pause: boolean;
  onAnswer?: (r: GjenrekrutteringRad) => void;
}) {
  const t = useT();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('gjenrekruttering.kolonne.hjem')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">
              {pause ? t('gjenrekruttering.kolonne.pauseTil') : t('gjenrekruttering.kolonne.frist')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('gjenrekruttering.kolonne.status')}</Table.HeaderCell>
            {onAnswer && <Table.HeaderCell scope="col">{t('felles.handlinger')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/fosterhjem/${r.fosterhjemId}`}>{r.fosterhjemNavn}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>
                <CivilDate date={pause ? r.pauseTil : r.frist} />
              </Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={TILSTANDER[r.tilstand].color} className="nowrap">
                  {t(TILSTANDER[r.tilstand].label)}
                </Tag>
              </Table.Cell>
              {onAnswer && (
                <Table.Cell>
                  {r.kanSvare ? (
                    <Button
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      aria-label={t('gjenrekruttering.registrerFor', { navn: r.fosterhjemNavn })}
                      onClick={() => onAnswer(r)}
                    >
                      {t('gjenrekruttering.registrer')}
                    </Button>
                  ) : (
                    // Only those tied to the home may answer (as on the home's page): say who.
                    <span className="subtle">
                      {r.kontaktpersonNavn
                        ? t('gjenrekruttering.svarerKontaktperson', { navn: r.kontaktpersonNavn })
                        : t('gjenrekruttering.svarerTeamleder')}
                    </span>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

/**
 * `/fosterhjem/gjenrekruttering` — foster homes whose last child has moved out, to be asked about
 * a new assignment by the deadline (overdue first), and those on a pause.
 */
export function ReRecruitmentPage() {
  const t = useT();
  usePageTitle(t('gjenrekruttering.tittel'));
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: slektKeys.reRecruitment, queryFn: listReRecruitment });
  const [valgt, setValgt] = useState<GjenrekrutteringRad | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const done = async (svar: GjenrekrutteringSvar) => {
    setStatus(svar === 'klar' ? t('gjenrekruttering.lagretKlar') : t('gjenrekruttering.lagret'));
    setValgt(null);
    await queryClient.invalidateQueries({ queryKey: slektKeys.reRecruitment });
    queryClient.invalidateQueries({ queryKey: ['foster-home'] });
  };

  return (
    <div className="page">
      <Link asChild>
        <RouterLink to="/fosterhjem">{t('fosterhjem.tilbakeTilListen')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('gjenrekruttering.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('gjenrekruttering.ingress')}</Paragraph>
      {/* The answered row leaves the list (or moves to «pause»): the message takes focus. */}
      <StatusLine message={status} takeFocus />
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <>
          <section aria-labelledby="gjen-sporre" className="stacked">
            <Heading level={2} data-size="sm" id="gjen-sporre">
              {t('gjenrekruttering.aaSporre')}
            </Heading>
            {query.data.items.length === 0 ? (
              <Paragraph className="empty-state">{t('gjenrekruttering.ingenAaSporre')}</Paragraph>
            ) : (
              <Rows
                caption={t('gjenrekruttering.aaSporre')}
                rows={query.data.items}
                pause={false}
                onAnswer={(r) => {
                  setStatus(null);
                  setValgt(r);
                }}
              />
            )}
          </section>
          <section aria-labelledby="gjen-pause" className="stacked">
            <Heading level={2} data-size="sm" id="gjen-pause">
              {t('gjenrekruttering.pause')}
            </Heading>
            {query.data.pause.length === 0 ? (
              <Paragraph className="empty-state">{t('gjenrekruttering.ingenPause')}</Paragraph>
            ) : (
              <Rows caption={t('gjenrekruttering.pause')} rows={query.data.pause} pause />
            )}
          </section>
        </>
      )}
      <FormDialog
        open={valgt !== null}
        onClose={() => setValgt(null)}
        title={valgt ? t('gjenrekruttering.registrerFor', { navn: valgt.fosterhjemNavn }) : ''}
      >
        {valgt && <ReRecruitmentForm rad={valgt} onCancel={() => setValgt(null)} onDone={done} />}
      </FormDialog>
    </div>
  );
}
