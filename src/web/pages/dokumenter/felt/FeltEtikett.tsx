import type { Felt } from '@/web/api/dokumentTypes';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';

/** A field's label in the user's language, with "(må fylles ut)" on required fields. */
export function FeltEtikett({ felt }: { felt: Felt }) {
  const t = useT();
  const labels = useDokumentLabels();
  return (
    <>
      {labels.tekst(felt.etikett)}
      {felt.pakrevd && <span className="doc-required"> {t('dokument.felt.pakrevd')}</span>}
    </>
  );
}
