import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { InnsiktNiva } from '@/web/api/innsiktTypes';
import { useT } from '@/web/i18n/useT';
import type { Kolonne } from '@/web/pages/innsikt/MaalTabell';
import { MaalVerdi } from '@/web/pages/innsikt/MaalTabell';
import { MAAL, useInnsiktFormat } from '@/web/pages/innsikt/maal';
import { Stolpediagram } from '@/web/pages/innsikt/Stolpediagram';

interface Props {
  kolonner: Kolonne[];
  niva: InnsiktNiva;
  /** The table's caption, e.g. "Utilsiktede flyttinger per team". */
  caption: string;
  /** Header of the first column ("Team" or "Tjeneste"). */
  enhet: string;
}

/**
 * Unintended moves per 100 placement-years, one bar per team or service, with the same numbers
 * in a table right beside the chart.
 */
export function Sammenligning({ kolonner, niva, caption, enhet }: Props) {
  const t = useT();
  const f = useInnsiktFormat();
  const figId = useId();
  const captionId = useId();
  const def = MAAL.utilsiktetPer100Ar;
  const stolper = kolonner.map((k) => {
    const verdi = def.verdi(k.maal);
    const tekst =
      verdi !== null
        ? f.desimal(verdi)
        : niva === 'tjeneste' || def.tomtGrunnlag(k.maal)
          ? t('innsikt.ikkeBeregnet')
          : t('innsikt.skjult.kort');
    return { etikett: k.navn, verdi, tekst };
  });
  const tittel = t(def.navn);

  return (
    <div className="innsikt-diagram-og-tabell">
      <figure className="innsikt-figur" aria-labelledby={figId}>
        <figcaption id={figId} className="innsikt-figur__tittel">
          {tittel}
        </figcaption>
        <Stolpediagram
          stolper={stolper}
          beskrivelse={t('innsikt.diagram.beskrivelse', {
            tittel,
            tekst: stolper.map((s) => `${s.etikett}: ${s.tekst}`).join('; '),
          })}
        />
      </figure>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <Table data-size="sm" data-color="neutral" className="data-table" zebra>
          <caption id={captionId} className="data-table__caption">
            <span className="innsikt-caption">{caption}</span>
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{enhet}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('innsikt.kolonne.per100')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('innsikt.kolonne.utilsiktet')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('innsikt.kolonne.plasseringsar')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {kolonner.map((k) => (
              <Table.Row key={k.id}>
                <Table.HeaderCell scope="row">{k.navn}</Table.HeaderCell>
                <Table.Cell className="numeric">
                  <MaalVerdi id="utilsiktetPer100Ar" maal={k.maal} niva={niva} />
                </Table.Cell>
                <Table.Cell className="numeric">
                  <MaalVerdi id="utilsiktet" maal={k.maal} niva={niva} />
                </Table.Cell>
                <Table.Cell className="numeric">
                  <MaalVerdi id="plasseringsar" maal={k.maal} niva={niva} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </div>
  );
}
