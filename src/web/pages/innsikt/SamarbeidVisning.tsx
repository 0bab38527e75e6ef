import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { getCollaborationInsights } from '@/web/api/getCollaborationInsights';
import type { SamarbeidInnsikt } from '@/web/api/innsiktTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { Definisjoner } from '@/web/pages/innsikt/Definisjoner';
import { Eksport } from '@/web/pages/innsikt/Eksport';
import { useInnsiktPeriode } from '@/web/pages/innsikt/innsiktContext';
import { type Kolonne, MaalTabell } from '@/web/pages/innsikt/MaalTabell';
import { SamarbeidProgram } from '@/web/pages/innsikt/SamarbeidProgram';
import { Sammenligning } from '@/web/pages/innsikt/Sammenligning';
import { ViserPeriode } from '@/web/pages/innsikt/ViserPeriode';

/** One collaboration: its services side by side, with small numbers hidden. */
function Samarbeid({ samarbeid }: { samarbeid: SamarbeidInnsikt['samarbeid'][number] }) {
  const t = useT();
  const me = useMe();
  const headingId = useId();
  const samlet: Kolonne = { id: samarbeid.id, navn: t('innsikt.samlet'), maal: samarbeid.samlet };
  const tjenester = samarbeid.tjenester.map((x) => ({
    ...x,
    // The own service by its name in the user's language (the API gives bokmål).
    navn: x.id === me.tjeneste.id ? `${me.tjeneste.navn} ${t('oversikt.samarbeid.egen')}` : x.navn,
  }));
  return (
    <section className="overview-section innsikt-samarbeid" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {samarbeid.navn}
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {t('innsikt.samarbeid.tjenester', { antall: tjenester.length })}
      </Paragraph>
      <Sammenligning
        kolonner={[samlet, ...tjenester]}
        niva="samarbeid"
        caption={t('innsikt.samarbeid.sammenligning', { navn: samarbeid.navn })}
        enhet={t('innsikt.kolonne.tjeneste')}
      />
      <MaalTabell
        caption={t('innsikt.alleMaal.tabell', { navn: samarbeid.navn })}
        kolonner={[samlet, ...tjenester]}
        niva="samarbeid"
      />
      <p className="innsikt-forklaring">
        <span aria-hidden className="innsikt-forklaring__tegn">
          –
        </span>{' '}
        {t('innsikt.skjult.legende')}
      </p>
      <Definisjoner />
      <SamarbeidProgram navn={samarbeid.navn} tjenester={tjenester} />
    </section>
  );
}

/**
 * "Læringsnettverket" (innsikt:samarbeid): for each collaboration the service is part of, every
 * service's figures, computed inside that service so that only aggregates leave it.
 */
export function SamarbeidVisning() {
  const t = useT();
  usePageTitle(t('innsikt.samarbeid.dokumenttittel'));
  const periode = useInnsiktPeriode();
  const query = useQuery({
    queryKey: queryKeys.insights('samarbeid', periode.fra, periode.til),
    queryFn: () => getCollaborationInsights(periode),
    placeholderData: keepPreviousData,
  });
  const data = query.data;

  return (
    <div className="innsikt-visning" aria-busy={query.isFetching}>
      <ViserPeriode periode={data?.periode} laster={query.isPlaceholderData} />
      <div className="innsikt-personvern" role="note" aria-label={t('innsikt.personvern.etikett')}>
        <Paragraph data-size="sm">{t('innsikt.personvern')}</Paragraph>
      </div>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {data && data.samarbeid.length === 0 && (
        <Paragraph className="empty-state">{t('innsikt.samarbeid.ingen')}</Paragraph>
      )}
      {data?.samarbeid.map((s) => (
        <Samarbeid key={s.id} samarbeid={s} />
      ))}
      {data && data.samarbeid.length > 0 && <Eksport periode={data.periode} niva="samarbeid" />}
    </div>
  );
}
