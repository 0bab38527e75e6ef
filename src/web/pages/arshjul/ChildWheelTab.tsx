import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ChevronLeftIcon, ChevronRightIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { getAnnualWheel } from '@/web/api/getAnnualWheel';
import { queryKeys } from '@/web/api/queryKeys';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { osloToday } from '@/web/i18n/dates';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { FrequencyForm } from '@/web/pages/arshjul/FrequencyForm';
import { currentPlacement, FrequencyPanel } from '@/web/pages/arshjul/FrequencyPanel';
import { ReportReceivedForm } from '@/web/pages/arshjul/ReportReceivedForm';
import { WheelGrid } from '@/web/pages/arshjul/WheelGrid';
import { WheelTable } from '@/web/pages/arshjul/WheelTable';
import { useChild } from '@/web/pages/barn/side/useChild';
import { AvvikTag, StatusTag } from '@/web/pages/oppgaver/StatusTag';
import '@/web/pages/arshjul/arshjul.css';

const STATUSES = ['forfalt', 'denne_uken', 'kommende', 'fullfort'] as const;

/**
 * `/barn/:id/arshjul` — the child's year: every task in the month of its deadline, as a grid to
 * print and put on the wall, and the same as a table. Below: visit frequency for the placement.
 */
export function ChildWheelTab() {
  const t = useT();
  const barn = useChild();
  const headingId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const iAr = Number(osloToday().slice(0, 4));
  const parsed = Number(searchParams.get('ar'));
  const ar = Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : iAr;
  const query = useQuery({
    queryKey: queryKeys.annualWheel(barn.id, ar),
    queryFn: () => getAnnualWheel(barn.id, ar),
    placeholderData: keepPreviousData,
  });
  const [open, setOpen] = useState<'hyppighet' | 'rapport' | null>(null);
  const [done, setDone] = useState<MessageId | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const plassering = currentPlacement(barn);

  const setAr = (next: number) => {
    const params = new URLSearchParams(searchParams);
    if (next === iAr) params.delete('ar');
    else params.set('ar', String(next));
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };
  const finish = (message: MessageId) => {
    setOpen(null);
    setDone(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const antall = query.data?.maneder.reduce((sum, m) => sum + m.oppgaver.length, 0) ?? 0;

  return (
    <div className="arshjul-page">
      <div className="arshjul-page__head">
        <Heading level={2} data-size="md" id={headingId}>
          {t('arshjul.tittel', { ar: String(ar) })}
        </Heading>
        <div className="arshjul-page__controls no-print">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-label={t('arshjul.forrigeAr', { ar: String(ar - 1) })}
            onClick={() => setAr(ar - 1)}
          >
            <ChevronLeftIcon aria-hidden />
            {String(ar - 1)}
          </Button>
          {ar !== iAr && (
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => setAr(iAr)}>
              {t('arshjul.iAr')}
            </Button>
          )}
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-label={t('arshjul.nesteAr', { ar: String(ar + 1) })}
            onClick={() => setAr(ar + 1)}
          >
            {String(ar + 1)}
            <ChevronRightIcon aria-hidden />
          </Button>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => window.print()}>
            <PrinterSmallIcon aria-hidden />
            {t('arshjul.skrivUt')}
          </Button>
        </div>
      </div>
      <Paragraph className="no-print">{t('arshjul.ingress')}</Paragraph>
      <div className="arshjul-page__links no-print">
        <Link asChild>
          <RouterLink to={`/oppgaver?barn=${barn.id}`}>{t('arshjul.tilOppgavene')}</RouterLink>
        </Link>
        {barn.kanEndre && plassering && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen('rapport')}>
            {t('arshjul.rapport.knapp')}
          </Button>
        )}
      </div>

      <div
        aria-live="polite"
        role="status"
        ref={statusRef}
        tabIndex={-1}
        className="tasks-page__status no-print"
      >
        {done && (
          <Alert data-color="success">
            <Paragraph>{t(done)}</Paragraph>
          </Alert>
        )}
      </div>

      <div className="wheel-legend">
        <span className="wheel-legend__label">{t('arshjul.tegnforklaring')}</span>
        {STATUSES.map((status) => (
          <StatusTag key={status} status={status} />
        ))}
        <AvvikTag />
      </div>

      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <div aria-busy={query.isFetching} className="arshjul-page__body">
          {antall === 0 && (
            <Paragraph className="empty-state">{t('arshjul.tom', { ar: String(ar) })}</Paragraph>
          )}
          <WheelGrid wheel={query.data} headingId={headingId} />
          {antall > 0 && <WheelTable wheel={query.data} />}
        </div>
      )}

      <div className="no-print">
        <FrequencyPanel barn={barn} onDecide={() => setOpen('hyppighet')} />
      </div>

      <FormDialog
        open={open === 'hyppighet'}
        onClose={() => setOpen(null)}
        title={t('arshjul.hyppighet.knapp')}
      >
        {plassering && (
          <FrequencyForm
            plassering={plassering}
            onDone={() => finish('arshjul.hyppighet.lagret')}
            onCancel={() => setOpen(null)}
          />
        )}
      </FormDialog>
      <FormDialog open={open === 'rapport'} onClose={() => setOpen(null)} title={t('arshjul.rapport.knapp')}>
        <ReportReceivedForm
          barnId={barn.id}
          onDone={() => finish('arshjul.rapport.lagret')}
          onCancel={() => setOpen(null)}
        />
      </FormDialog>
    </div>
  );
}
