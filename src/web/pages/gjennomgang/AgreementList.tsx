import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { PersonRef } from '@/web/api/manualTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { useT, useTRich } from '@/web/i18n/useT';
import { usePointTitles } from '@/web/pages/gjennomgang/usePointTitles';

export interface Agreement {
  barn: PersonRef;
  punktId: string;
  avtale: string;
  frist: string | null;
}

interface Props {
  avtaler: Agreement[];
  headingLevel: 3 | 4;
  /** Link each child to its course (when the reader may open it). */
  linkChildren: boolean;
}

/** What a review agreed, per child: the point, the agreement and its due date. */
export function AgreementList({ avtaler, headingLevel, linkChildren }: Props) {
  const t = useT();
  const tRich = useTRich();
  const tittel = usePointTitles();
  if (avtaler.length === 0) return <Paragraph>{t('gjennomgang.ingenAvtaler')}</Paragraph>;
  const barn = [...new Map(avtaler.map((a) => [a.barn.id, a.barn])).values()];
  return (
    <div className="agreements">
      {barn.map((b) => (
        <div key={b.id} className="agreements__child">
          <Heading level={headingLevel} data-size="2xs">
            {linkChildren ? (
              <Link asChild>
                <RouterLink to={`/barn/${b.id}/forlop`}>{b.navn}</RouterLink>
              </Link>
            ) : (
              b.navn
            )}
          </Heading>
          <ul className="agreements__list">
            {avtaler
              .filter((a) => a.barn.id === b.id)
              .map((a, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: agreements have no id; the list is only ever replaced whole
                <li key={`${a.punktId}-${index}`} className="agreements__item">
                  <span className="agreements__point">{tittel(a.punktId)}</span>
                  <span className="prewrap">{a.avtale}</span>
                  {a.frist && (
                    <span className="subtle">
                      {tRich('gjennomgang.frist', { dato: <CivilDate date={a.frist} /> })}
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
