import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ComponentProps, type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { getRecruitmentOverview } from '@/web/api/getRecruitmentOverview';
import type { Periode } from '@/web/api/innsiktTypes';
import { recruitmentOverviewExportUrl } from '@/web/api/recruitmentOverviewExportUrl';
import {
  type OversiktTabell,
  type RekrutteringOversikt,
  TRAKT_FASER,
  UTFALL_FASER,
} from '@/web/api/rekrutteringOversiktTypes';
import { harTillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { osloToday } from '@/web/i18n/dates';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { type DataRad, DataTabell } from '@/web/pages/innsikt/DataTabell';
import { Definisjon } from '@/web/pages/innsikt/Definisjon';
import { Diagram } from '@/web/pages/innsikt/Diagram';
import { useInnsiktFormat } from '@/web/pages/innsikt/maal';
import { PeriodeSkjema } from '@/web/pages/innsikt/PeriodeSkjema';
import { parsePeriode, periodeSearchParams } from '@/web/pages/innsikt/periodeParams';
import { Seksjon } from '@/web/pages/innsikt/Seksjon';
import type { Stolpe } from '@/web/pages/innsikt/Stolpediagram';
import { ViserPeriode } from '@/web/pages/innsikt/ViserPeriode';
import '@/web/pages/innsikt/innsikt.css';
import '@/web/pages/rekruttering/rekrutteringOversikt.css';

const TID_FASER = TRAKT_FASER.filter((f) => f !== 'formidlet');

/**
 * `/rekruttering/oversikt` (rekruttering:read): for the recruitment cases the organisation owns
 * or has been given a share of, the funnel per stage and source, time in each stage, outcomes and
 * the homes available now; each chart with its numbers in a table beside it, each measure with
 * its written definition, and every table as CSV. The period is kept in the query string.
 */
export function RekrutteringOversiktPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('rekruttering.oversikt.tittel'));
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useMemo(() => osloToday(), []);
  const paramsKey = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: parsed again only when the query string changes
  const periode = useMemo(() => parsePeriode(searchParams, today), [paramsKey, today]);
  const kanLese = harTillatelse(me, 'rekruttering:read');
  const query = useQuery({
    queryKey: ['recruitment-overview', periode.fra, periode.til],
    queryFn: () => getRecruitmentOverview(periode),
    placeholderData: keepPreviousData,
    enabled: kanLese,
  });
  if (!kanLese) return <ForbiddenContent />;
  const data = query.data;

  return (
    <div className="page innsikt-page rekruttering-oversikt">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/rekruttering">{t('rekruttering.oversikt.tilbake')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('rekruttering.oversikt.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('rekruttering.oversikt.ingress')}</Paragraph>
      <PeriodeSkjema
        periode={periode}
        today={today}
        onChange={(p) => setSearchParams(periodeSearchParams(p))}
      />
      <div className="innsikt-visning" aria-busy={query.isFetching}>
        <ViserPeriode periode={data?.periode} laster={query.isPlaceholderData} />
        {query.isPending && <PageSpinner />}
        {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
        {data && (
          <>
            {data.skjult && (
              <Alert data-color="info" data-size="sm">
                {t('rekruttering.oversikt.skjult.forklaring')}
              </Alert>
            )}
            <Trakt data={data} periode={periode} />
            <TidIFase data={data} periode={periode} />
            <Utfall data={data} periode={periode} />
            <Tilgjengelige data={data} periode={periode} />
            <Eksport periode={periode} />
          </>
        )}
      </div>
    </div>
  );
}

/** How a figure is written: a hidden count says so; a figure that cannot be computed is a dash. */
function useVis(skjult: boolean) {
  const t = useT();
  const intl = useIntl();
  const f = useInnsiktFormat();
  return {
    antall: (n: number | null) => (n === null ? t('rekruttering.oversikt.skjult') : f.antall(n)),
    /** A figure built on `grunnlag` cases: hidden with it, or not computed when there are none. */
    avledet: (verdi: number | null, grunnlag: number | null, format: (n: number) => string) =>
      verdi !== null
        ? format(verdi)
        : skjult && grunnlag === null
          ? t('rekruttering.oversikt.skjult')
          : t('rekruttering.oversikt.ikkeBeregnet'),
    dager: (n: number) =>
      t('rekruttering.oversikt.dager', { antall: intl.formatNumber(n, { maximumFractionDigits: 1 }) }),
    prosent: f.prosent,
  };
}

