import { Heading } from '@digdir/designsystemet-react';
import type { ForlopId, Forlopsfase, Forlopspunkt } from '@/web/api/manualTypes';
import { CoursePoint, type PointMode, type PunktAvtale } from '@/web/pages/manual/forlop/CoursePoint';
import { NIVAER, useManualLabels } from '@/web/pages/manual/manualLabels';

interface Props {
  forlop: ForlopId;
  entitetId: string;
  fase: Forlopsfase;
  mode: PointMode;
  /** The level of the headings for each group (the points' headings are one below). */
  headingLevel: 3 | 4 | 5;
  kanEndre: boolean;
  avtaler: Map<string, PunktAvtale>;
  onMark: (punkt: Forlopspunkt) => void;
  onUndone: () => void;
}

/** A phase's points as a checklist, grouped by the level they speak to (the child, the foster parents …). */
export function PhaseChecklist({
  forlop,
  entitetId,
  fase,
  mode,
  headingLevel,
  kanEndre,
  avtaler,
  onMark,
  onUndone,
}: Props) {
  const labels = useManualLabels();
  const pointLevel = (headingLevel + 1) as 4 | 5 | 6;
  return (
    <div className="checklist">
      {NIVAER.map((niva) => {
        const punkter = fase.punkter.filter((punkt) => punkt.niva === niva);
        if (punkter.length === 0) return null;
        const headingId = `niva-${fase.id}-${niva}`;
        return (
          <section key={niva} className="checklist__group" aria-labelledby={headingId}>
            <Heading level={headingLevel} data-size="xs" id={headingId} className="checklist__heading">
              {labels.niva(niva)}
            </Heading>
            <ul className="checklist__points">
              {punkter.map((punkt) => (
                <CoursePoint
                  key={punkt.id}
                  forlop={forlop}
                  entitetId={entitetId}
                  punkt={punkt}
                  mode={mode}
                  headingLevel={pointLevel}
                  kanEndre={kanEndre}
                  avtale={avtaler.get(punkt.id)}
                  onMark={onMark}
                  onUndone={onUndone}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
