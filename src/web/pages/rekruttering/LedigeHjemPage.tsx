import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { godkjenningKeys, type TilgjengeligHjem } from '@/web/api/godkjenningTypes';
import { listAvailableHomes } from '@/web/api/listAvailableHomes';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { FormidleForm } from '@/web/pages/rekruttering/FormidleForm';
import '@/web/pages/rekruttering/rekruttering.css';

/** Caseworkers choose homes for their children; recruiters and the head of service follow the list. */
const KAN_FORMIDLE = ['kontaktperson', 'teamleder', 'leder'];

/**
 * `/ledige-fosterhjem`: approved homes available to the service, its own and those shared with it
 * in the recruitment collaboration: kinds of assignment, where, what they are approved for and how
 * long they have waited. A caseworker links one to a child's placement from here.
 */
export function LedigeHjemPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: godkjenningKeys.tilgjengelige, queryFn: listAvailableHomes });
  const [valgt, setValgt] = useState<TilgjengeligHjem | null>(null);
  usePageTitle(t('ledige.tittel'));

  if (!harTillatelse(me, Tillatelse.rekrutteringAvailable)) return <ForbiddenContent />;
  const kanFormidle = KAN_FORMIDLE.includes(me.rolle);
  const godkjentFor = (h: TilgjengeligHjem) =>
    h.godkjentFor === 'generell'
      ? t('godkjenning.type.generell')
      : h.barn
        ? t('godkjenning.vedtak.forBarn', { navn: h.barn.navn })
        : h.godkjentFor === 'eget_barn'
          ? t('ledige.forBarnITjenesten')
          : t('godkjenning.vedtak.forAnnetBarn');

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('ledige.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('ledige.ingress')}</Paragraph>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.isPending && <PageSpinner />}
      {query.data && query.data.items.length === 0 && <Alert data-color="info">{t('ledige.ingen')}</Alert>}
      {query.data && query.data.items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-labelledby="ledige-caption">
          <Table data-size="sm" zebra className="data-table">
            <caption className="data-table__caption" id="ledige-caption">
              {t('ledige.tabell', { antall: query.data.items.length })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('ledige.kolonne.hjem')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ledige.kolonne.hjemtyper')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ledige.kolonne.sted')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ledige.kolonne.godkjentFor')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ledige.kolonne.godkjent')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ledige.kolonne.dager')}</Table.HeaderCell>
                {kanFormidle && (
                  <Table.HeaderCell scope="col">
                    <span className="ds-sr-only">{t('ledige.kolonne.handling')}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {query.data.items.map((h) => (
                <Table.Row key={h.id}>
                  <Table.HeaderCell scope="row">
                    {h.navn}
                    <div className="rek-cell-note">
                      {h.egenSak ? (
                        t('ledige.egen')
                      ) : (
                        <Tag data-color="info" data-size="sm">
                          {t('ledige.deltAv', { org: h.eier })}
                        </Tag>
                      )}
                    </div>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {h.hjemtyper.map((x) => t(`rekruttering.oversikt.hjemtype.${x}`)).join(', ')}
                  </Table.Cell>
                  <Table.Cell>
                    {[h.poststed, h.kommune].filter(Boolean).join(', ') || <EmptyValue />}
                  </Table.Cell>
                  <Table.Cell>{godkjentFor(h)}</Table.Cell>
                  <Table.Cell>
                    <CivilDate date={h.godkjentDato} />
                  </Table.Cell>
                  <Table.Cell>{t('ledige.dagerVerdi', { antall: h.dagerTilgjengelig })}</Table.Cell>
                  {kanFormidle && (
                    <Table.Cell>
                      {h.godkjentFor !== 'annet_barn' && (
                        <Button variant="secondary" data-size="sm" onClick={() => setValgt(h)}>
                          {t('ledige.velg', { navn: h.navn })}
                        </Button>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
      <FormDialog
        open={valgt !== null}
        onClose={() => setValgt(null)}
        title={valgt ? t('ledige.formidle.tittel', { navn: valgt.navn }) : ''}
      >
        {valgt && (
          <FormidleForm
            hjem={valgt}
            onCancel={() => setValgt(null)}
            onDone={(fosterhjemId) => navigate(`/fosterhjem/${fosterhjemId}`, { state: { formidlet: true } })}
          />
        )}
      </FormDialog>
    </div>
  );
}
