import { useId } from 'react';
import { useT } from '@/web/i18n/useT';
import { type Stolpe, Stolpediagram } from '@/web/pages/innsikt/Stolpediagram';

/**
 * A bar chart in a figure with its title as the caption; screen readers hear the title and every
 * value. The same numbers always stand in a table beside it.
 */
export function Diagram({ tittel, stolper }: { tittel: string; stolper: Stolpe[] }) {
  const t = useT();
  const figId = useId();
  return (
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
  );
}
