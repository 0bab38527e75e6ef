import type { InnsiktNiva } from '@/web/api/innsiktTypes';
import { useT } from '@/web/i18n/useT';
import { DataTabell } from '@/web/pages/innsikt/DataTabell';
import { Diagram } from '@/web/pages/innsikt/Diagram';
import type { Kolonne } from '@/web/pages/innsikt/MaalTabell';
import { MaalVerdi } from '@/web/pages/innsikt/MaalTabell';
import { MAAL, useInnsiktFormat } from '@/web/pages/innsikt/maal';

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

  return (
    <div className="innsikt-diagram-og-tabell">
      <Diagram tittel={t(def.navn)} stolper={stolper} />
      <DataTabell
        caption={caption}
        kolonner={[
          enhet,
          t('innsikt.kolonne.per100'),
          t('innsikt.kolonne.utilsiktet'),
          t('innsikt.kolonne.plasseringsar'),
        ]}
        rader={kolonner.map((k) => ({
          key: k.id,
          celler: [
            k.navn,
            <MaalVerdi key="per100" id="utilsiktetPer100Ar" maal={k.maal} niva={niva} />,
            <MaalVerdi key="utilsiktet" id="utilsiktet" maal={k.maal} niva={niva} />,
            <MaalVerdi key="plasseringsar" id="plasseringsar" maal={k.maal} niva={niva} />,
          ],
        }))}
      />
    </div>
  );
}
