import type { AuditEventQuery } from '@/web/api/types';

/** Audit log filters. They hold ids and dates only, so they may live in the URL. */
export interface AuditFilters {
  fra: string;
  til: string;
  handling: string;
  aktorId: string;
}

export const PER_SIDE = 25;
export const EMPTY_FILTERS: AuditFilters = { fra: '', til: '', handling: '', aktorId: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTION = /^[a-z_]+\.[a-z_]+$/;
const FILTER_KEYS = ['fra', 'til', 'handling', 'aktorId'] as const;

function clean(key: keyof AuditFilters, value: string | null): string {
  const v = (value ?? '').trim();
  // A hand-edited or stale URL is ignored field by field rather than sent on to fail.
  if ((key === 'fra' || key === 'til') && !DATE.test(v)) return '';
  if (key === 'aktorId' && !UUID.test(v)) return '';
  if (key === 'handling' && !ACTION.test(v)) return '';
  return v;
}

export function parseAuditParams(params: URLSearchParams): { filters: AuditFilters; side: number } {
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = clean(key, params.get(key));
  const side = Number.parseInt(params.get('side') ?? '1', 10);
  return { filters, side: Number.isFinite(side) && side > 0 ? side : 1 };
}

export function toSearchParams(filters: AuditFilters, side = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (side > 1) params.set('side', String(side));
  return params;
}

export function toQuery(filters: AuditFilters, side: number): AuditEventQuery {
  return {
    fra: filters.fra || undefined,
    til: filters.til || undefined,
    handling: filters.handling || undefined,
    aktorId: filters.aktorId || undefined,
    side,
    perSide: PER_SIDE,
  };
}

export function hasFilters(filters: AuditFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}