/** A chart with its table (or tables) beside it, below it on a narrow screen. */
function DiagramOgTabeller({
  tittel,
  stolper,
  children,
}: {
  tittel: string;
  stolper: Stolpe[];
  children: ReactNode;
}) {
  return (
    <div className="innsikt-diagram-og-tabell">
      <Diagram tittel={tittel} stolper={stolper} />
      <div className="rekruttering-oversikt__tabeller">{children}</div>
    </div>
  );
}

/** A table of the overview; with `csv`, the link to download it follows, named by its caption. */
function Tabell({
  csv,
  ...tabell
}: ComponentProps<typeof DataTabell> & { csv?: { periode: Periode; tabell: OversiktTabell } }) {
  return (
    <>
      <DataTabell {...tabell} />
      {csv && <LastNed periode={csv.periode} tabell={csv.tabell} navn={tabell.caption} />}
    </>
  );
}

/** "Last ned tabellen som CSV", under each table. */
function LastNed({ periode, tabell, navn }: { periode: Periode; tabell: OversiktTabell; navn: string }) {
  const t = useT();
  return (
    <Paragraph data-size="sm">
      <Link href={recruitmentOverviewExportUrl(periode, tabell)} download>
        <DownloadIcon aria-hidden />
        {t('rekruttering.oversikt.lastNedTabell', { navn })}
      </Link>
    </Paragraph>
  );
}

type Props = { data: RekrutteringOversikt; periode: Periode };

function Trakt({ data, periode }: Props) {
  const t = useT();
  const vis = useVis(data.skjult);
  const fase = (f: string) => data.etiketter.faser[f] ?? f;
  const kilde = (k: string | null) =>
    k === null ? t('rekruttering.oversikt.alleKilder') : (data.etiketter.kilder[k] ?? k);
  const rader = [data.trakt.totalt, ...data.trakt.perKilde];
  const totalt = data.trakt.totalt;
  const stolper = TRAKT_FASER.map((f) => ({
    etikett: fase(f),
    verdi: totalt.nadd[f],
    tekst: vis.antall(totalt.nadd[f]),
  }));
  return (
    <Seksjon
      tittel={t('rekruttering.oversikt.trakt.tittel')}
      ingress={t('rekruttering.oversikt.trakt.ingress')}
    >
      <DiagramOgTabeller tittel={t('rekruttering.oversikt.trakt.diagram')} stolper={stolper}>
        <Tabell
          testId="rekruttering-trakt-totalt"
          caption={t('rekruttering.oversikt.trakt.totalt')}
          kolonner={[
            t('rekruttering.oversikt.kolonne.fase'),
            t('rekruttering.oversikt.kolonne.familier'),
            t('rekruttering.oversikt.kolonne.videre'),
          ]}
          rader={TRAKT_FASER.map((f, i) => {
            const forrige = i > 0 ? totalt.nadd[TRAKT_FASER[i - 1] as (typeof TRAKT_FASER)[number]] : null;
            return {
              key: f,
              celler: [
                fase(f),
                vis.antall(totalt.nadd[f]),
                i === 0
                  ? t('rekruttering.oversikt.forsteFase')
                  : vis.avledet(
                      totalt.konvertering[f],
                      totalt.nadd[f] === null || forrige === null ? null : forrige,
                      vis.prosent,
                    ),
              ],
            };
          })}
        />
      </DiagramOgTabeller>
      <Tabell
        testId="rekruttering-trakt"
        caption={t('rekruttering.oversikt.trakt.tabell')}
        kolonner={[t('rekruttering.oversikt.kolonne.kilde'), ...TRAKT_FASER.map(fase)]}
        rader={rader.map((r) => ({
          key: r.kilde ?? 'alle',
          celler: [kilde(r.kilde), ...TRAKT_FASER.map((f) => vis.antall(r.nadd[f]))],
        }))}
        csv={{ periode, tabell: 'trakt' }}
      />
      <Definisjon
        navn={t('rekruttering.oversikt.trakt.tittel')}
        definisjon="rekruttering.oversikt.def.trakt"
      />
      <Tabell
        caption={t('rekruttering.oversikt.konvertering.tabell')}
        kolonner={[
          t('rekruttering.oversikt.kolonne.kilde'),
          ...TRAKT_FASER.slice(1).map((f) => t('rekruttering.oversikt.konvertering.til', { fase: fase(f) })),
        ]}
        rader={rader.map((r) => ({
          key: r.kilde ?? 'alle',
          celler: [
            kilde(r.kilde),
            ...TRAKT_FASER.slice(1).map((f, i) => {
              const forrige = TRAKT_FASER[i] as (typeof TRAKT_FASER)[number];
              const grunnlag = r.nadd[f] === null || r.nadd[forrige] === null ? null : r.nadd[forrige];
              return vis.avledet(r.konvertering[f], grunnlag, vis.prosent);
            }),
          ],
        }))}
        csv={{ periode, tabell: 'konvertering' }}
      />
      <Definisjon
        navn={t('rekruttering.oversikt.konvertering.tabell')}
        definisjon="rekruttering.oversikt.def.konvertering"
      />
    </Seksjon>
  );
}

