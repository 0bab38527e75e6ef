import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '@/web/i18n/useT';

type TimeField = { id: string; error: string | undefined; field: UseFormRegisterReturn };

/**
 * «Fra kl.» and «Til kl.» of a contact session: optional, grouped under one legend, side by side
 * where there is room. The form owns the values and their messages (the server checks the order).
 */
export function SessionTimeFields({ fra, til }: { fra: TimeField; til: TimeField }) {
  const t = useT();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('samvaer.felt.klokkeslett')}</Fieldset.Legend>
      <Fieldset.Description>{t('samvaer.felt.klokkeslett.hjelp')}</Fieldset.Description>
      <div className="field-pair">
        <Textfield id={fra.id} type="time" label={t('samvaer.felt.fraKl')} error={fra.error} {...fra.field} />
        <Textfield id={til.id} type="time" label={t('samvaer.felt.tilKl')} error={til.error} {...til.field} />
      </div>
    </Fieldset>
  );
}
