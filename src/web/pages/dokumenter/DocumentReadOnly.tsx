import type { DokumentView } from '@/web/api/dokumentTypes';
import { DocumentSection } from '@/web/pages/dokumenter/DocumentSection';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { FeltVerdi } from '@/web/pages/dokumenter/FeltVerdi';

/** A finished document (or one the reader may not change), section by section, as it reads. */
export function DocumentReadOnly({ doc }: { doc: DokumentView }) {
  const labels = useDokumentLabels();
  return (
    <div className="doc-readonly">
      {doc.mal.seksjoner.map((seksjon) => (
        <DocumentSection key={seksjon.id} seksjon={seksjon} medVeiledning={false}>
          <dl className="doc-values">
            {seksjon.felter.map((felt) => (
              <div key={felt.id} className="doc-values__row">
                <dt>{labels.tekst(felt.etikett)}</dt>
                <dd>
                  <FeltVerdi felt={felt} verdi={doc.innhold[felt.id]} />
                </dd>
              </div>
            ))}
          </dl>
        </DocumentSection>
      ))}
    </div>
  );
}
