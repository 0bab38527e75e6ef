import type { CaseloadItem, CaseloadQuery, Fase, Omfang, Plasseringstype } from '@/web/api/barnTypes';
import { FASER, PLASSERINGSTYPER } from '@/web/i18n/codes';

/** Columns "Mine barn" can be sorted by. */
export const SORT_KEYS = ['navn', 'alder', 'fase', 'fosterhjem', 'siden', 'type', 'kontaktperson'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Scope, filters and sort of "Mine barn". Codes only (no personal data), so they live in the URL. */
export interface CaseloadParams {
  omfang: Omfang;
  fase: Fase | '';
  type: Plasseringstype | '';
  sort: SortKey;
  retning: SortDirection;
}

/** Which scopes a role may ask for (the server decides again): team for leaders, the service for the head. */
export function scopesFor(rolle: string, harTeam: boolean): Omfang[] {
  if (rolle === 'leder') return harTeam ? ['mine', 'team', 'tjeneste'] : ['mine', 'tjeneste'];
  if (rolle === 'teamleder' && harTeam) return ['mine', 'team'];
  return ['mine'];
}

/** A leader starts with the widest view they have; everyone else with their own children. */
export function defaultScope(scopes: Omfang[]): Omfang {
  return scopes[scopes.length - 1] ?? 'mine';
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

export function parseCaseloadParams(params: URLSearchParams, scopes: Omfang[]): CaseloadParams {
  return {
    omfang: oneOf(scopes, params.get('omfang')) ?? defaultScope(scopes),
    fase: oneOf(FASER, params.get('fase')) ?? '',
    type: oneOf(PLASSERINGSTYPER, params.get('type')) ?? '',
    sort: oneOf(SORT_KEYS, params.get('sorter')) ?? 'navn',
    retning: params.get('retning') === 'synkende' ? 'descending' : 'ascending',
  };
}

export function toCaseloadSearchParams(value: CaseloadParams, scopes: Omfang[]): URLSearchParams {
  const params = new URLSearchParams();
  if (value.omfang !== defaultScope(scopes)) params.set('omfang', value.omfang);
  if (value.fase) params.set('fase', value.fase);
  if (value.type) params.set('type', value.type);
  if (value.sort !== 'navn') params.set('sorter', value.sort);
  if (value.retning === 'descending') params.set('retning', 'synkende');
  return params;
}

export function toCaseloadQuery(value: CaseloadParams): CaseloadQuery {
  return {
    omfang: value.omfang,
    fase: value.fase || undefined,
    plasseringstype: value.type || undefined,
  };
}

const FASE_ORDER: Record<Fase, number> = {
  for_flytting: 0,
  innflytting: 1,
  oppfolging: 2,
  avslutning: 3,
  ettervern: 4,
};

/**
 * Sorts the rows for display. Text compares with the user's collation (æ, ø, å last); phases in
 * the order of the placement course; rows without a value go last either way.
 */
export function sortCaseload(
  items: CaseloadItem[],
  sort: SortKey,
  retning: SortDirection,
  collator: Intl.Collator,
  typeLabel: (code: string) => string,
): CaseloadItem[] {
  const value = (item: CaseloadItem): string | number | null => {
    switch (sort) {
      case 'navn':
        return item.navn;
      case 'alder':
        // Older first when descending: compare birth dates, not whole years.
        return item.fodselsdato;
      case 'fase':
        return FASE_ORDER[item.fase];
      case 'fosterhjem':
        return item.fosterhjem?.navn ?? null;
      case 'siden':
        return item.siden;
      case 'type':
        return item.plasseringstype ? typeLabel(item.plasseringstype) : null;
      case 'kontaktperson':
        return item.kontaktperson?.navn ?? null;
    }
  };
  const sign = retning === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return collator.compare(a.navn, b.navn);
    if (va === null) return 1;
    if (vb === null) return -1;
    let result: number;
    if (sort === 'alder') result = (va as string) < (vb as string) ? 1 : va === vb ? 0 : -1;
    else if (typeof va === 'number' && typeof vb === 'number') result = va - vb;
    else result = collator.compare(String(va), String(vb));
    return result === 0 ? collator.compare(a.navn, b.navn) : sign * result;
  });
}
