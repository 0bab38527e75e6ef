import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { Oppgave } from '@/web/api/arshjulTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { Timestamp } from '@/web/components/Timestamp';
import { useMediaQuery } from '@/web/components/useMediaQuery';
import { useT } from '@/web/i18n/useT';
import { WriteDocumentButton } from '@/web/pages/dokumenter/WriteDocumentButton';
import { RuleInfo } from '@/web/pages/oppgaver/RuleInfo';
import { AvvikTag } from '@/web/pages/oppgaver/StatusTag';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

export type TaskAction = 'registrer' | 'avvik' | 'planlegg';

interface Props {
  items: Oppgave[];
  labelledBy: string;
  /** Show the responsible contact person (the team's tasks). */
  visAnsvarlig?: boolean;
  /** Without it the list is read-only. */
  onAction?: (oppgave: Oppgave, action: TaskAction) => void;
}

/**
 * Tasks: what, the deadline (and a deviation's new date and reason), child, foster home, plan,
 * and the actions. A table on wide screens; on narrow ones (down to 320 px) one card per task,
 * so the actions are not hidden at the end of a sideways scroll.
 */
export function TaskTable(props: Props) {
  const narrow = useMediaQuery('(max-width: 47.99rem)');
  return narrow ? <TaskCards {...props} /> : <TaskRows {...props} />;
}

function TaskRows({ items, labelledBy, visAnsvarlig = false, onAction }: Props) {
  const t = useT();
  const labels = useTaskLabels();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      <Table
        data-size="sm"
        data-color="neutral"
        className="data-table task-table"
        aria-labelledby={labelledBy}
      >
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('oppgaver.kolonne.oppgave')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('oppgaver.kolonne.frist')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('oppgaver.kolonne.barn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('oppgaver.kolonne.fosterhjem')}</Table.HeaderCell>
            {visAnsvarlig && (
              <Table.HeaderCell scope="col">{t('oppgaver.kolonne.ansvarlig')}</Table.HeaderCell>
            )}
            <Table.HeaderCell scope="col">{t('oppgaver.kolonne.planlagt')}</Table.HeaderCell>
            {onAction && <Table.HeaderCell scope="col">{t('oppgaver.kolonne.handlinger')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((oppgave) => (
            <Table.Row key={oppgave.id}>
              <Table.Cell>
                <span className="stacked-tight">
                  <span className="task-name">{labels.navn(oppgave)}</span>
                  <RuleInfo oppgave={oppgave} />
                </span>
              </Table.Cell>
              <Table.Cell>
                <Deadline oppgave={oppgave} />
              </Table.Cell>
              <Table.Cell>
                <ChildLink oppgave={oppgave} />
              </Table.Cell>
              <Table.Cell>
                <HomeLink oppgave={oppgave} />
              </Table.Cell>
              {visAnsvarlig && (
                <Table.Cell>{oppgave.ansvarlig ? oppgave.ansvarlig.navn : <EmptyValue />}</Table.Cell>
              )}
              <Table.Cell>
                {oppgave.planlagt ? <Timestamp value={oppgave.planlagt} /> : <EmptyValue />}
              </Table.Cell>
              {onAction && (
                <Table.Cell>
                  <TaskActions oppgave={oppgave} onAction={onAction} />
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

function TaskCards({ items, labelledBy, visAnsvarlig = false, onAction }: Props) {
  const t = useT();
  const labels = useTaskLabels();
  return (
    <ul className="task-cards" aria-labelledby={labelledBy}>
      {items.map((oppgave) => (
        <li key={oppgave.id} className="task-card">
          <span className="stacked-tight">
            <span className="task-name">{labels.navn(oppgave)}</span>
            <RuleInfo oppgave={oppgave} />
          </span>
          <dl className="task-card__facts">
            <div>
              <dt>{t('oppgaver.kolonne.frist')}</dt>
              <dd>
                <Deadline oppgave={oppgave} />
              </dd>
            </div>
            <div>
              <dt>{t('oppgaver.kolonne.barn')}</dt>
              <dd>
                <ChildLink oppgave={oppgave} />
              </dd>
            </div>
            <div>
              <dt>{t('oppgaver.kolonne.fosterhjem')}</dt>
              <dd>
                <HomeLink oppgave={oppgave} />
              </dd>
            </div>
            {visAnsvarlig && (
              <div>
                <dt>{t('oppgaver.kolonne.ansvarlig')}</dt>
                <dd>{oppgave.ansvarlig ? oppgave.ansvarlig.navn : <EmptyValue />}</dd>
              </div>
            )}
            <div>
              <dt>{t('oppgaver.kolonne.planlagt')}</dt>
              <dd>{oppgave.planlagt ? <Timestamp value={oppgave.planlagt} /> : <EmptyValue />}</dd>
            </div>
          </dl>
          {onAction && <TaskActions oppgave={oppgave} onAction={onAction} />}
        </li>
      ))}
    </ul>
  );
}

function Deadline({ oppgave }: { oppgave: Oppgave }) {
  const t = useT();
  return (
    <span className="stacked-tight">
      <CivilDate date={oppgave.frist} />
      {oppgave.avvik && (
        <>
          <AvvikTag />
          <span>
            {t('oppgaver.nyDato')} <CivilDate date={oppgave.avvik.nyFrist} />
          </span>
          <span className="subtle task-reason">{oppgave.avvik.arsak}</span>
        </>
      )}
    </span>
  );
}

function ChildLink({ oppgave }: { oppgave: Oppgave }) {
  return (
    <Link asChild>
      <RouterLink to={`/barn/${oppgave.barn.id}`}>{oppgave.barn.navn}</RouterLink>
    </Link>
  );
}

function HomeLink({ oppgave }: { oppgave: Oppgave }) {
  return (
    <Link asChild>
      <RouterLink to={`/fosterhjem/${oppgave.fosterhjem.id}`}>{oppgave.fosterhjem.navn}</RouterLink>
    </Link>
  );
}

/**
 * Registrer, Avvik, Planlegg. Each button's name also says which task and child it is for, since
 * the same words repeat on every row.
 */
function TaskActions({
  oppgave,
  onAction,
}: {
  oppgave: Oppgave;
  onAction: (oppgave: Oppgave, action: TaskAction) => void;
}) {
  const t = useT();
  const labels = useTaskLabels();
  const context = { navn: labels.navn(oppgave), barn: oppgave.barn.navn };
  return (
    <div className="task-actions">
      <Button
        type="button"
        data-size="sm"
        data-color="accent"
        variant="primary"
        aria-label={t('oppgaver.handling.registrerFor', context)}
        onClick={() => onAction(oppgave, 'registrer')}
      >
        {t('oppgaver.handling.registrer')}
      </Button>
      <Button
        type="button"
        data-size="sm"
        data-color="accent"
        variant="secondary"
        aria-label={t('oppgaver.handling.avvikFor', context)}
        onClick={() => onAction(oppgave, 'avvik')}
      >
        {t('oppgaver.handling.avvik')}
      </Button>
      <Button
        type="button"
        data-size="sm"
        data-color="accent"
        variant="tertiary"
        aria-label={t('oppgaver.handling.planleggFor', context)}
        onClick={() => onAction(oppgave, 'planlegg')}
      >
        {t('oppgaver.handling.planlegg')}
      </Button>
      <WriteDocumentButton oppgave={oppgave} />
    </div>
  );
}

/** An empty group says so in words. */
export function EmptyGroup({ text }: { text: string }) {
  return <Paragraph className="empty-state">{text}</Paragraph>;
}
