import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { closeReRecruitment } from '@/web/api/closeReRecruitment';
import { getFosterHomeReRecruitment } from '@/web/api/getFosterHomeReRecruitment';
import { type Gjenrekruttering, type GjenrekrutteringSvar, slektKeys } from '@/web/api/slektTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { civilDateValue } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { ReRecruitmentForm } from '@/web/pages/slekt/ReRecruitmentForm';
import { ARSAKER, TILSTANDER } from '@/web/pages/slekt/slektLabels';

function useStatusText() {
  const t = useT();
  const intl = useIntl();
  const d = (date: string | null) =>
    date ? intl.formatDate(civilDateValue(date), { dateStyle: 'long', timeZone: TIME_ZONE }) : '';
  return (r: Gjenrekruttering): string => {
    if (r.tilstand === 'avsluttet') {
      if (r.svar === 'klar') return t('gjenrekruttering.hjem.klar', { dato: d(r.samtaleDato) });
      if (r.svar === 'nei')
        return t('gjenrekruttering.hjem.nei', {
          dato: d(r.samtaleDato),
          arsak: r.arsak ? t(ARSAKER[r.arsak]) : '',
        });
      return t('gjenrekruttering.hjem.lukket', { dato: d(r.avsluttet) });
    }
    const key: Record<string, MessageId> = {
      apen: 'gjenrekruttering.hjem.apen',
      forfalt: 'gjenrekruttering.hjem.forfalt',
      pause: 'gjenrekruttering.hjem.pause',
      pause_utlopt: 'gjenrekruttering.hjem.pause_utlopt',
    };
    return t(key[r.tilstand] as MessageId, {
      dato: d(r.tilstand.startsWith('pause') ? r.pauseTil : r.frist),
    });
  };
}

/** On the foster home's page: whether it is to be asked about a new assignment, and the answer. */
export function ReRecruitmentSection({
  fosterhjemId,
  kanEndre,
}: {
  fosterhjemId: string;
  kanEndre: boolean;
}) {
  const t = useT();
  const statusText = useStatusText();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: slektKeys.fosterHomeReRecruitment(fosterhjemId),
    queryFn: () => getFosterHomeReRecruitment(fosterhjemId),
  });
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: slektKeys.fosterHomeReRecruitment(fosterhjemId) });
    queryClient.invalidateQueries({ queryKey: slektKeys.reRecruitment });
  };
  const latest = query.data?.items[0] ?? null;
  const active = latest && latest.tilstand !== 'avsluttet' ? latest : null;

  const close = async (r: Gjenrekruttering) => {
    setBusy(true);
    try {
      await closeReRecruitment(r.id, r.version);
      setStatus(t('gjenrekruttering.lukket'));
      await refresh();
    } catch (e) {
      setStatus(problemMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-gjenrekruttering">
        <Heading level={2} data-size="sm" id="hjem-gjenrekruttering">
          {t('gjenrekruttering.hjem.overskrift')}
        </Heading>
        {/* After an answer or closing, the buttons may be gone: the message takes focus. */}
        <StatusLine message={status} takeFocus />
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
        {query.data && !latest && <Paragraph>{t('gjenrekruttering.hjem.ingen')}</Paragraph>}
        {latest && (
          <Paragraph>
            <Tag data-size="sm" data-color={TILSTANDER[latest.tilstand].color}>
              {t(TILSTANDER[latest.tilstand].label)}
            </Tag>{' '}
            {statusText(latest)}
          </Paragraph>
        )}
        {active && kanEndre && (
          <div className="form-actions">
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
              {t('gjenrekruttering.registrer')}
            </Button>
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              loading={busy}
              onClick={() => close(active)}
            >
              {t('gjenrekruttering.lukk')}
            </Button>
          </div>
        )}
        <FormDialog open={open} onClose={() => setOpen(false)} title={t('gjenrekruttering.registrer')}>
          {active && (
            <ReRecruitmentForm
              rad={active}
              onCancel={() => setOpen(false)}
              onDone={async (svar: GjenrekrutteringSvar) => {
                setOpen(false);
                setStatus(svar === 'klar' ? t('gjenrekruttering.lagretKlar') : t('gjenrekruttering.lagret'));
                await refresh();
              }}
            />
          )}
        </FormDialog>
      </section>
    </Card>
  );
}
