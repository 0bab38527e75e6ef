import { Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { SamarbeidInnsikt } from '@/web/api/innsiktTypes';
import { useT } from '@/web/i18n/useT';
import { useInnsiktFormat } from '@/web/pages/innsikt/maal';

type Tjeneste = SamarbeidInnsikt['samarbeid'][number]['tjenester'][number];

/**
 * Programme fidelity and product use per service in a collaboration: counts only, with counts
 * from 1 to 4 hidden, so that no family can be recognised across services.
 */
export function SamarbeidProgram({ navn, tjenester }: { navn: string; tjenester: Tjeneste[] }) {
  const t = useT();
  const { antall } = useInnsiktFormat();
  const headingId = useId();
  const programmer = tjenester[0]?.program ?? [];
  const vis = (n: number | null) => (n === null ? t('innsikt.skjult.kort') : antall(n));
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('innsikt.samarbeid.program.tittel')}
      </Heading>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={headingId}>
        <Table data-size="sm" zebra className="data-table innsikt-tabell">
          <caption className="data-table__caption">{t('innsikt.samarbeid.program.tabell', { navn })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" rowSpan={2}>
                {t('innsikt.kolonne.tjeneste')}
              </Table.HeaderCell>
              {programmer.map((p) => (
                <Table.HeaderCell key={p.programId} scope="colgroup" colSpan={3}>
                  {p.programNavn}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="colgroup" colSpan={2}>
                {t('innsikt.produkt.tittel')}
              </Table.HeaderCell>
            </Table.Row>
            <Table.Row>
              {programmer.map((p) => [
                <Table.HeaderCell key={`${p.programId}-s`} scope="col" className="numeric">
                  {t('innsikt.program.kolonne.startet')}
                </Table.HeaderCell>,
                <Table.HeaderCell key={`${p.programId}-a`} scope="col" className="numeric">
                  {t('innsikt.program.kolonne.alle')}
                </Table.HeaderCell>,
                <Table.HeaderCell key={`${p.programId}-t`} scope="col" className="numeric">
                  {t('innsikt.program.kolonne.iTide')}
                </Table.HeaderCell>,
              ])}
              <Table.HeaderCell scope="col" className="numeric">
                {t('innsikt.samarbeid.program.adoptert')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('innsikt.samarbeid.program.iBruk')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tjenester.map((s) => (
              <Table.Row key={s.id}>
                <Table.HeaderCell scope="row">{s.navn}</Table.HeaderCell>
                {s.program.map((p) => [
                  <Table.Cell key={`${p.programId}-s`} className="numeric">
                    {vis(p.startet)}
                  </Table.Cell>,
                  <Table.Cell key={`${p.programId}-a`} className="numeric">
                    {vis(p.alleGjennomfort)}
                  </Table.Cell>,
                  <Table.Cell key={`${p.programId}-t`} className="numeric">
                    {vis(p.alleITide)}
                  </Table.Cell>,
                ])}
                <Table.Cell className="numeric">{antall(s.produkter.adoptert)}</Table.Cell>
                <Table.Cell className="numeric">{antall(s.produkter.iBruk)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      <p className="innsikt-forklaring">
        {t('innsikt.samarbeid.program.forklaring')}{' '}
        <Link to="/skattekart/nettverk">{t('innsikt.samarbeid.program.nettverk')}</Link>
      </p>
    </section>
  );
}
