import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { getTaskSummary } from '@/web/api/getTaskSummary';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { useT } from '@/web/i18n/useT';

/**
 * The in-app notice: "Du har N forfalte oppgaver og M denne uken", linking to /oppgaver. Shown
 * only when there is something to do, and only to those who follow children.
 */
export function TaskNotice() {
  const me = useMe();
  if (!harTillatelse(me, Tillatelse.barnList)) return null;
  return <TaskNoticeContent />;
}

function TaskNoticeContent() {
  const t = useT();
  const query = useQuery({ queryKey: queryKeys.taskSummary, queryFn: getTaskSummary });
  if (!query.data) return null;
  const { forfalt, denneUken } = query.data;
  if (forfalt + denneUken === 0) return null;
  return (
    <Alert data-color={forfalt > 0 ? 'warning' : 'info'} className="task-notice">
      <Paragraph>
        {t('oppgaver.varsel', { forfalt, denneUken })}{' '}
        <Link asChild>
          <RouterLink to="/oppgaver">{t('oppgaver.varsel.lenke')}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