function TidIFase({ data, periode }: Props) {
  const t = useT();
  const vis = useVis(data.skjult);
  const fase = (f: string) => data.etiketter.faser[f] ?? f;
  const rader = TID_FASER.map((f) => data.tid.find((x) => x.fase === f)).filter((x) => x !== undefined);
  const stolper = rader.map((r) => ({
    etikett: fase(r.fase),
    verdi: r.ferdige.medianDager,
    tekst: vis.avledet(r.ferdige.medianDager, r.ferdige.antall, vis.dager),
  }));
  return (
    <Seksjon tittel={t('rekruttering.oversikt.tid.tittel')} ingress={t('rekruttering.oversikt.tid.ingress')}>
      <DiagramOgTabeller tittel={t('rekruttering.oversikt.tid.diagram')} stolper={stolper}>
        <Tabell
          testId="rekruttering-tid"
          caption={t('rekruttering.oversikt.tid.tabell')}
          kolonner={[
            t('rekruttering.oversikt.kolonne.fase'),
            t('rekruttering.oversikt.kolonne.ferdigeAntall'),
            t('rekruttering.oversikt.kolonne.ferdigeMedian'),
            t('rekruttering.oversikt.kolonne.pagaendeAntall'),
            t('rekruttering.oversikt.kolonne.pagaendeMedian'),
          ]}
          rader={rader.map((r) => ({
            key: r.fase,
            celler: [
              fase(r.fase),
              vis.antall(r.ferdige.antall),
              vis.avledet(r.ferdige.medianDager, r.ferdige.antall, vis.dager),
              vis.antall(r.pagaende.antall),
              vis.avledet(r.pagaende.medianDager, r.pagaende.antall, vis.dager),
            ],
          }))}
          csv={{ periode, tabell: 'tid' }}
        />
      </DiagramOgTabeller>
      <Definisjon navn={t('rekruttering.oversikt.tid.tittel')} definisjon="rekruttering.oversikt.def.tid" />
    </Seksjon>
  );
}

