import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ArrowCirclepathReverseIcon } from '@navikt/aksel-icons';
import { useMutation } from '@tanstack/react-query';
import type { DokumentView } from '@/web/api/dokumentTypes';
import { reopenDocument } from '@/web/api/reopenDocument';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';

/** "Gjenåpne": a finished document becomes a draft of a new version; the finished one stays in the history. */
export function ReopenPanel({ doc, onReopened }: { doc: DokumentView; onReopened: () => void }) {
  const t = useT();
  const reopen = useMutation({ mutationFn: () => reopenDocument(doc.id), onSuccess: onReopened });
  return (
    <div className="doc-reopen">
      <Paragraph data-size="sm" id="gjenapne-beskrivelse">
        {t('dokument.gjenapne.beskrivelse', { versjon: doc.versjon + 1 })}
      </Paragraph>
      {reopen.isError && (
        <Paragraph role="alert" className="doc-approval__error">
          {problemMessage(reopen.error, t)}
        </Paragraph>
      )}
      <div className="form-actions">
        <Button
          type="button"
          variant="secondary"
          loading={reopen.isPending}
          aria-describedby="gjenapne-beskrivelse"
          onClick={() => reopen.mutate()}
        >
          {!reopen.isPending && <ArrowCirclepathReverseIcon aria-hidden />}
          {t('dokument.gjenapne')}
        </Button>
      </div>
    </div>
  );
}
