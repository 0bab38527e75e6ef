import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type Locale, t } from '@/server/i18n';

/** Stable problem codes; each has a title and detail in src/server/i18n/{nb,nn}.json. */
export type ProblemCode =
  | 'bad_request'
  | 'invalid_json'
  | 'validation_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthenticated'
  | 'session_expired'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'purpose_required'
  | 'duplicate'
  | 'document_locked'
  | 'internal';

export type FieldError = { field: string; code: string; message: string };

/** An error a use case throws for the user to act on; rendered as application/problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
    /** Field-level problems: `code` is a key under `field.` in the server catalogs. */
    readonly fields: { field: string; code: string }[] = [],
    /** A more precise detail text, `problem.<code>.detail_<variant>` (e.g. a foster home, not a child). */
    readonly variant?: string,
  ) {
    super(code);
  }
}

/** A 400 naming the fields to fix, for rules zod cannot see (e.g. dates in the wrong order). */
export const invalidFields = (...fields: { field: string; code: string }[]) =>
  new AppError(400, 'validation_failed', {}, {}, fields);

/** The record changed since the client read it (optimistic locking on `version`). */
export const versionConflict = () => new AppError(409, 'conflict');

export const forbidden = () => new AppError(403, 'forbidden');
export const notFound = () => new AppError(404, 'not_found');

export function sendProblem(
  reply: FastifyReply,
  locale: Locale,
  status: number,
  code: ProblemCode,
  extra: { params?: Record<string, string | number>; errors?: FieldError[]; variant?: string } = {},
) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `/problems/${code}`,
      title: t(locale, `problem.${code}.title`),
      status,
      detail: t(locale, `problem.${code}.detail${extra.variant ? `_${extra.variant}` : ''}`, extra.params),
      code,
      ...(extra.errors ? { errors: extra.errors } : {}),
    });
}

type ZodIssueLike = { keyword: string; instancePath: string; params: Record<string, unknown> };

function fieldErrors(locale: Locale, issues: ZodIssueLike[], input: unknown): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys') {
      const keys = (issue.params.keys as string[] | undefined) ?? [];
      return keys.map((k) => ({
        field: base ? `${base}.${k}` : k,
        code: 'unrecognized_keys',
        message: t(locale, 'field.unrecognized_keys'),
      }));
    }
    const value = base
      ? base.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], input)
      : input;
    const missing = value === undefined || value === '';
    const code = missing ? 'required' : issue.keyword;
    const known = ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'required'];
    return [
      {
        field: base,
        code,
        message: t(locale, `field.${known.includes(code) ? code : 'invalid'}`, {
          minimum: String(issue.params.minimum ?? ''),
          maximum: String(issue.params.maximum ?? ''),
        }),
      },
    ];
  });
}

/**
 * Every error leaves as application/problem+json with a stable code and a message in the
 * user's language. Unexpected errors are logged with a reference, never with request data.
 */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale;
    if (error instanceof AppError) {
      reply.headers(error.headers);
      const errors = error.fields.map((f) => ({ ...f, message: t(locale, `field.${f.code}`) }));
      return sendProblem(reply, locale, error.status, error.code, {
        params: error.params,
        ...(errors.length ? { errors } : {}),
        ...(error.variant ? { variant: error.variant } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation as unknown as ZodIssueLike[];
      const input = error.validationContext === 'querystring' ? request.query : request.body;
      return sendProblem(reply, locale, 400, 'validation_failed', {
        errors: fieldErrors(locale, issues, input),
      });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, locale, 400, 'invalid_json');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, locale, 413, 'payload_too_large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, locale, 415, 'unsupported_media_type');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(
        reply,
        locale,
        error.statusCode,
        error.statusCode === 429 ? 'rate_limited' : 'bad_request',
      );
    }
    const reference = randomUUID().slice(0, 8);
    // Only the error's class, code and stack: messages from the database may echo values.
    request.log.error(
      { reference, err: { type: error.name, code: error.code, stack: error.stack } },
      'unhandled',
    );
    return sendProblem(reply, locale, 500, 'internal', { params: { reference } });
  });
}
