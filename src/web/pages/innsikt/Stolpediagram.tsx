import { useLayoutEffect, useRef, useState } from 'react';

export interface Stolpe {
  /** Row label (a team, a service, a quarter). */
  etikett: string;
  /** The value that sets the bar's length; null draws no bar. */
  verdi: number | null;
  /** The value as written beside the bar (formatted, or why it is missing). */
  tekst: string;
}

interface Props {
  stolper: Stolpe[];
  /** Read out instead of the drawing: what it shows and every value. */
  beskrivelse: string;
}

const LINJE = 18;
const STOLPE = 18;
const LUFT = 14;
const TEKSTPLASS = 120;
/** A generous average glyph width at the chart's 14 px text, for wrapping labels. */
const TEGNBREDDE = 8;

/** Splits a label into lines that fit the width (long words are left whole). */
function brytLinjer(tekst: string, bredde: number): string[] {
  const maks = Math.max(8, Math.floor(bredde / TEGNBREDDE));
  const linjer: string[] = [];
  let linje = '';
  for (const ord of tekst.split(/\s+/)) {
    if (linje && `${linje} ${ord}`.length > maks) {
      linjer.push(linje);
      linje = ord;
    } else {
      linje = linje ? `${linje} ${ord}` : ord;
    }
  }
  if (linje) linjer.push(linje);
  return linjer;
}

/**
 * A horizontal bar chart in SVG, drawn at the width it is given (so text keeps its size down to
 * 320 px). Each label sits above its bar and each value is written beside it: colour is never the
 * only carrier. Screen readers get `beskrivelse` (role="img"); the numbers are also in a table.
 */
export function Stolpediagram({ stolper, beskrivelse }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [bredde, setBredde] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setBredde(Math.floor(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const maks = Math.max(0, ...stolper.map((s) => s.verdi ?? 0));
  const plass = Math.max(0, bredde - TEKSTPLASS);
  let y = 0;
  const rader = stolper.map((s) => {
    const linjer = brytLinjer(s.etikett, bredde);
    const rad = { ...s, linjer, y };
    y += linjer.length * LINJE + STOLPE + LUFT;
    return rad;
  });
  const hoyde = Math.max(0, y - LUFT + 2);

  return (
    <div ref={ref} className="stolpediagram">
      {bredde > 0 && (
        <svg
          role="img"
          aria-label={beskrivelse}
          width={bredde}
          height={hoyde}
          viewBox={`0 0 ${bredde} ${hoyde}`}
        >
          {rader.map((r) => {
            const topp = r.y + r.linjer.length * LINJE + 2;
            const lengde = r.verdi && maks > 0 ? Math.max(2, (r.verdi / maks) * plass) : 0;
            return (
              <g key={r.etikett}>
                <text className="stolpediagram__etikett">
                  {r.linjer.map((linje, n) => (
                    <tspan key={linje} x={0} y={r.y + (n + 1) * LINJE - 4}>
                      {linje}
                    </tspan>
                  ))}
                </text>
                <line x1={0.5} x2={0.5} y1={topp} y2={topp + STOLPE} className="stolpediagram__akse" />
                {lengde > 0 && (
                  <rect
                    x={1}
                    y={topp}
                    width={lengde}
                    height={STOLPE}
                    rx={2}
                    className="stolpediagram__stolpe"
                  />
                )}
                <text x={lengde + 8} y={topp + 14} className="stolpediagram__verdi">
                  {r.tekst}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
