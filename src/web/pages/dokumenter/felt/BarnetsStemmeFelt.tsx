import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useFormContext } from 'react-hook-form';
import type { Felt } from '@/web/api/dokumentTypes';
import { fieldError } from '@/web/components/FormFeedback';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltEtikett } from '@/web/pages/dokumenter/felt/FeltEtikett';
import { stemmeMedvirkningId, stemmeOrdId, stemmeVektId } from '@/web/pages/dokumenter/felt/feltIds';
import { MEDVIRKNING, useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/**
 * The child's voice in three parts: the child's own words, how the child took part (SSB's six
 * codes; Helsetilsynet checks that participation is documented), and how the views were weighed.
 */
export function BarnetsStemmeFelt({ felt }: { felt: Felt }) {
  const t = useT();
  const labels = useDokumentLabels();
  const taskLabels = useTaskLabels();
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const blockError = fieldError(errors, felt.id);
  const medvirkningError = fieldError(errors, `${felt.id}.medvirkning`);

  return (
    <Fieldset className="doc-voice">
      <Fieldset.Legend>
        <FeltEtikett felt={felt} />
      </Fieldset.Legend>
      {felt.veiledning && <Fieldset.Description>{labels.tekst(felt.veiledning)}</Fieldset.Description>}
      <Textfield
        id={stemmeOrdId(felt.id)}
        multiline
        rows={4}
        className="doc-longtext"
        label={t('dokument.stemme.ord')}
        description={t('dokument.stemme.ord.beskrivelse')}
        error={blockError}
        {...register(`${felt.id}.ord`)}
      />
      <Fieldset className="doc-choice">
        <Fieldset.Legend>{t('dokument.stemme.medvirkning')}</Fieldset.Legend>
        <Fieldset.Description>{t('dokument.stemme.medvirkning.beskrivelse')}</Fieldset.Description>
        {MEDVIRKNING.map((code) => (
          <Radio
            key={code}
            id={stemmeMedvirkningId(felt.id, code)}
            label={taskLabels.medvirkning(code)}
            value={code}
            aria-invalid={medvirkningError ? true : undefined}
            {...register(`${felt.id}.medvirkning`)}
          />
        ))}
        {medvirkningError && <ValidationMessage>{medvirkningError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id={stemmeVektId(felt.id)}
        multiline
        rows={4}
        className="doc-longtext"
        label={t('dokument.stemme.vektlegging')}
        description={t('dokument.stemme.vektlegging.beskrivelse')}
        {...register(`${felt.id}.vektlegging`)}
      />
    </Fieldset>
  );
}
