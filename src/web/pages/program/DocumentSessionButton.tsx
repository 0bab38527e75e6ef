import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { FileTextIcon } from '@navikt/aksel-icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { createDocument } from '@/web/api/createDocument';
import type { CreateDokumentBody } from '@/web/api/dokumentTypes';
import { isApiError } from '@/web/api/problem';
import type { ProgramDefinisjon, Programforlop, ProgramOkt } from '@/web/api/programTypes';
import { updateProgrammeSession } from '@/web/api/updateProgrammeSession';
import { problemMessage } from '@/web/components/problemMessage';
import { isConflict } from '@/web/components/serverErrors';
import { useT } from '@/web/i18n/useT';
import { templatesQuery, useRefreshDocuments } from '@/web/pages/dokumenter/useDocument';
import { programmeRunQuery, useRefreshRuns } from '@/web/pages/program/usePrograms';

interface Props {
  run: Programforlop;
  okt: ProgramOkt;
  def: ProgramDefinisjon;
  /** "samling" or "samtale", for the button's accessible name. */
  label: string;
}

/**
 * "Dokumenter": starts a document from the programme's template (about the foster home, or the
 * parent), links it to the session, and opens it in the editor.
 */
export function DocumentSessionButton({ run, okt, def, label }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refreshDocuments = useRefreshDocuments();
  const refreshRuns = useRefreshRuns();
  const templates = useQuery(templatesQuery);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mal = templates.data?.items.find((m) => m.id === def.dokumentmal);

  const start = async () => {
    if (!mal) {
      setError(t('program.dokument.ingenMal'));
      return;
    }
    setBusy(true);
    setError(null);
    const body: CreateDokumentBody = { malId: mal.id, barnId: run.barn.id };
    if (mal.gjelder === 'fosterhjem' && run.fosterhjem) body.fosterhjemId = run.fosterhjem.id;
    if (mal.gjelder === 'forelder' && run.familiemedlem) body.familiemedlemId = run.familiemedlem.id;
    try {
      const created = await createDocument(body);
      try {
        await updateProgrammeSession(run.id, okt.nummer, { dokumentId: created.id, version: okt.version });
      } catch (linkError) {
        // The session changed meanwhile: link the document to it as it is now.
        if (!isConflict(linkError)) throw linkError;
        const fresh = await queryClient.fetchQuery({ ...programmeRunQuery(run.id), staleTime: 0 });
        const now = fresh.okter.find((o) => o.nummer === okt.nummer);
        if (!now) throw linkError;
        await updateProgrammeSession(run.id, okt.nummer, { dokumentId: created.id, version: now.version });
      }
      await Promise.all([refreshDocuments(), refreshRuns()]);
      navigate(`/dokumenter/${created.id}`);
    } catch (e) {
      setError(isApiError(e) ? problemMessage(e, t) : t('feil.ukjent'));
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        type="button"
        data-size="sm"
        variant="secondary"
        data-color="accent"
        loading={busy}
        disabled={templates.isPending}
        aria-label={t('program.dokument.knappFor', { tekst: label, nummer: okt.nummer })}
        onClick={start}
      >
        <FileTextIcon aria-hidden />
        {t('program.dokument.knapp')}
      </Button>
      {error && (
        <Alert data-color="danger" className="program-session__error">
          <Paragraph data-size="sm">{error}</Paragraph>
        </Alert>
      )}
    </>
  );
}
