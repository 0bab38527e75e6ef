import { Button } from '@digdir/designsystemet-react';
import { ArrowsSquarepathIcon, HouseIcon, PersonGroupIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { BarnView } from '@/web/api/barnTypes';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { FormDialog } from '@/web/components/FormDialog';
import { StatusLine } from '@/web/components/StatusLine';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { HandoverForm } from '@/web/pages/barn/overlevering/HandoverForm';
import { EndPlacementForm } from '@/web/pages/barn/plassering/EndPlacementForm';
import { NewPlacementForm } from '@/web/pages/barn/plassering/NewPlacementForm';

type Action = 'ny' | 'avslutt' | 'overlever';

const DONE: Record<Action, MessageId> = {
  ny: 'plassering.ny.lagret',
  avslutt: 'plassering.avslutt.lagret',
  overlever: 'overlevering.lagret',
};

/** The course actions for those who may change the case: move in, move out, hand over. */
export function ChildActions({ barn }: { barn: BarnView }) {
  const t = useT();
  const me = useMe();
  const [open, setOpen] = useState<Action | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  // The placement still running (or planned): at most one, since placements may not overlap.
  const apen = barn.plasseringer.find((p) => p.utflytting === null);
  const close = () => setOpen(null);
  const finish = (action: Action) => {
    setOpen(null);
    setDone(action);
  };
  const start = (action: Action) => {
    setDone(null);
    setOpen(action);
  };

  return (
    <div className="child-actions">
      <div className="child-actions__buttons">
        {!apen && harTillatelse(me, Tillatelse.fosterhjemList) && (
          <Button type="button" variant="secondary" onClick={() => start('ny')}>
            <HouseIcon aria-hidden />
            {t('plassering.ny.knapp')}
          </Button>
        )}
        {apen && (
          <Button type="button" variant="secondary" onClick={() => start('avslutt')}>
            <ArrowsSquarepathIcon aria-hidden />
            {t('plassering.avslutt.knapp')}
          </Button>
        )}
        {harTillatelse(me, Tillatelse.userList) && (
          <Button type="button" variant="secondary" onClick={() => start('overlever')}>
            <PersonGroupIcon aria-hidden />
            {t('overlevering.knapp')}
          </Button>
        )}
      </div>
      <StatusLine message={done ? t(DONE[done]) : null} takeFocus={done === 'ny' || done === 'avslutt'} />

      <FormDialog open={open === 'ny'} onClose={close} title={t('plassering.ny.tittel')}>
        <NewPlacementForm barnId={barn.id} onDone={() => finish('ny')} onCancel={close} />
      </FormDialog>
      <FormDialog open={open === 'avslutt'} onClose={close} title={t('plassering.avslutt.tittel')}>
        {apen && (
          <EndPlacementForm
            plassering={apen}
            barnId={barn.id}
            onDone={() => finish('avslutt')}
            onCancel={close}
          />
        )}
      </FormDialog>
      <FormDialog open={open === 'overlever'} onClose={close} title={t('overlevering.skjemaTittel')}>
        <HandoverForm barn={barn} onDone={() => finish('overlever')} onCancel={close} />
      </FormDialog>
    </div>
  );
}
