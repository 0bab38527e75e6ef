import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Landsbymedlem } from '@/web/api/barnTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';
import { RemoveVillageMember } from '@/web/pages/barn/landsby/RemoveVillageMember';
import { VillageDiagram } from '@/web/pages/barn/landsby/VillageDiagram';
import { VillageGoals } from '@/web/pages/barn/landsby/VillageGoals';
import { VillageMemberForm } from '@/web/pages/barn/landsby/VillageMemberForm';
import { VillageTable } from '@/web/pages/barn/landsby/VillageTable';
import { useChild } from '@/web/pages/barn/side/useChild';

type Open =
  | { form: 'ny' }
  | { form: 'endre'; medlem: Landsbymedlem }
  | { form: 'fjern'; medlem: Landsbymedlem };

/**
 * `/barn/:id/landsby` — the child's village (Landsbymodellen, seeds/003 §5.1.1): everyone around
 * the child, as a picture and as a table, and the goals the village has agreed on.
 */
export function VillageTab() {
  const t = useT();
  const barn = useChild();
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState<{ text: string; focus: boolean } | null>(null);
  const close = () => setOpen(null);
  const medlemmer = barn.landsby.medlemmer;

  return (
    <div className="tab-content">
      <div className="section-heading">
        <Heading level={2} data-size="md">
          {t('landsby.overskrift')}
        </Heading>
        {barn.kanEndre && (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setStatus(null);
              setOpen({ form: 'ny' });
            }}
          >
            <PlusIcon aria-hidden />
            {t('landsby.leggTil')}
          </Button>
        )}
      </div>
      <Paragraph className="page__lead">{t('landsby.ingress')}</Paragraph>
      <StatusLine message={status?.text ?? null} takeFocus={status?.focus} />
      <VillageDiagram barnNavn={barn.fornavn} medlemmer={medlemmer} />
      {medlemmer.length === 0 ? (
        <Paragraph className="empty-state">{t('landsby.ingen')}</Paragraph>
      ) : (
        <VillageTable
          medlemmer={medlemmer}
          kanEndre={barn.kanEndre}
          onEdit={(medlem) => {
            setStatus(null);
            setOpen({ form: 'endre', medlem });
          }}
          onRemove={(medlem) => {
            setStatus(null);
            setOpen({ form: 'fjern', medlem });
          }}
        />
      )}
      <VillageGoals barnId={barn.id} mal={barn.landsby.mal} kanEndre={barn.kanEndre} />

      <FormDialog
        open={open?.form === 'ny' || open?.form === 'endre'}
        onClose={close}
        title={open?.form === 'endre' ? t('landsby.endre') : t('landsby.leggTil')}
      >
        {(open?.form === 'ny' || open?.form === 'endre') && (
          <VillageMemberForm
            barnId={barn.id}
            medlem={open.form === 'endre' ? open.medlem : null}
            onCancel={close}
            onDone={(navn) => {
              setStatus({
                text: open.form === 'ny' ? t('landsby.lagtTil', { navn }) : t('felles.lagret'),
                focus: false,
              });
              close();
            }}
          />
        )}
      </FormDialog>
      <FormDialog open={open?.form === 'fjern'} onClose={close} title={t('landsby.fjern.tittel')}>
        {open?.form === 'fjern' && (
          <RemoveVillageMember
            barnId={barn.id}
            medlem={open.medlem}
            onCancel={close}
            onDone={() => {
              setStatus({ text: t('landsby.fjernet', { navn: open.medlem.navn }), focus: true });
              close();
            }}
          />
        )}
      </FormDialog>
    </div>
  );
}
