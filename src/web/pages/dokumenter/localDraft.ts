import type { Innhold } from '@/web/api/dokumentTypes';

/**
 * A copy of what is typed in a draft, kept in this browser until the server has it, so nothing is
 * lost when the connection drops or the tab closes. The key holds only the document's id and the
 * revision the edit started from (no personal data); the content is in the value.
 */
const PREFIX = 'landsby.utkast.';

export interface LocalDraft {
  /** The revision the changes were made on. */
  basis: number;
  innhold: Innhold;
  /** When it was last written (ISO 8601). */
  endret: string;
}

const keyFor = (id: string, basis: number) => `${PREFIX}${id}.${basis}`;

function keysFor(id: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(`${PREFIX}${id}.`)) keys.push(key);
    }
  } catch {
    // storage disabled
  }
  return keys;
}

/** Keeps the latest content; older copies of the same document are removed. */
export function writeLocalDraft(id: string, basis: number, innhold: Innhold): boolean {
  try {
    const key = keyFor(id, basis);
    const draft: LocalDraft = { basis, innhold, endret: new Date().toISOString() };
    window.localStorage.setItem(key, JSON.stringify(draft));
    for (const other of keysFor(id)) if (other !== key) window.localStorage.removeItem(other);
    return true;
  } catch {
    // Storage full or disabled: the page still holds the text, and the save goes on.
    return false;
  }
}

/** The newest local copy of a document, if any. */
export function readLocalDraft(id: string): LocalDraft | null {
  let best: LocalDraft | null = null;
  for (const key of keysFor(id)) {
    try {
      const parsed = JSON.parse(window.localStorage.getItem(key) ?? 'null') as LocalDraft | null;
      if (
        parsed &&
        typeof parsed.basis === 'number' &&
        typeof parsed.innhold === 'object' &&
        parsed.innhold !== null &&
        (!best || parsed.endret > best.endret)
      ) {
        best = parsed;
      }
    } catch {
      // a broken copy is ignored
    }
  }
  return best;
}

/** The server has everything: the local copies are no longer needed. */
export function clearLocalDraft(id: string): void {
  try {
    for (const key of keysFor(id)) window.localStorage.removeItem(key);
  } catch {
    // storage disabled
  }
}
