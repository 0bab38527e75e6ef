import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useController, useFormContext } from 'react-hook-form';
import type { Felt } from '@/web/api/dokumentTypes';
import { fieldError } from '@/web/components/FormFeedback';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltEtikett } from '@/web/pages/dokumenter/felt/FeltEtikett';
import { valgId } from '@/web/pages/dokumenter/felt/feltIds';

/** Several of the template's choices, as checkboxes; the value is the list of chosen codes. */
export function FlervalgFelt({ felt }: { felt: Felt }) {
  const labels = useDokumentLabels();
  const {
    control,
    formState: { errors },
  } = useFormContext();
  const { field } = useController({ control, name: felt.id });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const error = fieldError(errors, felt.id);
  const valg = felt.valg ?? [];
  return (
    <Fieldset className="doc-choice">
      <Fieldset.Legend>
        <FeltEtikett felt={felt} />
      </Fieldset.Legend>
      {felt.veiledning && <Fieldset.Description>{labels.tekst(felt.veiledning)}</Fieldset.Description>}
      {valg.map((v, index) => (
        <Checkbox
          key={v.verdi}
          id={valgId(felt.id, index)}
          label={labels.tekst(v.etikett)}
          value={v.verdi}
          checked={value.includes(v.verdi)}
          aria-invalid={error ? true : undefined}
          onBlur={field.onBlur}
          onChange={(event) => {
            const chosen = event.target.checked ? [...value, v.verdi] : value.filter((x) => x !== v.verdi);
            // Keep the template's order.
            field.onChange(valg.map((x) => x.verdi).filter((x) => chosen.includes(x)));
          }}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
