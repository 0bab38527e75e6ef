import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { DokumentStatus, DokumentView, Person } from '@/web/api/dokumentTypes';
import { isApiError } from '@/web/api/problem';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { childQuery } from '@/web/pages/barn/side/useChild';
import { ApprovalPanel } from '@/web/pages/dokumenter/ApprovalPanel';
import { DocumentEditor } from '@/web/pages/dokumenter/DocumentEditor';
import { DocumentHeader } from '@/web/pages/dokumenter/DocumentHeader';
import { DocumentReadOnly } from '@/web/pages/dokumenter/DocumentReadOnly';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { CasePeopleContext } from '@/web/pages/dokumenter/felt/PersonerFelt';
import { ReopenPanel } from '@/web/pages/dokumenter/ReopenPanel';
import { documentQuery, useRefreshDocuments } from '@/web/pages/dokumenter/useDocument';
import '@/web/pages/dokumenter/dokumenter.css';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { fosterHomeQuery } from '@/web/pages/fosterhjem/useFosterHome';

/**
 * `/dokumenter/:id` — one document: written in the editor while it is a draft the user may change,
 * otherwise shown as it reads, with approval (team leader), reopening and the downloads.
 */
export function DocumentPage() {
  const t = useT();
  const labels = useDokumentLabels();
  const { id = '' } = useParams();
  const query = useQuery(documentQuery(id));
  const refresh = useRefreshDocuments();
  const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'warning' } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const doc = query.data;
  // The title names the template, never the child (the window title is kept in the history).
  usePageTitle(doc ? labels.tekst(doc.mal.tittel) : t('dokument.side.tittel'));

  const announce = useCallback((text: string, tone: 'success' | 'warning' = 'success') => {
    setNotice({ text, tone });
    requestAnimationFrame(() => noticeRef.current?.focus());
  }, []);
  const after = useCallback(
    async (text: string, tone?: 'success' | 'warning') => {
      await refresh();
      announce(text, tone);
    },
    [refresh, announce],
  );
  const onLocked = useCallback(() => void after(t('dokument.last.melding'), 'warning'), [after, t]);

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    const error = query.error;
    if (isApiError(error) && (error.status === 404 || error.status === 400))
      return <NotFoundContent signedIn />;
    if (isApiError(error) && error.status === 403) return <ForbiddenContent />;
    return (
      <div className="page">
        <QueryErrorAlert error={error} onRetry={() => query.refetch()} />
      </div>
    );
  }
  if (!doc) return null;

  const finished = doc.status === 'ferdig' || doc.status === 'godkjent';
  const finishedText = (status: DokumentStatus) =>
    status === 'til_godkjenning'
      ? t('dokument.ferdigstilt.tilGodkjenning')
      : t('dokument.ferdigstilt.ferdig');

  return (
    <div className="page doc-page">
      <DocumentHeader doc={doc} />
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite" className="doc-notice">
        {notice && (
          <Alert data-color={notice.tone}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {doc.status === 'utkast' && doc.returKommentar && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('dokument.retur.mottatt')}
          </Heading>
          <Paragraph className="prewrap">{doc.returKommentar}</Paragraph>
        </Alert>
      )}
      {doc.kanGodkjenne && (
        <ApprovalPanel
          doc={doc}
          onApproved={() => void after(t('dokument.godkjent.melding'))}
          onReturned={() => void after(t('dokument.retur.melding'))}
        />
      )}
      {doc.kanEndre ? (
        <CasePeople doc={doc}>
          <DocumentEditor
            key={`${doc.id}:${doc.versjon}`}
            doc={doc}
            onFinalised={(status) => void after(finishedText(status))}
            onLocked={onLocked}
          />
        </CasePeople>
      ) : (
        <>
          {doc.status === 'utkast' && (
            <Alert data-color="info">
              <Paragraph>{t('dokument.kunLese')}</Paragraph>
            </Alert>
          )}
          <DocumentReadOnly doc={doc} />
          {finished && (
            <ReopenPanel
              doc={doc}
              onReopened={() => void after(t('dokument.gjenapnet.melding', { versjon: doc.versjon + 1 }))}
            />
          )}
        </>
      )}
    </div>
  );
}

/**
 * The people of the case, offered in person fields: the child's family, foster family, village and
 * contact person, or the foster home's household. Only loaded when the template has such a field.
 */
function CasePeople({ doc, children }: { doc: DokumentView; children: ReactNode }) {
  const t = useT();
  const labels = useLabels();
  const wanted = doc.mal.seksjoner.some((s) => s.felter.some((f) => f.type === 'personer'));
  const barn = useQuery({ ...childQuery(doc.barnId ?? ''), enabled: wanted && Boolean(doc.barnId) });
  const hjem = useQuery({
    ...fosterHomeQuery(doc.fosterhjemId ?? ''),
    enabled: wanted && !doc.barnId && Boolean(doc.fosterhjemId),
  });
  const people = useMemo(() => {
    const list: Person[] = [];
    if (barn.data) {
      const b = barn.data;
      list.push({ navn: `${b.fornavn} ${b.etternavn}`, rolle: t('dokument.personer.barnet') });
      for (const m of b.familie)
        list.push({ navn: `${m.fornavn} ${m.etternavn}`, rolle: labels.relasjon(m.relasjon) });
      for (const m of b.fosterhjem?.medlemmer ?? [])
        list.push({ navn: m.navn, rolle: labels.husstandRolle(m.rolle) });
      for (const m of b.landsby.medlemmer) list.push({ navn: m.navn, rolle: m.rolle });
      if (b.kontaktperson) list.push({ navn: b.kontaktperson.navn, rolle: t('barn.side.kontaktperson') });
    }
    if (hjem.data) {
      for (const m of hjem.data.medlemmer) {
        list.push({ navn: `${m.fornavn} ${m.etternavn}`, rolle: labels.husstandRolle(m.rolle) });
      }
      if (hjem.data.kontaktperson)
        list.push({ navn: hjem.data.kontaktperson.navn, rolle: t('barn.side.kontaktperson') });
    }
    const seen = new Set<string>();
    return list.filter((p) => {
      if (seen.has(p.navn)) return false;
      seen.add(p.navn);
      return true;
    });
  }, [barn.data, hjem.data, t, labels.relasjon, labels.husstandRolle]);
  return <CasePeopleContext.Provider value={people}>{children}</CasePeopleContext.Provider>;
}
