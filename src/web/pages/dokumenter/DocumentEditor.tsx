import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { DokumentStatus, DokumentView, Innhold } from '@/web/api/dokumentTypes';
import { finaliseDocument } from '@/web/api/finaliseDocument';
import { isApiError } from '@/web/api/problem';
import { ConflictAlert } from '@/web/components/ConflictAlert';
import { FormFeedback } from '@/web/components/FormFeedback';
import { problemMessage } from '@/web/components/problemMessage';
import { SavedVersion } from '@/web/components/SavedVersion';
import { isConflict } from '@/web/components/serverErrors';
import { Timestamp } from '@/web/components/Timestamp';
import { useT } from '@/web/i18n/useT';
import { DocumentSection } from '@/web/pages/dokumenter/DocumentSection';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { useFeltTekst } from '@/web/pages/dokumenter/FeltVerdi';
import { DokumentFelt } from '@/web/pages/dokumenter/felt/DokumentFelt';
import { summaryIds } from '@/web/pages/dokumenter/felt/feltIds';
import { felterI, normaliser, sammeInnhold, tilLagring } from '@/web/pages/dokumenter/innhold';
import { clearLocalDraft, type LocalDraft, readLocalDraft } from '@/web/pages/dokumenter/localDraft';
import { SaveStatus } from '@/web/pages/dokumenter/SaveStatus';
import { useAutosave } from '@/web/pages/dokumenter/useAutosave';
import { documentQuery } from '@/web/pages/dokumenter/useDocument';

interface Props {
  doc: DokumentView;
  /** After finalising: the new status (the page then shows the locked document). */
  onFinalised: (status: DokumentStatus) => void;
  /** The document is no longer a draft (someone finished it): show it as it is now. */
  onLocked: () => void;
}

/**
 * Writing a draft: every section with its guidance and fields, saved as the user types (and kept
 * in the browser until the server has it), and "Ferdigstill" with an error summary that links to
 * the fields still missing.
 */
