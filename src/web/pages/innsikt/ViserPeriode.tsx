import { Paragraph } from '@digdir/designsystemet-react';
import type { Periode } from '@/web/api/innsiktTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { useTRich } from '@/web/i18n/useT';

/** The period of the figures shown (announced when new figures arrive). */
export function ViserPeriode({ periode, laster }: { periode: Periode | undefined; laster: boolean }) {
  const tRich = useTRich();
  return (
    <Paragraph className="innsikt-viser" aria-live="polite" data-testid="innsikt-periode">
      {periode &&
        !laster &&
        tRich('innsikt.periode.valgt', {
          fra: <CivilDate date={periode.fra} format="long" />,
          til: <CivilDate date={periode.til} format="long" />,
        })}
    </Paragraph>
  );
}
