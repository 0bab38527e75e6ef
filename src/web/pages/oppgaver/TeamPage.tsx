import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router';
import type { Oppgave, TeamBarn, TeamPerson } from '@/web/api/arshjulTypes';
import { getTeamTasks } from '@/web/api/getTeamTasks';
import { queryKeys } from '@/web/api/queryKeys';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { RuleInfo } from '@/web/pages/oppgaver/RuleInfo';
import { GROUP_LIMIT } from '@/web/pages/oppgaver/TaskGroup';
import { TaskTable } from '@/web/pages/oppgaver/TaskTable';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';
import '@/web/pages/arshjul/arshjul.css';

/**
 * `/oppgaver/team` (arshjul:team) — the team's compliance with the årshjul per contact person and
 * per child, then deviations (explained, with a new date) apart from plain overdue tasks.
 */
export function TeamPage() {
  const t = useT();
  usePageTitle(t('oppgaver.team.tittel'));
  const query = useQuery({ queryKey: queryKeys.teamTasks, queryFn: getTeamTasks });

  return (
    <div className="page tasks-page">
      <div className="page-heading tasks-page__heading">
        <Heading level={1} data-size="lg">
          {t('oppgaver.team.tittel')}
        </Heading>
        <Link asChild>
          <RouterLink to="/oppgaver?omfang=team">{t('oppgaver.team.tilOppgavene')}</RouterLink>
        </Link>
      </div>
      <Paragraph className="page__lead">{t('oppgaver.team.ingress')}</Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <>
          <PersonTable personer={query.data.personer} />
          <ChildTable barn={query.data.barn} />
          <DeviationList items={query.data.avvik} />
          <OverdueList items={query.data.forfalt} />
        </>
      )}
    </div>
  );
}

function Etterlevelse({ value }: { value: number | null }) {
  const intl = useIntl();
  const t = useT();
  if (value === null) return <span className="subtle">{t('oppgaver.team.ingenFrister')}</span>;
  return <>{intl.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 0 })}</>;
}

function Count({ value }: { value: number }) {
  const t = useT();
  return <>{t('felles.antall', { antall: value })}</>;
}

