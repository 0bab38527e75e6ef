import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { getRecruitmentSettings } from '@/web/api/getRecruitmentSettings';
import { rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { updateRecruitmentSettings } from '@/web/api/updateRecruitmentSettings';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { actionError } from '@/web/pages/rekruttering/actionError';
import { NetworkSearchSetting } from '@/web/pages/slekt/NetworkSearchSetting';

/**
 * `/rekruttering/innstillinger` (rekruttering:settings): how many months the service keeps
 * withdrawn and rejected applicants before they are deleted (12 when not set), and kinship first
 * (NetworkSearchSetting). Both read the same settings; each form sends only its own setting.
 */
export function RekrutteringInnstillingerPage() {
  const t = useT();
  usePageTitle(t('rekruttering.innstillinger.tittel'));
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: rekrutteringKeys.settings, queryFn: getRecruitmentSettings });
  const [maneder, setManeder] = useState('');
  const [feil, setFeil] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  // Only a new retention period from the server resets the field, not a saved kinship setting.
  const lagretManeder = query.data?.slettefristManeder;
  useEffect(() => {
    if (lagretManeder !== undefined) setManeder(String(lagretManeder));
  }, [lagretManeder]);

  return (
    <div className="page page--narrow">
      <Heading level={1} data-size="lg">
        {t('rekruttering.innstillinger.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('rekruttering.innstillinger.ingress')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/rekruttering">{t('rekruttering.tilbakeTilLopet')}</RouterLink>
        </Link>
      </Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      <section aria-labelledby="rek-slettefrist-tittel">
        <Heading level={2} data-size="sm" id="rek-slettefrist-tittel">
          {t('rekruttering.innstillinger.lenke')}
        </Heading>
        {query.data && (
          <form
            className="dialog-form"
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              setFeil(null);
              setMelding(null);
              const n = Number(maneder);
              if (!Number.isInteger(n) || n < 1 || n > 120) {
                setFeil(t('rekruttering.innstillinger.ugyldig'));
                return;
              }
              try {
                const saved = await updateRecruitmentSettings({
                  slettefristManeder: n,
                  version: query.data.version,
                });
                queryClient.setQueryData(rekrutteringKeys.settings, saved);
                setMelding(t('rekruttering.innstillinger.lagret', { maneder: saved.slettefristManeder }));
              } catch (error) {
                setFeil(actionError(error, t));
                await query.refetch();
              }
            }}
          >
            <Textfield
              id="rek-slettefrist"
              type="number"
              min={1}
              max={120}
              className="number-field"
              label={t('rekruttering.innstillinger.felt')}
              description={t('rekruttering.innstillinger.felt.hjelp')}
              value={maneder}
              error={feil ?? undefined}
              onChange={(e) => setManeder(e.target.value)}
            />
            {query.data.version === 0 && (
              <Alert data-color="info" data-size="sm">
                {t('rekruttering.innstillinger.standard')}
              </Alert>
            )}
            <div className="form-actions">
              <Button type="submit">{t('felles.lagre')}</Button>
            </div>
            <StatusLine message={melding} />
          </form>
        )}
      </section>
      <NetworkSearchSetting />
    </div>
  );
}
