import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Gjelder } from '@/web/api/dokumentTypes';
import { listDocuments } from '@/web/api/listDocuments';
import { queryKeys } from '@/web/api/queryKeys';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { DocumentList } from '@/web/pages/dokumenter/DocumentList';
import { NewDocumentForm } from '@/web/pages/dokumenter/NewDocumentForm';
import '@/web/pages/dokumenter/dokumenter.css';

interface Props {
  sak: { barnId: string } | { fosterhjemId: string };
  gjelder: readonly Gjelder[];
  /** Whether the user may write in this case. */
  kanEndre: boolean;
  /** The heading's level where the list sits in the page outline. */
  level?: 2 | 3;
}

/** A case's documents, newest first, with "Nytt dokument" for those who may write in the case. */
export function CaseDocuments({ sak, gjelder, kanEndre, level = 2 }: Props) {
  const t = useT();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const query = useQuery({ queryKey: queryKeys.caseDocuments(sak), queryFn: () => listDocuments(sak) });

  return (
    <section className="case-documents" aria-labelledby={headingId}>
      <div className="section-heading">
        <Heading level={level} data-size="md" id={headingId}>
          {t('dokument.liste.tittel')}
        </Heading>
        {kanEndre && (
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
            <PlusIcon aria-hidden />
            {t('dokument.ny')}
          </Button>
        )}
      </div>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {query.data &&
        (query.data.items.length === 0 ? (
          <Paragraph className="empty-state">{t('dokument.liste.ingen')}</Paragraph>
        ) : (
          <DocumentList items={query.data.items} labelledBy={headingId} />
        ))}
      <FormDialog open={open} onClose={() => setOpen(false)} title={t('dokument.ny')}>
        <NewDocumentForm sak={sak} gjelder={gjelder} onCancel={() => setOpen(false)} />
      </FormDialog>
    </section>
  );
}