export function DocumentEditor({ doc, onFinalised, onLocked }: Props) {
  const t = useT();
  const labels = useDokumentLabels();
  const feltTekst = useFeltTekst();
  const queryClient = useQueryClient();
  const mal = doc.mal;
  const felter = useMemo(() => felterI(mal), [mal]);
  const startverdier = useMemo(() => normaliser(mal, doc.innhold), [mal, doc.innhold]);
  const form = useForm<Innhold>({ defaultValues: startverdier, shouldFocusError: false });
  const { getValues, setError, clearErrors, reset, watch } = form;
  const errorNames = useRef(new Set<string>());
  const resetting = useRef(false);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [finalising, setFinalising] = useState(false);
  const [latest, setLatest] = useState<DokumentView | null>(null);
  const [reloading, setReloading] = useState(false);
  const [conflictAttempt, setConflictAttempt] = useState(0);
  const [lokal, setLokal] = useState<LocalDraft | null>(() => {
    const draft = readLocalDraft(doc.id);
    if (draft && sammeInnhold(mal, draft.innhold, doc.innhold)) {
      clearLocalDraft(doc.id);
      return null;
    }
    return draft;
  });

  const getInnhold = useCallback(() => tilLagring(mal, getValues()), [mal, getValues]);
  const autosave = useAutosave({
    id: doc.id,
    revisjon: doc.revisjon,
    getInnhold,
    onSaved: () => setLatest(null),
  });
  const { changed, flush } = autosave;

  // Every change: a local copy at once, a save when typing stops. A message at a field goes
  // away when that field is changed.
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (resetting.current) return;
      if (name) {
        const top = name.split('.')[0] ?? name;
        const stale = [...errorNames.current].filter((n) => n === top || n.startsWith(`${top}.`));
        if (stale.length) {
          for (const n of stale) errorNames.current.delete(n);
          clearErrors(stale);
        }
      }
      changed();
    });
    return () => subscription.unsubscribe();
  }, [watch, changed, clearErrors]);

  useEffect(() => {
    if (autosave.state.kind === 'konflikt') setConflictAttempt((n) => n + 1);
    if (autosave.state.kind === 'last') onLocked();
  }, [autosave.state.kind, onLocked]);

  const restore = () => {
    if (!lokal) return;
    resetting.current = true;
    reset(normaliser(mal, lokal.innhold), { keepDefaultValues: true });
    resetting.current = false;
    setLokal(null);
    changed();
  };
  const discard = () => {
    clearLocalDraft(doc.id);
    setLokal(null);
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...documentQuery(doc.id), staleTime: 0 });
      if (fresh.status !== 'utkast' || !fresh.kanEndre) {
        onLocked();
        return;
      }
      setLatest(fresh);
      autosave.continueFrom(fresh.revisjon);
    } catch (error) {
      setMessage(problemMessage(error, t));
    } finally {
      setReloading(false);
    }
  };

  const finalise = async () => {
    setMessage(null);
    setFinalising(true);
    try {
      const saved = await flush();
      if (!saved) {
        setMessage(t('dokument.ferdigstill.ikkeLagret'));
        setAttempt((n) => n + 1);
        return;
      }
      const result = await finaliseDocument(doc.id, autosave.revisjon());
      clearLocalDraft(doc.id);
      onFinalised(result.status);
    } catch (error) {
      if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        for (const item of error.problem.errors) {
          const top = item.field.split('.')[0] ?? item.field;
          const felt = felter.find((f) => f.id === top);
          const etikett = felt ? labels.tekst(felt.etikett) : item.field;
          const text =
            item.code === 'required'
              ? t('dokument.feil.pakrevd', { felt: etikett })
              : item.code === 'medvirkning_required'
                ? t('dokument.feil.medvirkning', { felt: etikett })
                : item.message;
          errorNames.current.add(item.field);
          setError(item.field, { type: 'server', message: text });
        }
      } else if (isConflict(error)) {
        autosave.markConflict();
      } else if (isApiError(error) && error.status === 409 && error.code === 'document_locked') {
        onLocked();
      } else {
        setMessage(problemMessage(error, t));
      }
      setAttempt((n) => n + 1);
    } finally {
      setFinalising(false);
    }
  };

  const personer = watch(felter.filter((f) => f.type === 'personer').map((f) => f.id));
  const antallPersoner = (feltId: string) => {
    const index = felter.filter((f) => f.type === 'personer').findIndex((f) => f.id === feltId);
    const value = personer[index];
    return Array.isArray(value) ? value.length : 0;
  };

  const savedRows: [string, string][] = latest
    ? felter.flatMap((felt): [string, string][] => {
        const mine = feltTekst(felt, getValues(felt.id));
        const saved = feltTekst(felt, latest.innhold[felt.id]);
        return mine === saved ? [] : [[labels.tekst(felt.etikett), saved]];
      })
    : [];

  return (
    <FormProvider {...form}>
      <form
        className="doc-editor"
        noValidate
        aria-label={t('dokument.skjema.etikett')}
        onSubmit={(event) => {
          event.preventDefault();
          void finalise();
        }}
        onBlur={() => void flush()}
      >
        {lokal && (
          <Alert data-color="warning" className="doc-restore">
            <Heading level={2} data-size="xs">
              {t('dokument.lokal.tittel')}
            </Heading>
            <Paragraph>
              {t('dokument.lokal.tekst')} <Timestamp value={lokal.endret} />
            </Paragraph>
            {lokal.basis < doc.revisjon && <Paragraph>{t('dokument.lokal.eldre')}</Paragraph>}
            <div className="form-actions">
              <Button type="button" data-size="sm" onClick={restore}>
                {t('dokument.lokal.gjenopprett')}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" onClick={discard}>
                {t('dokument.lokal.forkast')}
              </Button>
            </div>
          </Alert>
        )}
        {autosave.state.kind === 'konflikt' || latest ? (
          <div className="doc-conflict">
            <ConflictAlert
              attempt={conflictAttempt}
              reloading={reloading}
              reloaded={latest !== null}
              onReload={() => void reload()}
            />
            {latest &&
              (savedRows.length > 0 ? (
                <SavedVersion rows={savedRows} />
              ) : (
                <Paragraph data-size="sm">{t('dokument.konflikt.likt')}</Paragraph>
              ))}
          </div>
        ) : null}
        <FormFeedback
          errors={form.formState.errors}
          fieldIds={summaryIds(felter, antallPersoner)}
          message={message}
          attempt={attempt}
        />

        {mal.seksjoner.map((seksjon) => (
          <DocumentSection key={seksjon.id} seksjon={seksjon}>
            {seksjon.felter.map((felt) => (
              <DokumentFelt key={felt.id} felt={felt} />
            ))}
          </DocumentSection>
        ))}

        <div className="doc-finish">
          <Heading level={2} data-size="sm">
            {t('dokument.ferdigstill.tittel')}
          </Heading>
          <Paragraph data-size="sm">
            {mal.godkjenning
              ? t('dokument.ferdigstill.medGodkjenning')
              : t('dokument.ferdigstill.utenGodkjenning')}
          </Paragraph>
          <div className="form-actions">
            <Button type="submit" loading={finalising}>
              {t('dokument.ferdigstill')}
            </Button>
          </div>
        </div>

        <div className="doc-savebar">
          <SaveStatus state={autosave.state} online={autosave.online} onSave={() => void flush()} />
        </div>
      </form>
    </FormProvider>
  );
}
