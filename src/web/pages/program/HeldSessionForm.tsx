import { Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import type { Programforlop, ProgramOkt } from '@/web/api/programTypes';
import { updateProgrammeSession } from '@/web/api/updateProgrammeSession';
import { DialogForm, useDialogForm } from '@/web/components/DialogForm';
import { fieldError } from '@/web/components/FormFeedback';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { osloLocalParts } from '@/web/pages/oppgaver/osloTime';
import { deltakereFraTekst } from '@/web/pages/program/programState';
import { useRefreshRuns } from '@/web/pages/program/usePrograms';

interface Values {
  gjennomfort: string;
  deltakere: string;
  notat: string;
}

const IDS: [string, string][] = [
  ['gjennomfort', 'okt-gjennomfort'],
  ['deltakere', 'okt-deltakere'],
  ['notat', 'okt-notat'],
];

interface Props {
  run: Programforlop;
  okt: ProgramOkt;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Registrer gjennomført samling/samtale": the day it was held, who took part (roles or first
 * names, one a line) and short notes. A held session can be corrected the same way.
 */
export function HeldSessionForm({ run, okt, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshRuns();
  const today = osloToday();
  const planlagtDag = osloLocalParts(okt.planlagt).dato;
  const form = useForm<Values>({
    defaultValues: {
      // The planned day, or today if it is still ahead (a held session is never in the future).
      gjennomfort: okt.gjennomfort ?? ([planlagtDag, today].sort()[0] as string),
      deltakere: okt.deltakere.join('\n'),
      notat: okt.notat ?? '',
    },
    shouldFocusError: false,
  });
  const dialog = useDialogForm(form, {
    fieldIds: IDS,
    submit: async (values) => {
      await updateProgrammeSession(run.id, okt.nummer, {
        status: 'gjennomfort',
        gjennomfort: values.gjennomfort,
        deltakere: deltakereFraTekst(values.deltakere),
        notat: values.notat.trim() || null,
        version: okt.version,
      });
      await refresh();
      onDone();
    },
    // Someone registered the session meanwhile: fetch it; the next save builds on it.
    reload: refresh,
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <DialogForm form={dialog} submitLabel={t('program.holdt.lagre')} onCancel={onCancel}>
      <Textfield
        id="okt-gjennomfort"
        type="date"
        className="date-field"
        max={today}
        label={t('program.holdt.dato')}
        error={fieldError(errors, 'gjennomfort')}
        {...register('gjennomfort', {
          required: t('program.holdt.dato.mangler'),
          validate: (v) => v <= today || t('program.holdt.dato.fremtid'),
        })}
      />
      <Textfield
        id="okt-deltakere"
        multiline
        rows={3}
        label={t('program.holdt.deltakere')}
        description={t('program.holdt.deltakere.beskrivelse')}
        error={fieldError(errors, 'deltakere')}
        {...register('deltakere', {
          validate: (v) => deltakereFraTekst(v).length > 0 || t('program.holdt.deltakere.mangler'),
        })}
      />
      <Textfield
        id="okt-notat"
        multiline
        rows={5}
        label={t('program.holdt.notat')}
        description={t('program.holdt.notat.beskrivelse')}
        error={fieldError(errors, 'notat')}
        {...register('notat', { maxLength: { value: 4000, message: t('felles.forLang', { antall: 4000 }) } })}
      />
    </DialogForm>
  );
}