function Utfall({ data, periode }: Props) {
  const t = useT();
  const vis = useVis(data.skjult);
  const fase = (f: string) => data.etiketter.faser[f] ?? f;
  const rader: DataRad[] = [
    {
      key: 'godkjent',
      celler: [t('rekruttering.oversikt.utfall.godkjent'), vis.antall(data.utfall.godkjent)],
    },
    { key: 'formidlet', celler: [fase('formidlet'), vis.antall(data.utfall.formidlet)] },
    ...UTFALL_FASER.flatMap((f) => [
      { key: f, celler: [fase(f), vis.antall(data.utfall[f].antall)] },
      ...Object.entries(data.utfall[f].arsaker).map(([kode, n]) => ({
        key: `${f}-${kode}`,
        celler: [
          t('rekruttering.oversikt.utfall.arsak', {
            utfall: fase(f),
            arsak:
              kode === 'ukjent'
                ? t('rekruttering.oversikt.utfall.ukjentArsak')
                : (data.etiketter.arsaker[f][kode] ?? kode),
          }),
          vis.antall(n),
        ],
      })),
    ]),
  ];
  return (
    <Seksjon
      tittel={t('rekruttering.oversikt.utfall.tittel')}
      ingress={t('rekruttering.oversikt.utfall.ingress')}
    >
      <Tabell
        testId="rekruttering-utfall"
        caption={t('rekruttering.oversikt.utfall.tabell')}
        kolonner={[t('rekruttering.oversikt.kolonne.utfall'), t('rekruttering.oversikt.kolonne.familier')]}
        rader={rader}
        csv={{ periode, tabell: 'utfall' }}
      />
      <Definisjon
        navn={t('rekruttering.oversikt.utfall.tittel')}
        definisjon="rekruttering.oversikt.def.utfall"
      />
    </Seksjon>
  );
}

const HJEMTYPE_TEKST: Record<string, MessageId> = {
  ordinaer: 'rekruttering.oversikt.hjemtype.ordinaer',
  beredskap: 'rekruttering.oversikt.hjemtype.beredskap',
  forsterket: 'rekruttering.oversikt.hjemtype.forsterket',
};

function Tilgjengelige({ data, periode }: Props) {
  const t = useT();
  const vis = useVis(data.skjult);
  const type = (h: string | null) =>
    h === null
      ? t('rekruttering.oversikt.alleTyper')
      : t(HJEMTYPE_TEKST[h] ?? 'rekruttering.oversikt.alleTyper');
  const alle = [data.tilgjengelige.totalt, ...data.tilgjengelige.perType];
  const stolper = data.tilgjengelige.perType.map((r) => ({
    etikett: type(r.hjemtype),
    verdi: r.antall,
    tekst: vis.antall(r.antall),
  }));
  return (
    <Seksjon
      tittel={t('rekruttering.oversikt.tilgjengelige.tittel')}
      ingress={t('rekruttering.oversikt.tilgjengelige.ingress')}
    >
      <DiagramOgTabeller tittel={t('rekruttering.oversikt.tilgjengelige.diagram')} stolper={stolper}>
        <Tabell
          testId="rekruttering-tilgjengelige"
          caption={t('rekruttering.oversikt.tilgjengelige.tabell')}
          kolonner={[
            t('rekruttering.oversikt.kolonne.hjemtype'),
            t('rekruttering.oversikt.kolonne.familier'),
            t('rekruttering.oversikt.kolonne.ventetidMedian'),
            t('rekruttering.oversikt.kolonne.ventetidLengste'),
          ]}
          rader={alle.map((r) => ({
            key: r.hjemtype ?? 'alle',
            celler: [
              type(r.hjemtype),
              vis.antall(r.antall),
              vis.avledet(r.medianDager, r.antall, vis.dager),
              vis.avledet(r.lengsteDager, r.antall, vis.dager),
            ],
          }))}
          csv={{ periode, tabell: 'tilgjengelige' }}
        />
      </DiagramOgTabeller>
      <Definisjon
        navn={t('rekruttering.oversikt.tilgjengelige.tittel')}
        definisjon="rekruttering.oversikt.def.tilgjengelige"
      />
    </Seksjon>
  );
}

function Eksport({ periode }: { periode: Periode }) {
  const t = useT();
  return (
    <Seksjon
      tittel={t('rekruttering.oversikt.eksport.tittel')}
      ingress={t('rekruttering.oversikt.eksport.ingress')}
    >
      <div className="innsikt-eksport">
        <Button asChild variant="secondary">
          <a href={recruitmentOverviewExportUrl(periode, 'alle', 'csv')} download>
            <DownloadIcon aria-hidden />
            {t('innsikt.eksport.csv')}
          </a>
        </Button>
        <Button asChild variant="secondary">
          <a href={recruitmentOverviewExportUrl(periode, 'alle', 'xlsx')} download>
            <DownloadIcon aria-hidden />
            {t('innsikt.eksport.xlsx')}
          </a>
        </Button>
      </div>
    </Seksjon>
  );
}
