import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ArrowUndoIcon, CheckmarkIcon } from '@navikt/aksel-icons';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { approveDocument } from '@/web/api/approveDocument';
import type { DokumentView } from '@/web/api/dokumentTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';
import { ReturnForm } from '@/web/pages/dokumenter/ReturnForm';

interface Props {
  doc: DokumentView;
  onApproved: () => void;
  onReturned: () => void;
}

/** For the team leader or head of the case (never the author): approve, or send back with a comment. */
export function ApprovalPanel({ doc, onApproved, onReturned }: Props) {
  const t = useT();
  const headingId = useId();
  const [returning, setReturning] = useState(false);
  const approve = useMutation({ mutationFn: () => approveDocument(doc.id), onSuccess: onApproved });

  return (
    <Card data-color="accent" variant="tinted" className="doc-approval" asChild>
      <section aria-labelledby={headingId}>
        <Heading level={2} data-size="sm" id={headingId}>
          {t('dokument.godkjenning.tittel')}
        </Heading>
        <Paragraph data-size="sm">
          {t('dokument.godkjenning.tekst', { navn: doc.ferdigstiltAv?.navn ?? doc.forfatter?.navn ?? '' })}
        </Paragraph>
        {approve.isError && (
          <Paragraph role="alert" className="doc-approval__error">
            {problemMessage(approve.error, t)}
          </Paragraph>
        )}
        <div className="form-actions">
          <Button type="button" loading={approve.isPending} onClick={() => approve.mutate()}>
            {!approve.isPending && <CheckmarkIcon aria-hidden />}
            {t('dokument.godkjenn')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setReturning(true)}>
            <ArrowUndoIcon aria-hidden />
            {t('dokument.sendTilbake')}
          </Button>
        </div>
        <FormDialog open={returning} onClose={() => setReturning(false)} title={t('dokument.retur.tittel')}>
          <ReturnForm
            dokumentId={doc.id}
            onCancel={() => setReturning(false)}
            onDone={() => {
              setReturning(false);
              onReturned();
            }}
          />
        </FormDialog>
      </section>
    </Card>
  );
}