function PersonTable({ personer }: { personer: TeamPerson[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('oppgaver.team.personer')}
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {t('oppgaver.team.etterlevelse.forklaring')}
      </Paragraph>
      {personer.length === 0 ? (
        <Paragraph className="empty-state">{t('oppgaver.team.personer.tom')}</Paragraph>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
          <Table data-size="sm" data-color="neutral" className="data-table" zebra aria-labelledby={headingId}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('oppgaver.team.kolonne.kontaktperson')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('oppgaver.team.kolonne.etterlevelse')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('oppgaver.team.kolonne.fullfort')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('oppgaver.team.kolonne.forfalt')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('oppgaver.team.kolonne.avvik')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('oppgaver.team.kolonne.kommende')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {personer.map((p) => (
                <Table.Row key={p.id}>
                  <Table.HeaderCell scope="row">{p.navn}</Table.HeaderCell>
                  <Table.Cell className="numeric">
                    <Etterlevelse value={p.etterlevelse} />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <Count value={p.fullfort} />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <Count value={p.forfalt} />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <Count value={p.avvik} />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <Count value={p.kommende} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
    </section>
  );
}

function ChildTable({ barn }: { barn: TeamBarn[] }) {
  const t = useT();
  const headingId = useId();
  const [alle, setAlle] = useState(false);
  const shown = alle ? barn : barn.slice(0, GROUP_LIMIT * 2);
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('oppgaver.team.barn')}
      </Heading>
      {barn.length === 0 ? (
        <Paragraph className="empty-state">{t('oppgaver.team.barn.tom')}</Paragraph>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
          <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
            <Table
              data-size="sm"
              data-color="neutral"
              className="data-table"
              zebra
              aria-labelledby={headingId}
            >
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('oppgaver.kolonne.barn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('oppgaver.team.kolonne.kontaktperson')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('oppgaver.team.kolonne.etterlevelse')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('oppgaver.team.kolonne.fullfort')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('oppgaver.team.kolonne.forfalt')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('oppgaver.team.kolonne.avvik')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {shown.map((b) => (
                  <Table.Row key={b.id}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/barn/${b.id}/arshjul`}>{b.navn}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{b.kontaktperson ?? <EmptyValue />}</Table.Cell>
                    <Table.Cell className="numeric">
                      <Etterlevelse value={b.etterlevelse} />
                    </Table.Cell>
                    <Table.Cell className="numeric">
                      <Count value={b.fullfort} />
                    </Table.Cell>
                    <Table.Cell className="numeric">
                      <Count value={b.forfalt} />
                    </Table.Cell>
                    <Table.Cell className="numeric">
                      <Count value={b.avvik} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </section>
          <ShowAll total={barn.length} shown={shown.length} alle={alle} onToggle={() => setAlle((v) => !v)} />
        </>
      )}
    </section>
  );
}

function ShowAll({
  total,
  shown,
  alle,
  onToggle,
}: {
  total: number;
  shown: number;
  alle: boolean;
  onToggle: () => void;
}) {
  const t = useT();
  if (total <= shown && !alle) return null;
  return (
    <div className="task-group__more">
      <span className="subtle">{t('oppgaver.viser', { antall: shown, total })}</span>
      <Button type="button" variant="secondary" data-size="sm" onClick={onToggle}>
        {alle ? t('oppgaver.visFaerre') : t('oppgaver.visAlle', { antall: total })}
      </Button>
    </div>
  );
}

/** Deviations: each with its reason and new date, apart from the plain overdue tasks. */
function DeviationList({ items }: { items: Oppgave[] }) {
  const t = useT();
  const labels = useTaskLabels();
  const headingId = useId();
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} className="task-group__title">
        {t('oppgaver.team.avvik')}
        <span className="ds-sr-only">, </span>
        <span className="task-group__count">{t('oppgaver.gruppe.antall', { antall: items.length })}</span>
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {t('oppgaver.team.avvik.ingress')}
      </Paragraph>
      {items.length === 0 ? (
        <Paragraph className="empty-state">{t('oppgaver.team.avvik.tom')}</Paragraph>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
          <Table
            data-size="sm"
            data-color="neutral"
            className="data-table task-table"
            aria-labelledby={headingId}
          >
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('oppgaver.kolonne.oppgave')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('oppgaver.kolonne.barn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('oppgaver.kolonne.ansvarlig')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('oppgaver.team.kolonne.opprinneligFrist')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('oppgaver.team.kolonne.nyDato')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('oppgaver.team.kolonne.arsak')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((o) => (
                <Table.Row key={o.id}>
                  <Table.Cell>
                    <span className="stacked-tight">
                      <span className="task-name">{labels.navn(o)}</span>
                      <RuleInfo oppgave={o} />
                    </span>
                  </Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/barn/${o.barn.id}`}>{o.barn.navn}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{o.ansvarlig ? o.ansvarlig.navn : <EmptyValue />}</Table.Cell>
                  <Table.Cell>
                    <CivilDate date={o.frist} />
                  </Table.Cell>
                  <Table.Cell>
                    <CivilDate date={o.avvik?.nyFrist} />
                  </Table.Cell>
                  <Table.Cell className="task-reason">{o.avvik?.arsak}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
    </section>
  );
}

function OverdueList({ items }: { items: Oppgave[] }) {
  const t = useT();
  const headingId = useId();
  const [alle, setAlle] = useState(false);
  const shown = alle ? items : items.slice(0, GROUP_LIMIT);
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} className="task-group__title">
        {t('oppgaver.team.forfalt')}
        <span className="ds-sr-only">, </span>
        <span className="task-group__count">{t('oppgaver.gruppe.antall', { antall: items.length })}</span>
      </Heading>
      {items.length === 0 ? (
        <Paragraph className="empty-state">{t('oppgaver.team.forfalt.tom')}</Paragraph>
      ) : (
        <>
          <TaskTable items={shown} labelledBy={headingId} visAnsvarlig />
          <ShowAll
            total={items.length}
            shown={shown.length}
            alle={alle}
            onToggle={() => setAlle((v) => !v)}
          />
        </>
      )}
    </section>
  );
}
