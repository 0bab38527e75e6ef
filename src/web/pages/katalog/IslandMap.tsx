import { type KeyboardEvent, useRef } from 'react';
import type { Oy, Produkt, Ramme } from '@/web/api/katalogTypes';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';

const W = 800;
const H = 560;

/** The child's needs at the centre, the other seven islands around it. */
function plassering(index: number): { x: number; y: number; rx: number; ry: number } {
  if (index === 0) return { x: W / 2, y: H / 2, rx: 130, ry: 82 };
  const vinkel = -Math.PI / 2 + ((index - 1) * 2 * Math.PI) / 7;
  return { x: W / 2 + 305 * Math.cos(vinkel), y: H / 2 + 205 * Math.sin(vinkel), rx: 92, ry: 60 };
}

/** Splits an island's name into lines that fit the island. */
function linjer(navn: string, maks: number): string[] {
  const ut: string[] = [];
  for (const ord of navn.split(' ')) {
    const siste = ut.at(-1);
    if (siste !== undefined && `${siste} ${ord}`.length <= maks) ut[ut.length - 1] = `${siste} ${ord}`;
    else ut.push(ord);
  }
  return ut;
}

/**
 * The treasure map: eight islands, each a button showing its products' gold and silver marks in
 * text. Choosing an island filters the list below; arrow keys, Home and End move between islands.
 */
export function IslandMap({
  ramme,
  produkter,
  valgt,
  onVelg,
}: {
  ramme: Ramme;
  produkter: Produkt[];
  valgt: Oy | null;
  onVelg: (oy: Oy | null) => void;
}) {
  const t = useT();
  const l = useKatalogLabels();
  const refs = useRef<(SVGGElement | null)[]>([]);
  const oyer = [...ramme.oyer].sort((a, b) => a.nummer - b.nummer);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number, oy: Oy) => {
    const flytt = (til: number) => {
      event.preventDefault();
      refs.current[(til + oyer.length) % oyer.length]?.focus();
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onVelg(valgt === oy ? null : oy);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') flytt(index + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') flytt(index - 1);
    else if (event.key === 'Home') flytt(0);
    else if (event.key === 'End') flytt(oyer.length - 1);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG picture groups its islands with role="group"; a fieldset cannot hold SVG shapes
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="katalog-kart"
      role="group"
      aria-label={t('katalog.kart.etikett')}
    >
      <title>{t('katalog.kart.etikett')}</title>
      <rect x="0" y="0" width={W} height={H} rx="16" className="katalog-kart__hav" />
      {oyer.slice(1).map((o, i) => {
        const p = plassering(i + 1);
        return (
          <line key={`rute-${o.id}`} x1={W / 2} y1={H / 2} x2={p.x} y2={p.y} className="katalog-kart__rute" />
        );
      })}
      {oyer.map((o, index) => {
        const p = plassering(index);
        const mine = produkter.filter((x) => x.oy === o.id);
        const gull = mine.filter((x) => x.status === 'gull').length;
        const solv = mine.length - gull;
        const navn = l.tekst(o.navn);
        const merker = t('katalog.kart.merker', { antall: gull, nummer: solv });
        const tekstLinjer = linjer(navn, index === 0 ? 18 : 14);
        const aktiv = valgt === o.id;
        return (
          <g key={o.id}>
            {/* biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it has the role, focus and keys of one */}
            <g
              ref={(el) => {
                refs.current[index] = el;
              }}
              role="button"
              tabIndex={0}
              aria-pressed={aktiv}
              aria-label={t('katalog.kart.oy', { nummer: o.nummer, navn, tekst: merker })}
              className={`katalog-oy${aktiv ? ' katalog-oy--valgt' : ''}${index === 0 ? ' katalog-oy--midt' : ''}`}
              onClick={() => onVelg(aktiv ? null : o.id)}
              onKeyDown={(e) => onKeyDown(e, index, o.id)}
            >
              <ellipse cx={p.x} cy={p.y} rx={p.rx} ry={p.ry} className="katalog-oy__form" />
            </g>
            {/* The island's name and marks, drawn over it; the button above carries the same words. */}
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: this group holds only text and is not focusable */}
            <g aria-hidden="true" className="katalog-oy__tekst">
              <text
                x={p.x}
                y={p.y - 8 - (tekstLinjer.length - 1) * 9}
                textAnchor="middle"
                className="katalog-oy__navn"
              >
                {tekstLinjer.map((linje, n) => (
                  <tspan key={linje} x={p.x} dy={n === 0 ? 0 : 18}>
                    {linje}
                  </tspan>
                ))}
              </text>
              <text
                x={p.x}
                y={p.y + 8 + tekstLinjer.length * 9}
                textAnchor="middle"
                className="katalog-oy__merker"
              >
                {`${'★'.repeat(gull)}${'☆'.repeat(solv)}`}
              </text>
              <text
                x={p.x}
                y={p.y + 26 + tekstLinjer.length * 9}
                textAnchor="middle"
                className="katalog-oy__antall"
              >
                {merker}
              </text>
            </g>
          </g>
        );
      })}
    </svg>
  );
}
