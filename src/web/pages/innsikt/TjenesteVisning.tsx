import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { getServiceInsights } from '@/web/api/getServiceInsights';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { Definisjoner } from '@/web/pages/innsikt/Definisjoner';
import { Eksport } from '@/web/pages/innsikt/Eksport';
import { Fordeling } from '@/web/pages/innsikt/Fordeling';
import { useInnsiktPeriode } from '@/web/pages/innsikt/innsiktContext';
import { type Kolonne, MaalTabell } from '@/web/pages/innsikt/MaalTabell';
import { Nokkeltall } from '@/web/pages/innsikt/Nokkeltall';
import { ProgramOgProdukter } from '@/web/pages/innsikt/ProgramOgProdukter';
import { Sammenligning } from '@/web/pages/innsikt/Sammenligning';
import { Utvikling } from '@/web/pages/innsikt/Utvikling';
import { ViserPeriode } from '@/web/pages/innsikt/ViserPeriode';

/**
 * "Tjenesten" (innsikt:tjeneste): key figures for the service, or for a team leader's team, the
 * teams side by side, the splits of the unintended moves, the trend, programme fidelity and
 * product use, and the export.
 */
export function TjenesteVisning() {
  const t = useT();
  usePageTitle(t('innsikt.tittel'));
  const periode = useInnsiktPeriode();
  const sammenligningId = useId();
  const query = useQuery({
    queryKey: queryKeys.insights('tjeneste', periode.fra, periode.til),
    queryFn: () => getServiceInsights(periode),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const me = useMe();
  // The session has the service's name in the user's language; the insights API gives bokmål.
  const tjenesteNavn = data?.tjeneste.id === me.tjeneste.id ? me.tjeneste.navn : (data?.tjeneste.navn ?? '');

  // The head of service sees the whole service; a team leader only their own team.
  const tjeneste: Kolonne | null = data?.tjeneste.maal
    ? { id: data.tjeneste.id, navn: t('innsikt.heleTjenesten'), maal: data.tjeneste.maal }
    : null;
  const team: Kolonne[] = data?.team ?? [];
  const hoved = tjeneste
    ? { navn: tjenesteNavn, maal: tjeneste.maal }
    : team[0]
      ? { navn: team[0].navn, maal: team[0].maal }
      : null;

  return (
    <div className="innsikt-visning" aria-busy={query.isFetching}>
      <ViserPeriode periode={data?.periode} laster={query.isPlaceholderData} />
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {data && (
        <>
          {hoved ? (
            <Nokkeltall navn={hoved.navn} maal={hoved.maal} til={data.periode.til} />
          ) : (
            <Paragraph className="empty-state">{t('innsikt.ingenTeam')}</Paragraph>
          )}
          {(tjeneste || team.length > 0) && (
            <section className="overview-section" aria-labelledby={sammenligningId}>
              <Heading level={2} data-size="sm" id={sammenligningId}>
                {tjeneste ? t('innsikt.sammenligning.tittel') : t('innsikt.alleMaal.tittel')}
              </Heading>
              {tjeneste && (
                <Paragraph data-size="sm" className="subtle">
                  {t('innsikt.sammenligning.ingress')}
                </Paragraph>
              )}
              {tjeneste && team.length > 0 && (
                <Sammenligning
                  kolonner={[tjeneste, ...team]}
                  niva="tjeneste"
                  caption={t('innsikt.sammenligning.tabell')}
                  enhet={t('innsikt.kolonne.team')}
                />
              )}
              <MaalTabell
                caption={t('innsikt.alleMaal.tabell', {
                  navn: tjeneste ? tjenesteNavn : (hoved?.navn ?? ''),
                })}
                kolonner={tjeneste ? [tjeneste, ...team] : team}
                niva="tjeneste"
              />
              <Definisjoner />
            </section>
          )}
          {hoved && <Fordeling navn={hoved.navn} maal={hoved.maal} />}
          <Utvikling trend={data.trend} navn={tjenesteNavn} />
          <ProgramOgProdukter periode={data.periode} />
          <Eksport periode={data.periode} niva="tjeneste" />
        </>
      )}
    </div>
  );
}
