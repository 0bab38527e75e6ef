import { Button } from '@digdir/designsystemet-react';
import { FileTextIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Oppgave } from '@/web/api/arshjulTypes';
import type { MalListeItem } from '@/web/api/dokumentTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { useT } from '@/web/i18n/useT';
import { NewDocumentForm } from '@/web/pages/dokumenter/NewDocumentForm';
import { templatesQuery } from '@/web/pages/dokumenter/useDocument';
import '@/web/pages/dokumenter/dokumenter.css';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/**
 * The templates whose finished document completes this task: those with the task's rule, and for
 * a plan evaluation the plan the task names.
 */
export function malerForOppgave(maler: MalListeItem[], oppgave: Pick<Oppgave, 'regel' | 'ref'>) {
  const medRegel = maler.filter((m) => m.oppgaveRegel === oppgave.regel);
  if (oppgave.regel !== 'plan_evaluering' || !oppgave.ref) return medRegel;
  const plan = medRegel.filter((m) => m.id === oppgave.ref);
  return plan.length ? plan : medRegel;
}

/**
 * "Skriv dokument" on a task whose rule has templates: the document starts linked to the task, and
 * finishing (or approving) it completes the task.
 */
export function WriteDocumentButton({ oppgave }: { oppgave: Oppgave }) {
  const t = useT();
  const taskLabels = useTaskLabels();
  const [open, setOpen] = useState(false);
  const templates = useQuery(templatesQuery);
  const maler = malerForOppgave(
    (templates.data?.items ?? []).filter((m) => m.aktiv),
    oppgave,
  );
  if (maler.length === 0) return null;
  const gjelder = [...new Set(maler.map((m) => m.gjelder))];

  return (
    <>
      <Button
        type="button"
        data-size="sm"
        data-color="accent"
        variant="secondary"
        aria-label={t('dokument.oppgave.skrivFor', {
          navn: taskLabels.navn(oppgave),
          barn: oppgave.barn.navn,
        })}
        onClick={() => setOpen(true)}
      >
        <FileTextIcon aria-hidden />
        {t('dokument.oppgave.skriv')}
      </Button>
      <FormDialog open={open} onClose={() => setOpen(false)} title={t('dokument.oppgave.skrivTittel')}>
        <NewDocumentForm
          sak={{ barnId: oppgave.barn.id, fosterhjemId: oppgave.fosterhjem.id }}
          gjelder={gjelder}
          oppgave={{ id: oppgave.id, malIds: maler.map((m) => m.id) }}
          onCancel={() => setOpen(false)}
        />
      </FormDialog>
    </>
  );
}
