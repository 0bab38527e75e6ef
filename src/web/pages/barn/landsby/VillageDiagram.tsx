import type { LandsbyKategori, Landsbymedlem } from '@/web/api/barnTypes';
import { LANDSBY_KATEGORIER } from '@/web/i18n/codes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/**
 * Where each group's centre sits in the 300×300 picture (a 3×3 grid with the child in the middle);
 * the lines run from the child to these points. "annet" spans the two last cells.
 */
const SENTER: Record<LandsbyKategori, [number, number]> = {
  familie: [50, 50],
  fosterfamilie: [150, 50],
  skole_barnehage: [250, 50],
  helse: [50, 150],
  fritid: [250, 150],
  hjelpere: [50, 250],
  annet: [200, 250],
};

interface Props {
  barnNavn: string;
  medlemmer: Landsbymedlem[];
}

/**
 * The village as a network around the child: each group in its place around the child's name,
 * with lines to those that have people. It is one image to assistive technology (`role="img"`,
 * with a summary); the table below lists everyone.
 */
export function VillageDiagram({ barnNavn, medlemmer }: Props) {
  const t = useT();
  const labels = useLabels();
  const grupper = LANDSBY_KATEGORIER.filter((k) => medlemmer.some((m) => m.kategori === k));
  const summary = t('landsby.diagram.etikett', {
    navn: barnNavn,
    antall: medlemmer.length,
    grupper: grupper.length,
  });

  return (
    <div className="village" role="img" aria-label={summary}>
      <svg className="village__lines" viewBox="0 0 300 300" preserveAspectRatio="none" aria-hidden="true">
        {grupper.map((kategori) => {
          const [x, y] = SENTER[kategori];
          return <line key={kategori} x1={150} y1={150} x2={x} y2={y} vectorEffect="non-scaling-stroke" />;
        })}
      </svg>
      <div className="village__child">
        <span className="village__child-name">{barnNavn}</span>
      </div>
      {LANDSBY_KATEGORIER.map((kategori) => {
        const folk = medlemmer.filter((m) => m.kategori === kategori);
        return (
          <div
            key={kategori}
            className="village__group"
            data-kategori={kategori}
            data-empty={folk.length === 0 || undefined}
          >
            <span className="village__group-label">{labels.landsbyKategori(kategori)}</span>
            {folk.length > 0 ? (
              <ul className="village__people">
                {folk.map((m) => (
                  <li key={m.id}>
                    <span className="village__person">{m.navn}</span>
                    <span className="village__role">{m.rolle}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="village__none">{t('landsby.diagram.ingen')}</span>
            )}
          </div>
        );
      })}
    </div>
  );
}
