import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { getProductUse } from '@/web/api/getProductUse';
import { getProgrammeFidelity } from '@/web/api/getProgrammeFidelity';
import type { Periode } from '@/web/api/innsiktTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { useMe } from '@/web/auth/useMe';
import { CivilDate } from '@/web/components/CivilDate';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { useInnsiktFormat } from '@/web/pages/innsikt/maal';

/** A count and, where it may be shown, its share of the runs started: "4 (50,0 %)". */
function useAntallOgAndel() {
  const t = useT();
  const { antall, prosent } = useInnsiktFormat();
  return (n: number | null, andel?: number | null) =>
    n === null ? t('innsikt.skjult.kort') : andel == null ? antall(n) : `${antall(n)} (${prosent(andel)})`;
}

/**
 * Programme fidelity (En god start, Veien videre) and the use of the products the service has
 * adopted from the treasure map, for the chosen period. Tables, with their definitions beside.
 */
export function ProgramOgProdukter({ periode }: { periode: Periode }) {
  const t = useT();
  const me = useMe();
  const vis = useAntallOgAndel();
  const { antall } = useInnsiktFormat();
  const programId = useId();
  const produktId = useId();
  const troskap = useQuery({
    queryKey: queryKeys.insightsProgrammes(periode.fra, periode.til),
    queryFn: () => getProgrammeFidelity(periode),
  });
  const bruk = useQuery({
    queryKey: queryKeys.insightsProducts(periode.fra, periode.til),
    queryFn: () => getProductUse(periode),
  });

  return (
    <>
      <section className="overview-section" aria-labelledby={programId}>
        <Heading level={2} data-size="sm" id={programId}>
          {t('innsikt.program.tittel')}
        </Heading>
        <Paragraph data-size="sm" className="subtle">
          {t('innsikt.program.ingress')}
        </Paragraph>
        {troskap.isError && <QueryErrorAlert error={troskap.error} onRetry={() => troskap.refetch()} />}
        {troskap.data && (
          <>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
            <section className="table-scroll" tabIndex={0} aria-labelledby={programId}>
              <Table data-size="sm" zebra className="data-table innsikt-tabell">
                <caption className="data-table__caption">{t('innsikt.program.tabell')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('innsikt.program.kolonne.program')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('innsikt.program.kolonne.startet')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('innsikt.program.kolonne.akseptert')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('innsikt.program.kolonne.avslatt')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('innsikt.program.kolonne.avbrutt')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('innsikt.program.kolonne.alle')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('innsikt.program.kolonne.iTide')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {troskap.data.programmer.map((p) => (
                    <Table.Row key={p.programId}>
                      <Table.HeaderCell scope="row">
                        {p.programNavn}{' '}
                        <span className="subtle">
                          ({t('innsikt.program.okter', { antall: p.antallOkter })})
                        </span>
                      </Table.HeaderCell>
                      <Table.Cell className="numeric">{vis(p.startet)}</Table.Cell>
                      <Table.Cell className="numeric">{vis(p.akseptert, p.andelAkseptert)}</Table.Cell>
                      <Table.Cell className="numeric">{vis(p.avslatt)}</Table.Cell>
                      <Table.Cell className="numeric">{vis(p.avbrutt)}</Table.Cell>
                      <Table.Cell className="numeric">
                        {vis(p.alleGjennomfort, p.andelAlleGjennomfort)}
                      </Table.Cell>
                      <Table.Cell className="numeric">{vis(p.alleITide, p.andelAlleITide)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </section>
            <Details className="innsikt-definisjon" data-size="sm">
              <Details.Summary>
                {t('innsikt.slikRegnes')}
                <span className="ds-sr-only">: {t('innsikt.program.tittel')}</span>
              </Details.Summary>
              <Details.Content>
                <Paragraph data-size="sm">{troskap.data.definisjon[me.sprak]}</Paragraph>
              </Details.Content>
            </Details>
          </>
        )}
      </section>

      <section className="overview-section" aria-labelledby={produktId}>
        <Heading level={2} data-size="sm" id={produktId}>
          {t('innsikt.produkt.tittel')}
        </Heading>
        {bruk.isError && <QueryErrorAlert error={bruk.error} onRetry={() => bruk.refetch()} />}
        {bruk.data &&
          (bruk.data.produkter.length === 0 ? (
            <Paragraph className="empty-state">
              {t('innsikt.produkt.ingen')}{' '}
              <Link to="/skattekart">{t('innsikt.produkt.tilSkattekartet')}</Link>
            </Paragraph>
          ) : (
            <>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
              <section className="table-scroll" tabIndex={0} aria-labelledby={produktId}>
                <Table data-size="sm" zebra className="data-table innsikt-tabell">
                  <caption className="data-table__caption">{t('innsikt.produkt.tabell')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('innsikt.produkt.kolonne.produkt')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        {t('innsikt.produkt.kolonne.tattIBruk')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('innsikt.produkt.kolonne.dokumenter')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('innsikt.produkt.kolonne.ferdige')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('innsikt.produkt.kolonne.samlinger')}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {bruk.data.produkter.map((p) => (
                      <Table.Row key={p.produktId}>
                        <Table.HeaderCell scope="row">
                          <Link to={`/skattekart/${p.produktId}`}>{p.tittel}</Link>
                          {p.status === 'avsluttet' && (
                            <span className="subtle"> ({t('innsikt.produkt.avsluttet')})</span>
                          )}
                        </Table.HeaderCell>
                        <Table.Cell>{p.adoptertDato ? <CivilDate date={p.adoptertDato} /> : '–'}</Table.Cell>
                        <Table.Cell className="numeric">
                          {p.harMalerEllerProgram ? antall(p.dokumenter) : '–'}
                        </Table.Cell>
                        <Table.Cell className="numeric">
                          {p.harMalerEllerProgram ? antall(p.ferdigeDokumenter) : '–'}
                        </Table.Cell>
                        <Table.Cell className="numeric">
                          {p.harMalerEllerProgram ? antall(p.samlinger) : '–'}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </section>
              <Details className="innsikt-definisjon" data-size="sm">
                <Details.Summary>
                  {t('innsikt.slikRegnes')}
                  <span className="ds-sr-only">: {t('innsikt.produkt.tittel')}</span>
                </Details.Summary>
                <Details.Content>
                  <Paragraph data-size="sm">{bruk.data.definisjon}</Paragraph>
                </Details.Content>
              </Details>
            </>
          ))}
      </section>
    </>
  );
}
