import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useFormContext } from 'react-hook-form';
import type { Felt } from '@/web/api/dokumentTypes';
import { fieldError } from '@/web/components/FormFeedback';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltEtikett } from '@/web/pages/dokumenter/felt/FeltEtikett';
import { valgId } from '@/web/pages/dokumenter/felt/feltIds';

/** One of the template's choices, as radio buttons. */
export function ValgFelt({ felt }: { felt: Felt }) {
  const labels = useDokumentLabels();
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const error = fieldError(errors, felt.id);
  return (
    <Fieldset className="doc-choice">
      <Fieldset.Legend>
        <FeltEtikett felt={felt} />
      </Fieldset.Legend>
      {felt.veiledning && <Fieldset.Description>{labels.tekst(felt.veiledning)}</Fieldset.Description>}
      {(felt.valg ?? []).map((valg, index) => (
        <Radio
          key={valg.verdi}
          id={valgId(felt.id, index)}
          label={labels.tekst(valg.etikett)}
          value={valg.verdi}
          aria-invalid={error ? true : undefined}
          {...register(felt.id)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
