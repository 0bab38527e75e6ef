import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useController, useFormContext } from 'react-hook-form';
import type { Felt, Sjekkpunkt } from '@/web/api/dokumentTypes';
import { fieldError } from '@/web/components/FormFeedback';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltEtikett } from '@/web/pages/dokumenter/felt/FeltEtikett';
import { valgId } from '@/web/pages/dokumenter/felt/feltIds';

/** Items to tick, each with an optional comment. */
export function SjekklisteFelt({ felt }: { felt: Felt }) {
  const t = useT();
  const labels = useDokumentLabels();
  const {
    control,
    formState: { errors },
  } = useFormContext();
  const { field } = useController({ control, name: felt.id });
  const value: Record<string, Sjekkpunkt> =
    field.value && typeof field.value === 'object' && !Array.isArray(field.value) ? field.value : {};
  const error = fieldError(errors, felt.id);
  const set = (verdi: string, punkt: Sjekkpunkt) => field.onChange({ ...value, [verdi]: punkt });

  return (
    <Fieldset className="doc-checklist">
      <Fieldset.Legend>
        <FeltEtikett felt={felt} />
      </Fieldset.Legend>
      {felt.veiledning && <Fieldset.Description>{labels.tekst(felt.veiledning)}</Fieldset.Description>}
      <ul className="doc-checklist__items">
        {(felt.valg ?? []).map((v, index) => {
          const punkt = value[v.verdi] ?? { ok: false, kommentar: '' };
          const etikett = labels.tekst(v.etikett);
          return (
            <li key={v.verdi} className="doc-checklist__item">
              <Checkbox
                id={valgId(felt.id, index)}
                label={etikett}
                checked={punkt.ok}
                aria-invalid={error ? true : undefined}
                onBlur={field.onBlur}
                onChange={(event) => set(v.verdi, { ...punkt, ok: event.target.checked })}
              />
              <Textfield
                id={`${valgId(felt.id, index)}-kommentar`}
                data-size="sm"
                className="doc-checklist__comment"
                autoComplete="off"
                label={
                  <>
                    {t('dokument.sjekkliste.kommentar')}
                    <span className="ds-sr-only">: {etikett}</span>
                  </>
                }
                value={punkt.kommentar ?? ''}
                onBlur={field.onBlur}
                onChange={(event) => set(v.verdi, { ...punkt, kommentar: event.target.value })}
              />
            </li>
          );
        })}
      </ul>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
