import { useCallback, useEffect, useRef, useState } from 'react';
import type { Innhold } from '@/web/api/dokumentTypes';
import { isApiError } from '@/web/api/problem';
import { saveDocument } from '@/web/api/saveDocument';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';
import { clearLocalDraft, writeLocalDraft } from '@/web/pages/dokumenter/localDraft';

/** Save this long after typing stops. */
export const AUTOSAVE_DELAY_MS = 1500;
/** While a save is failing (no connection, server away), try again this often. */
const RETRY_MS = 10_000;

export type SaveKind =
  /** Nothing waiting: everything typed is on the server. */
  | 'lagret'
  /** Typed, not sent yet (the save is coming). */
  | 'endret'
  | 'lagrer'
  /** No connection: the changes are kept in this browser and sent when it is back. */
  | 'frakoblet'
  /** Someone else saved in between: nothing is sent until the user has fetched the latest. */
  | 'konflikt'
  /** The document is no longer a draft. */
  | 'last'
  | 'feil';

export interface SaveState {
  kind: SaveKind;
  /** When the last save this session succeeded. */
  sistLagret: Date | null;
  /** False when the browser could not keep a local copy (storage full or disabled). */
  lokalKopi: boolean;
  melding?: string;
}

interface Options {
  id: string;
  /** The revision the document was loaded at. */
  revisjon: number;
  /** What to send: the form's values in the API's shape. */
  getInnhold: () => Innhold;
  /** Called after every successful save. */
  onSaved?: () => void;
}

/**
 * Autosave for a draft: a save ~1.5 s after typing stops and on leaving a field, a local copy in
 * the browser on every change, and a retry when the connection comes back. A save names the
 * revision it builds on; a 409 `conflict` stops saving (nothing is overwritten) until the user
 * has fetched the latest version.
 */
export function useAutosave({ id, revisjon, getInnhold, onSaved }: Options) {
  const t = useT();
  const revisjonRef = useRef(revisjon);
  const dirty = useRef(false);
  const paused = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const getRef = useRef(getInnhold);
  getRef.current = getInnhold;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [state, setState] = useState<SaveState>({ kind: 'lagret', sistLagret: null, lokalKopi: true });
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));

  const update = useCallback((kind: SaveKind, extra: Partial<SaveState> = {}) => {
    setState((s) =>
      s.kind === kind && extra.sistLagret === undefined && extra.melding === s.melding
        ? s
        : { ...s, kind, melding: undefined, ...extra },
    );
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
    }
    if (paused.current) return false;
    if (!dirty.current) return true;
    const run = (async () => {
      const innhold = getRef.current();
      dirty.current = false;
      update('lagrer');
      try {
        const saved = await saveDocument(id, innhold, revisjonRef.current);
        revisjonRef.current = saved.revisjon;
        if (dirty.current) {
          // Typed while the save was under way: keep the copy, on the new revision, and save again.
          writeLocalDraft(id, saved.revisjon, getRef.current());
          timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
          update('endret', { sistLagret: new Date() });
        } else {
          clearLocalDraft(id);
          update('lagret', { sistLagret: new Date() });
        }
        onSavedRef.current?.();
        return !dirty.current;
      } catch (error) {
        dirty.current = true;
        if (isApiError(error) && error.status === 0) {
          update('frakoblet');
        } else if (isApiError(error) && error.status === 409 && error.code === 'conflict') {
          paused.current = true;
          update('konflikt');
        } else if (isApiError(error) && error.status === 409 && error.code === 'document_locked') {
          paused.current = true;
          update('last');
        } else {
          update('feil', { melding: problemMessage(error, t) });
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [id, t, update]);

  /** Call on every change in the form. */
  const changed = useCallback(() => {
    dirty.current = true;
    const kept = writeLocalDraft(id, revisjonRef.current, getRef.current());
    setState((s) => (s.lokalKopi === kept ? s : { ...s, lokalKopi: kept }));
    if (paused.current) return;
    clearTimeout(timer.current);
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      update('frakoblet');
      return;
    }
    if (!inFlight.current) update('endret');
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [id, save, update]);

  /** Save now (leaving a field, before finalising). Resolves true when nothing is left unsaved. */
  const flush = useCallback(() => save(), [save]);

  /** After a conflict: the next save builds on the latest revision (and replaces what is saved). */
  const continueFrom = useCallback(
    (latest: number) => {
      revisjonRef.current = latest;
      paused.current = false;
      update('endret');
    },
    [update],
  );

  /** Someone else saved (seen when finalising): stop until the user has fetched the latest. */
  const markConflict = useCallback(() => {
    paused.current = true;
    dirty.current = true;
    update('konflikt');
  }, [update]);

  // Back online: send what is waiting. While failing, try again now and then.
  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      if (dirty.current && !paused.current) void save();
    };
    const goOffline = () => {
      setOnline(false);
      if (dirty.current && !paused.current && !inFlight.current) update('frakoblet');
    };
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [save, update]);

  const failing = state.kind === 'frakoblet' || state.kind === 'feil';
  useEffect(() => {
    if (!failing) return;
    const retry = setInterval(() => {
      if (dirty.current && !paused.current && navigator.onLine) void save();
    }, RETRY_MS);
    return () => clearInterval(retry);
  }, [failing, save]);

  // Leaving the page with something unsent: send it (the local copy stays until it is saved).
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (dirty.current && !paused.current) void save();
    },
    [save],
  );

  return {
    state,
    online,
    changed,
    flush,
    continueFrom,
    markConflict,
    /** The revision the next save builds on. */
    revisjon: () => revisjonRef.current,
    harUlagret: () => dirty.current,
  };
}
