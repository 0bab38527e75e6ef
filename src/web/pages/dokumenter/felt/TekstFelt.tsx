import { Textfield } from '@digdir/designsystemet-react';
import { useFormContext } from 'react-hook-form';
import type { Felt } from '@/web/api/dokumentTypes';
import { fieldError } from '@/web/components/FormFeedback';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltEtikett } from '@/web/pages/dokumenter/felt/FeltEtikett';
import { feltInputId } from '@/web/pages/dokumenter/felt/feltIds';

/** One line, paragraphs or a date. The field's guidance is its description (aria-describedby). */
export function TekstFelt({ felt }: { felt: Felt }) {
  const labels = useDokumentLabels();
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const common = {
    id: feltInputId(felt.id),
    label: <FeltEtikett felt={felt} />,
    description: felt.veiledning ? labels.tekst(felt.veiledning) : undefined,
    error: fieldError(errors, felt.id),
    'aria-required': felt.pakrevd || undefined,
    ...register(felt.id),
  };
  if (felt.type === 'langtekst') return <Textfield multiline rows={4} className="doc-longtext" {...common} />;
  if (felt.type === 'dato') return <Textfield type="date" className="doc-date" {...common} />;
  return <Textfield autoComplete="off" {...common} />;
}
