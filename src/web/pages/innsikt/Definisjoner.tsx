import { Details } from '@digdir/designsystemet-react';
import { useT } from '@/web/i18n/useT';
import { MAAL, MAAL_IDER } from '@/web/pages/innsikt/maal';

/** Every measure in the tables with its written definition, folded right below the table. */
export function Definisjoner() {
  const t = useT();
  return (
    <Details className="innsikt-definisjon" data-size="sm">
      <Details.Summary>{t('innsikt.definisjoner')}</Details.Summary>
      <Details.Content>
        <dl className="innsikt-definisjoner">
          {MAAL_IDER.map((id) => (
            <div key={id}>
              <dt>{t(MAAL[id].navn)}</dt>
              <dd>{t(MAAL[id].definisjon)}</dd>
            </div>
          ))}
        </dl>
      </Details.Content>
    </Details>
  );
}
