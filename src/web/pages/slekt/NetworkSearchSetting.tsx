import { Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getNetworkSearchSetting } from '@/web/api/getNetworkSearchSetting';
import { updateNetworkSearchSetting } from '@/web/api/updateNetworkSearchSetting';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';

const KEY = ['recruitment', 'settings', 'network-search'] as const;

/**
 * In the recruitment settings (head of service): whether an ordinary (neutral) placement needs a
 * concluded search in the child's family and network first. On by default: the choice rules
 * always require kin to be considered; a duty to document it is not settled law ([U]).
 */
export function NetworkSearchSetting() {
  const t = useT();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: getNetworkSearchSetting });
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
              const saved = await updateNetworkSearchSetting({
                kreverNettverkssok: value,
                version: query.data.version,
              });
              queryClient.setQueryData(KEY, saved);
              queryClient.invalidateQueries({ queryKey: ['recruitment', 'settings'] });
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
