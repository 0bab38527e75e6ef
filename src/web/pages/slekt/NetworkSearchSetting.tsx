import { Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getRecruitmentSettings } from '@/web/api/getRecruitmentSettings';
import { rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { updateRecruitmentSettings } from '@/web/api/updateRecruitmentSettings';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';

/**
 * In the recruitment settings (head of service): whether an ordinary (neutral) placement needs a
 * concluded search in the child's family and network first. On by default: the choice rules
 * always require kin to be considered; a duty to document it is not settled law ([U]). The same
 * settings (and version) as the retention period on that page: one query, each form sends only
 * its own setting.
 */
export function NetworkSearchSetting() {
  const t = useT();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: rekrutteringKeys.settings, queryFn: getRecruitmentSettings });
  const [krever, setKrever] = useState<boolean | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const value = krever ?? query.data?.kreverNettverkssok ?? true;

  return (
    <section aria-labelledby="innstilling-slekt" className="stacked">
      <Heading level={2} data-size="sm" id="innstilling-slekt">
        {t('slekt.innstilling.tittel')}
      </Heading>
      <Paragraph>{t('slekt.innstilling.forklaring')}</Paragraph>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {query.data && (
        <form
          className="dialog-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setMelding(null);
            setBusy(true);
            try {
              const saved = await updateRecruitmentSettings({
                kreverNettverkssok: value,
                version: query.data.version,
              });
              queryClient.setQueryData(rekrutteringKeys.settings, saved);
              setKrever(null);
              setMelding(t(saved.kreverNettverkssok ? 'slekt.innstilling.pa' : 'slekt.innstilling.av'));
            } catch (error) {
              setMelding(problemMessage(error, t));
              await query.refetch();
            } finally {
              setBusy(false);
            }
          }}
        >
          <Switch
            id="innstilling-krever-nettverkssok"
            label={t('slekt.innstilling.felt')}
            checked={value}
            onChange={(e) => setKrever(e.target.checked)}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" loading={busy}>
              {t('slekt.innstilling.lagre')}
            </Button>
          </div>
          <StatusLine message={melding} />
        </form>
      )}
    </section>
  );
}
