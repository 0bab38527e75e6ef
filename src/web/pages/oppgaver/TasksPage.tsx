import {
  Alert,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  ToggleGroup,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { Omfang, Oppgave } from '@/web/api/arshjulTypes';
import { listTasks } from '@/web/api/listTasks';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { DeviationForm } from '@/web/pages/oppgaver/DeviationForm';
import { PlanForm } from '@/web/pages/oppgaver/PlanForm';
import { RecordEventForm } from '@/web/pages/oppgaver/RecordEventForm';
import { TaskGroup } from '@/web/pages/oppgaver/TaskGroup';
import type { TaskAction } from '@/web/pages/oppgaver/TaskTable';
import '@/web/pages/arshjul/arshjul.css';

const GROUPS = ['forfalt', 'denne_uken', 'kommende'] as const;

const DIALOG_TITLE: Record<TaskAction, MessageId> = {
  registrer: 'hendelse.skjema.tittel',
  avvik: 'oppgaver.avvik.tittel',
  planlegg: 'oppgaver.plan.tittel',
};

/**
 * `/oppgaver` — "Mine oppgaver": overdue, this week and coming (three months), each task with
 * Registrer (record the event that completes it), Avvik (reason and new date) and Planlegg.
 * Team leaders can switch to the team's tasks.
 */
export function TasksPage() {
  const t = useT();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const kanTeam = harTillatelse(me, Tillatelse.arshjulTeam) && me.team !== null;
  const omfang: Omfang = kanTeam && searchParams.get('omfang') === 'team' ? 'team' : 'mine';
  const barnFilter = searchParams.get('barn') ?? '';
  usePageTitle(omfang === 'team' ? t('oppgaver.tittel.team') : t('oppgaver.tittel'));
  const query = useQuery({ queryKey: queryKeys.taskList(omfang), queryFn: () => listTasks(omfang) });
  const [open, setOpen] = useState<{ oppgave: Oppgave; action: TaskAction } | null>(null);
  const [done, setDone] = useState<MessageId | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true });
  };

  const barn = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of query.data?.items ?? []) map.set(item.barn.id, item.barn.navn);
    return [...map].sort((a, b) => a[1].localeCompare(b[1], 'nb'));
  }, [query.data]);
  const items = (query.data?.items ?? []).filter((item) => !barnFilter || item.barn.id === barnFilter);

  const start = (oppgave: Oppgave, action: TaskAction) => {
    setDone(null);
    setOpen({ oppgave, action });
  };
  const close = () => setOpen(null);
  const finish = (message: MessageId) => {
    setOpen(null);
    setDone(message);
    // The row may be gone (a completed task): focus goes to the message, not to the page's top.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <div className="page tasks-page">
      <div className="page-heading tasks-page__heading">
        <Heading level={1} data-size="lg">
          {omfang === 'team' ? t('oppgaver.tittel.team') : t('oppgaver.tittel')}
        </Heading>
        <ul className="tasks-page__links">
          {harTillatelse(me, Tillatelse.arshjulTeam) && (
            <li>
              <Link asChild>
                <RouterLink to="/oppgaver/team">{t('oppgaver.lenke.team')}</RouterLink>
              </Link>
            </li>
          )}
          <li>
            <Link asChild>
              <RouterLink to="/innstillinger#kalender">{t('oppgaver.lenke.kalender')}</RouterLink>
            </Link>
          </li>
          {harTillatelse(me, Tillatelse.arshjulSettings) && (
            <li>
              <Link asChild>
                <RouterLink to="/oppgaver/innstillinger">{t('oppgaver.lenke.lokalPraksis')}</RouterLink>
              </Link>
            </li>
          )}
        </ul>
      </div>
      <Paragraph className="page__lead">{t('oppgaver.ingress')}</Paragraph>

      <div className="tasks-filters">
        {kanTeam && (
          <ToggleGroup
            data-toggle-group={t('oppgaver.omfang.etikett')}
            value={omfang}
            onChange={(value) => setParam('omfang', value === 'team' ? 'team' : '')}
            data-size="sm"
          >
            <ToggleGroup.Item value="mine">{t('oppgaver.omfang.mine')}</ToggleGroup.Item>
            <ToggleGroup.Item value="team">{t('oppgaver.omfang.team')}</ToggleGroup.Item>
          </ToggleGroup>
        )}
        {barn.length > 1 && (
          <Field className="tasks-filters__child">
            <Label htmlFor="oppgaver-filter-barn">{t('oppgaver.filter.barn')}</Label>
            <Select
              id="oppgaver-filter-barn"
              value={barnFilter}
              onChange={(event) => setParam('barn', event.target.value)}
            >
              <Select.Option value="">{t('oppgaver.filter.alleBarn')}</Select.Option>
              {barn.map(([id, navn]) => (
                <Select.Option key={id} value={id}>
                  {navn}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
      </div>

      <div aria-live="polite" role="status" ref={statusRef} tabIndex={-1} className="tasks-page__status">
        {done && (
          <Alert data-color="success">
            <Paragraph>{t(done)}</Paragraph>
          </Alert>
        )}
      </div>

      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data &&
        GROUPS.map((status) => (
          <TaskGroup
            key={status}
            status={status}
            items={items.filter((item) => item.status === status)}
            visAnsvarlig={omfang === 'team'}
            onAction={start}
          />
        ))}

      <FormDialog open={open !== null} onClose={close} title={open ? t(DIALOG_TITLE[open.action]) : ''}>
        {open?.action === 'registrer' && (
          <RecordEventForm oppgave={open.oppgave} onDone={() => finish('hendelse.lagret')} onCancel={close} />
        )}
        {open?.action === 'avvik' && (
          <DeviationForm
            oppgave={open.oppgave}
            onDone={() => finish('oppgaver.avvik.lagret')}
            onCancel={close}
          />
        )}
        {open?.action === 'planlegg' && (
          <PlanForm
            oppgave={open.oppgave}
            onDone={(removed) => finish(removed ? 'oppgaver.plan.fjernet' : 'oppgaver.plan.lagret')}
            onCancel={close}
          />
        )}
      </FormDialog>
    </div>
  );
}
