import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FilesIcon } from '@navikt/aksel-icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { createCalendarFeed } from '@/web/api/createCalendarFeed';
import { getCalendarFeedStatus } from '@/web/api/getCalendarFeedStatus';
import { queryKeys } from '@/web/api/queryKeys';
import { revokeCalendarFeed } from '@/web/api/revokeCalendarFeed';
import { PageSpinner } from '@/web/components/PageSpinner';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { Timestamp } from '@/web/components/Timestamp';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import '@/web/pages/arshjul/arshjul.css';

/**
 * "Kalender": a personal iCalendar feed of the user's tasks. The feed carries a case reference
 * and the task type only, never names. The secret address is shown once; a new one revokes the
 * old; it can be revoked.
 */
export function CalendarFeedSection() {
  const t = useT();
  const headingId = useId();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: queryKeys.calendarFeed, queryFn: getCalendarFeedStatus });
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<MessageId | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.calendarFeed });
  const sectionRef = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  // Linked from "Mine oppgaver" as /innstillinger#kalender.
  useEffect(() => {
    if (hash === '#kalender') sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const create = useMutation({
    mutationFn: createCalendarFeed,
    onMutate: () => setMessage(null),
    onSuccess: async (created) => {
      setUrl(created.url);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onMutate: () => setMessage(null),
    onSuccess: async () => {
      setUrl(null);
      setMessage('kalender.slettet');
      await refresh();
    },
  });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('kalender.kopiert');
    } catch {
      setMessage('kalender.kopieringFeilet');
    }
  };

  const aktiv = status.data?.aktiv ?? false;
  const error = create.error ?? revoke.error;
  return (
    <section
      ref={sectionRef}
      id="kalender"
      className="settings-form calendar-feed"
      aria-labelledby={headingId}
    >
      <Heading level={2} data-size="sm" id={headingId}>
        {t('kalender.overskrift')}
      </Heading>
      <Paragraph>{t('kalender.ingress')}</Paragraph>
      <Paragraph data-size="sm">{t('kalender.personvern')}</Paragraph>
      {status.isPending && <PageSpinner />}
      {status.isError && <QueryErrorAlert error={status.error} onRetry={() => status.refetch()} level={3} />}
      {status.data && (
        <Paragraph data-size="sm" className="calendar-feed__status">
          {aktiv && status.data.opprettet ? (
            <>
              {t('kalender.status.aktiv')} <Timestamp value={status.data.opprettet} />
            </>
          ) : (
            t('kalender.status.ingen')
          )}
        </Paragraph>
      )}
      {url && (
        <Alert data-color="success" className="calendar-feed__url">
          <Textfield
            id="kalender-url"
            label={t('kalender.url.etikett')}
            description={t('kalender.url.beskrivelse')}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={copy}>
              <FilesIcon aria-hidden />
              {t('kalender.kopier')}
            </Button>
          </div>
        </Alert>
      )}
      {status.data && (
        <div className="form-actions">
          <Button type="button" loading={create.isPending} onClick={() => create.mutate()}>
            {aktiv ? t('kalender.lagNy') : t('kalender.lag')}
          </Button>
          {aktiv && (
            <Button
              type="button"
              variant="secondary"
              loading={revoke.isPending}
              onClick={() => revoke.mutate()}
            >
              {t('kalender.slett')}
            </Button>
          )}
        </div>
      )}
      {aktiv && !url && <Paragraph data-size="sm">{t('kalender.lagNy.beskrivelse')}</Paragraph>}
      <div aria-live="polite" role="status">
        {message && <Paragraph data-size="sm">{t(message)}</Paragraph>}
        {error && (
          <Alert data-color="danger">
            <Paragraph>{problemMessage(error, t)}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
