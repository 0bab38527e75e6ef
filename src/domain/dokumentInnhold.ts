/**
 * The values of a document's fields, one per field id, and the rules on them.
 * Pure: knows the template's field types, nothing about storage.
 */

export type FeltType =
  | 'tekst'
  | 'langtekst'
  | 'dato'
  | 'valg'
  | 'flervalg'
  | 'sjekkliste'
  | 'personer'
  | 'barnets_stemme';

export type BarnetsStemme = { ord: string; medvirkning: string; vektlegging: string };
export type Sjekkpunkt = { ok: boolean; kommentar?: string };
export type Person = { navn: string; rolle?: string };

export type FeltVerdi = string | string[] | Record<string, Sjekkpunkt> | Person[] | BarnetsStemme | null;

export type FeltDef = { id: string; type: FeltType; pakrevd: boolean };

/** SSB's codes for how the child took part (BarnetsMedvirkningType; domain.md §1.5). */
export const MEDVIRKNING = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2'] as const;

export function erTom(type: FeltType, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (type) {
    case 'tekst':
    case 'langtekst':
    case 'dato':
    case 'valg':
      return typeof v !== 'string' || v.trim() === '';
    case 'flervalg':
    case 'personer':
      return !Array.isArray(v) || v.length === 0;
    case 'sjekkliste':
      return typeof v !== 'object' || !Object.values(v as Record<string, Sjekkpunkt>).some((p) => p?.ok);
    case 'barnets_stemme': {
      const s = v as Partial<BarnetsStemme>;
      return !s.ord?.trim() && !s.medvirkning;
    }
  }
}

/**
 * What stops a document from being finalised: required fields left empty, and a child's-voice
 * block without how the child took part (Helsetilsynet checks that participation is documented;
 * domain.md §1.5 and §2.7).
 */
export function manglerVedFerdigstilling(felter: FeltDef[], innhold: Record<string, unknown>) {
  const mangler: { field: string; code: 'required' | 'medvirkning_required' }[] = [];
  for (const f of felter) {
    const v = innhold[f.id];
    if (f.pakrevd && erTom(f.type, v)) mangler.push({ field: f.id, code: 'required' });
    else if (f.type === 'barnets_stemme' && !erTom(f.type, v)) {
      const m = (v as Partial<BarnetsStemme>).medvirkning ?? '';
      if (!MEDVIRKNING.includes(m as (typeof MEDVIRKNING)[number])) {
        mangler.push({ field: `${f.id}.medvirkning`, code: 'medvirkning_required' });
      }
    }
  }
  return mangler;
}

/**
 * Fills merge fields like {barn.fornavn} from the case. Unknown fields are left as they are,
 * so the worker sees what is still to be filled in.
 */
export function flett(tekst: string, verdier: Record<string, string | null | undefined>): string {
  return tekst.replace(/\{([a-z]+\.[a-z]+|dato)\}/g, (m, key: string) => verdier[key] ?? m);
}

export type DiffDel = { type: 'lik' | 'lagt_til' | 'fjernet'; tekst: string };

/** A word-level diff (longest common subsequence), readable for prose. */
export function tekstdiff(fra: string, til: string): DiffDel[] {
  const a = fra.split(/(\s+)/).filter((x) => x !== '');
  const b = til.split(/(\s+)/).filter((x) => x !== '');
  // Trim the common start and end, so long texts with a small change stay cheap.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ma = a.slice(start, endA);
  const mb = b.slice(start, endB);
  const lcs: number[][] = Array.from({ length: ma.length + 1 }, () =>
    new Array<number>(mb.length + 1).fill(0),
  );
  for (let i = ma.length - 1; i >= 0; i--) {
    for (let j = mb.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        ma[i] === mb[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const out: DiffDel[] = [];
  const push = (type: DiffDel['type'], tekst: string) => {
    const last = out.at(-1);
    if (last && last.type === type) last.tekst += tekst;
    else out.push({ type, tekst });
  };
  if (start) push('lik', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < ma.length && j < mb.length) {
    if (ma[i] === mb[j]) {
      push('lik', ma[i] as string);
      i++;
      j++;
    } else if (((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number)) {
      push('fjernet', ma[i++] as string);
    } else {
      push('lagt_til', mb[j++] as string);
    }
  }
  while (i < ma.length) push('fjernet', ma[i++] as string);
  while (j < mb.length) push('lagt_til', mb[j++] as string);
  if (endA < a.length) push('lik', a.slice(endA).join(''));
  return out;
}

/** A field's value as plain text, for diffs, search and exports. */
export function somTekst(type: FeltType, v: unknown, etikett: (verdi: string) => string = (x) => x): string {
  if (erTom(type, v)) return '';
  switch (type) {
    case 'tekst':
    case 'langtekst':
    case 'dato':
      return String(v);
    case 'valg':
      return etikett(String(v));
    case 'flervalg':
      return (v as string[]).map(etikett).join(', ');
    case 'personer':
      return (v as Person[]).map((p) => (p.rolle ? `${p.navn} (${p.rolle})` : p.navn)).join(', ');
    case 'sjekkliste':
      return Object.entries(v as Record<string, Sjekkpunkt>)
        .filter(([, p]) => p.ok)
        .map(([k, p]) => (p.kommentar ? `${etikett(k)}: ${p.kommentar}` : etikett(k)))
        .join('\n');
    case 'barnets_stemme': {
      const s = v as BarnetsStemme;
      return [s.ord, s.medvirkning, s.vektlegging].filter(Boolean).join('\n');
    }
  }
}
