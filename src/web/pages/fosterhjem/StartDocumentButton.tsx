import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { FileTextIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { createDocument } from '@/web/api/createDocument';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';
import { useRefreshDocuments } from '@/web/pages/dokumenter/useDocument';

interface Props {
  fosterhjemId: string;
  /** A template about the foster home (content/maler). */
  malId: string;
  label: string;
}

/** Starts a draft from one of the foster home's templates and opens it in the editor. */
export function StartDocumentButton({ fosterhjemId, malId, label }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshDocuments();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await createDocument({ malId, fosterhjemId, oppgaveId: null });
      await refresh();
      navigate(`/dokumenter/${created.id}`);
    } catch (e) {
      setError(problemMessage(e, t));
      setBusy(false);
    }
  };

  return (
    <span className="stacked">
      <Button type="button" variant="secondary" data-size="sm" loading={busy} onClick={start}>
        <FileTextIcon aria-hidden />
        {label}
      </Button>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </span>
  );
}
