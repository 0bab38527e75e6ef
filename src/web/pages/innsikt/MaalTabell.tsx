import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { InnsiktNiva, Maal } from '@/web/api/innsiktTypes';
import { useT } from '@/web/i18n/useT';
import { MAAL, MAAL_IDER, type MaalId, useInnsiktFormat } from '@/web/pages/innsikt/maal';

export interface Kolonne {
  id: string;
  navn: string;
  maal: Maal;
}

interface Props {
  caption: string;
  kolonner: Kolonne[];
  /** In the collaboration view a missing number may be hidden (fewer than five). */
  niva: InnsiktNiva;
}

/**
 * Every measure (rows) for each team or service (columns), as in the export. Scrolls sideways in a
 * focusable region on narrow screens.
 */
export function MaalTabell({ caption, kolonner, niva }: Props) {
  const t = useT();
  const captionId = useId();
  const klasse = kolonner.length < 3 ? 'table-scroll innsikt-tabell-smal' : 'table-scroll';
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className={klasse} aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table innsikt-tabell" zebra>
        <caption id={captionId} className="data-table__caption">
          <span className="innsikt-caption">{caption}</span>
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('innsikt.tabell.maal')}</Table.HeaderCell>
            {kolonner.map((k) => (
              <Table.HeaderCell key={k.id} scope="col" className="numeric">
                <span className="stacked-tight innsikt-tabell__kolonne">
                  <span>{k.navn}</span>
                  {k.maal.skjult && (
                    <span className="innsikt-skjult-merke">{t('innsikt.skjult.forklaring')}</span>
                  )}
                </span>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {MAAL_IDER.map((id) => (
            <Table.Row key={id}>
              <Table.HeaderCell scope="row">{t(MAAL[id].navn)}</Table.HeaderCell>
              {kolonner.map((k) => (
                <Table.Cell key={k.id} className="numeric">
                  <MaalVerdi id={id} maal={k.maal} niva={niva} />
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

/** A measure's value; or "Ikke beregnet" when there was nothing to compute; or hidden ("–"). */
export function MaalVerdi({ id, maal, niva }: { id: MaalId; maal: Maal; niva: InnsiktNiva }) {
  const t = useT();
  const format = useInnsiktFormat();
  const def = MAAL[id];
  const verdi = def.verdi(maal);
  if (verdi !== null && def.format === 'dager')
    return (
      <span className="innsikt-median">
        <span>{t('innsikt.median.maneder', { maneder: format.maneder(verdi) })}</span>
        <span className="subtle">{t('innsikt.median.dager', { antall: verdi })}</span>
      </span>
    );
  if (verdi !== null) return <span className="nowrap">{format.verdi(def.format, verdi)}</span>;
  if (niva === 'tjeneste' || def.tomtGrunnlag(maal))
    return <span className="subtle">{t('innsikt.ikkeBeregnet')}</span>;
  return <Skjult />;
}

/** A suppressed number: a dash on screen, the reason read out. */
export function Skjult() {
  const t = useT();
  return (
    <>
      <span aria-hidden>–</span>
      <span className="ds-sr-only">{t('innsikt.skjult.forklaring')}</span>
    </>
  );
}
