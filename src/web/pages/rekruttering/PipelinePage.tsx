import {
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { listRecruiters } from '@/web/api/listRecruiters';
import { listRecruitmentCases } from '@/web/api/listRecruitmentCases';
import {
  type Kilde,
  LOP_FASER,
  type Pipeline,
  type RekrutteringFase,
  rekrutteringKeys,
  type SakListItem,
  type SakListQuery,
} from '@/web/api/rekrutteringTypes';
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
import { usePipeline, useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';
import { SakForm } from '@/web/pages/rekruttering/SakForm';
import '@/web/pages/rekruttering/rekruttering.css';

const AVSLUTTET_GRUPPE = 'avsluttet_gruppe';
type Gruppe = RekrutteringFase | typeof AVSLUTTET_GRUPPE;

/**
 * `/rekruttering` (rekruttering:read): the shared pipeline of families, grouped by stage with a
 * count per stage, for the recruiter's organisation: its own cases and those shared with it,
 * each showing which organisation owns it. Filters live in the query string.
 */
export function PipelinePage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('rekruttering.pipeline.tittel'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [ny, setNy] = useState(false);
  const kanLese = harTillatelse(me, Tillatelse.rekrutteringRead);
  const kanArbeide = harTillatelse(me, Tillatelse.rekrutteringWork);
  const query: SakListQuery = {
    fase: (params.get('fase') || undefined) as RekrutteringFase | undefined,
    kilde: (params.get('kilde') || undefined) as Kilde | undefined,
    ansvarligId: params.get('ansvarlig') || undefined,
    eierskap: (params.get('eierskap') || undefined) as SakListQuery['eierskap'],
  };
  const pipeline = usePipeline();
  const list = useQuery({
    queryKey: rekrutteringKeys.list(query),
    queryFn: () => listRecruitmentCases(query),
    enabled: kanLese,
  });
  const recruiters = useQuery({
    queryKey: rekrutteringKeys.recruiters,
    queryFn: listRecruiters,
    enabled: kanLese,
  });
  const l = useRekrutteringLabels(pipeline.data);
  if (!kanLese) return <ForbiddenContent />;

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const grupper: Gruppe[] = query.fase
    ? [LOP_FASER.includes(query.fase as (typeof LOP_FASER)[number]) ? query.fase : AVSLUTTET_GRUPPE]
    : [...LOP_FASER, AVSLUTTET_GRUPPE];
  const iGruppe = (g: Gruppe, s: SakListItem) =>
    g === AVSLUTTET_GRUPPE ? !LOP_FASER.includes(s.fase as (typeof LOP_FASER)[number]) : s.fase === g;

  return (
    <div className="page">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('rekruttering.pipeline.tittel')}
        </Heading>
        {kanArbeide && pipeline.data && (
          <Button onClick={() => setNy(true)}>
            <PlusIcon aria-hidden />
            {t('rekruttering.ny.knapp')}
          </Button>
        )}
      </div>
      <Paragraph className="page__lead">{t('rekruttering.pipeline.ingress')}</Paragraph>
      <ul className="rek-links">
        <li>
          <Link asChild>
            <RouterLink to="/rekruttering/oversikt">{t('rekruttering.pipeline.tilOversikt')}</RouterLink>
          </Link>
        </li>
        {harTillatelse(me, Tillatelse.rekrutteringSettings) && (
          <li>
            <Link asChild>
              <RouterLink to="/rekruttering/innstillinger">
                {t('rekruttering.innstillinger.lenke')}
              </RouterLink>
            </Link>
          </li>
        )}
      </ul>

      <search className="rek-filter" aria-label={t('rekruttering.filter.etikett')}>
        <Field>
          <Label htmlFor="rek-filter-fase">{t('rekruttering.filter.fase')}</Label>
          <Select
            id="rek-filter-fase"
            value={query.fase ?? ''}
            onChange={(e) => setFilter('fase', e.target.value)}
          >
            <Select.Option value="">{t('rekruttering.filter.alle')}</Select.Option>
            {[...(pipeline.data?.faser ?? []), ...(pipeline.data?.avsluttende ?? [])].map((f) => (
              <Select.Option key={f.id} value={f.id}>
                {l.tekst(f.tittel)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="rek-filter-kilde">{t('rekruttering.filter.kilde')}</Label>
          <Select
            id="rek-filter-kilde"
            value={query.kilde ?? ''}
            onChange={(e) => setFilter('kilde', e.target.value)}
          >
            <Select.Option value="">{t('rekruttering.filter.alle')}</Select.Option>
            {(pipeline.data?.kilder ?? []).map((k) => (
              <Select.Option key={k.id} value={k.id}>
                {l.tekst(k.tittel)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="rek-filter-ansvarlig">{t('rekruttering.filter.ansvarlig')}</Label>
          <Select
            id="rek-filter-ansvarlig"
            value={query.ansvarligId ?? ''}
            onChange={(e) => setFilter('ansvarlig', e.target.value)}
          >
            <Select.Option value="">{t('rekruttering.filter.alle')}</Select.Option>
            {(recruiters.data?.items ?? []).map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {r.navn}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="rek-filter-eierskap">{t('rekruttering.filter.eierskap')}</Label>
          <Select
            id="rek-filter-eierskap"
            value={query.eierskap ?? ''}
            onChange={(e) => setFilter('eierskap', e.target.value)}
          >
            <Select.Option value="">{t('rekruttering.filter.alle')}</Select.Option>
            <Select.Option value="egne">{t('rekruttering.filter.egne')}</Select.Option>
            <Select.Option value="delte">{t('rekruttering.filter.delte')}</Select.Option>
          </Select>
        </Field>
      </search>

      {(list.isPending || pipeline.isPending) && <PageSpinner />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {pipeline.isError && <QueryErrorAlert error={pipeline.error} onRetry={() => pipeline.refetch()} />}
      {list.data && pipeline.data && (
        <>
          <Paragraph aria-live="polite" className="rek-count">
            {t('rekruttering.pipeline.antall', { antall: list.data.items.length })}
          </Paragraph>
          {list.data.items.length === 0 && (
            <Paragraph className="empty-state">{t('rekruttering.pipeline.tom')}</Paragraph>
          )}
          {list.data.items.length > 0 &&
            grupper.map((g) => (
              <FaseGruppe
                key={g}
                tittel={g === AVSLUTTET_GRUPPE ? t('rekruttering.pipeline.avsluttet') : l.fase(g)}
                items={list.data.items.filter((s) => iGruppe(g, s))}
                pipeline={pipeline.data}
                visFase={g === AVSLUTTET_GRUPPE}
              />
            ))}
        </>
      )}
      {pipeline.data && (
        <FormDialog open={ny} onClose={() => setNy(false)} title={t('rekruttering.ny.tittel')}>
          <SakForm
            pipeline={pipeline.data}
            onCancel={() => setNy(false)}
            onDone={(id) => {
              setNy(false);
              navigate(`/rekruttering/${id}`);
            }}
          />
        </FormDialog>
      )}
    </div>
  );
}

function FaseGruppe({
  tittel,
  items,
  pipeline,
  visFase,
}: {
  tittel: string;
  items: SakListItem[];
  pipeline: Pipeline;
  visFase: boolean;
}) {
  const t = useT();
  const l = useRekrutteringLabels(pipeline);
  const headingId = useId();
  return (
    <section className="rek-group" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {tittel} <span className="rek-group__count">({items.length})</span>
      </Heading>
      {items.length === 0 ? (
        <Paragraph className="subtle">{t('rekruttering.pipeline.ingenIFase')}</Paragraph>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
          <Table data-size="sm" zebra className="data-table wide-table">
            <caption className="data-table__caption">
              {t('rekruttering.pipeline.tabell', { fase: tittel })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.familie')}</Table.HeaderCell>
                {visFase && <Table.HeaderCell scope="col">{t('rekruttering.kolonne.fase')}</Table.HeaderCell>}
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.siden')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.eier')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.ansvarlig')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.kilde')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    <span className="stacked">
                      <Link asChild>
                        <RouterLink to={`/rekruttering/${s.id}`}>{s.navn}</RouterLink>
                      </Link>
                      {!s.egen && (
                        <Tag data-color="info" data-size="sm" className="nowrap">
                          {t('rekruttering.deltMedOss')}
                        </Tag>
                      )}
                    </span>
                  </Table.Cell>
                  {visFase && (
                    <Table.Cell>
                      {l.fase(s.fase)}
                      {s.avsluttetArsak &&
                        (s.fase === 'trukket' || s.fase === 'avslatt' || s.fase === 'avsluttet') && (
                          <span className="subtle"> – {l.arsak(s.fase, s.avsluttetArsak)}</span>
                        )}
                    </Table.Cell>
                  )}
                  <Table.Cell>
                    <CivilDate date={s.faseFra} />
                  </Table.Cell>
                  <Table.Cell>{s.eier.navn}</Table.Cell>
                  <Table.Cell>{s.ansvarlig ? l.person(s.ansvarlig, s.eier) : <EmptyValue />}</Table.Cell>
                  <Table.Cell>{l.kilde(s.kilde)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
    </section>
  );
}
