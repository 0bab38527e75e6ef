import { ApiError, type Problem } from '@/web/api/problem';
import type { Sprak } from '@/web/api/types';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Do not treat a 401 as "signed out" (login and session probes answer 401 on purpose). */
  allowUnauthorized?: boolean;
  /** Skip the CSRF header (only the login request). */
  withoutCsrf?: boolean;
}

let csrfToken: string | null = null;
let requestLocale: Sprak = 'nb';
let onUnauthorized: ((code: string | undefined) => void) | null = null;

/** Remember the CSRF token from the login or session response. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The server writes `detail` in this language until it knows the user. */
export function setRequestLocale(locale: Sprak): void {
  requestLocale = locale;
}

/** Called when an API call answers 401: the session is gone. */
export function setUnauthorizedHandler(handler: (code: string | undefined) => void): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { ...body, status: response.status };
    } catch {
      // fall through to the generic problem below
    }
  }
  return { status: response.status, title: response.statusText };
}

/** The one place the web app talks to the API. Throws {@link ApiError} on anything but 2xx. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': requestLocale,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && !options.withoutCsrf && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error' });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.allowUnauthorized) onUnauthorized?.(problem.code);
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
