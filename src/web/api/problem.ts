/** One field-level error in an RFC 9457 problem document. */
export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
}

/** An `application/problem+json` body as the Landsby API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: ProblemFieldError[];
}

/**
 * Thrown by the fetch client for every non-2xx answer (and for network failures, with status 0).
 * `detail` and the field messages are already in the user's language.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
