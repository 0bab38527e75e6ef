import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '@/test/testApp';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp();
  s = await t.login('admin.bergen');
});
afterAll(() => t.close());

describe('HTTP contract', () => {
  it('answers /healthz when the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('documents every endpoint with an operationId', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, id: op.operationId })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(8);
    expect(operations.filter((o) => !o.id)).toEqual([]);
    expect(new Set(operations.map((o) => o.id)).size).toBe(operations.length);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('bad input never gives a 500', () => {
  const put = (payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'PUT',
      url: '/api/me/language',
      headers: { ...s.headers, 'content-type': contentType },
      payload,
    });

  it('malformed JSON: 400 invalid_json', async () => {
    const res = await put('{"sprak": ');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'invalid_json', title: 'Ugyldig JSON' });
  });

  it('wrong type or value: 400 with a message at the field', async () => {
    const res = await put(JSON.stringify({ sprak: 42 }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'sprak' }] });
    expect(res.json().errors[0].message).toMatch(/\S/);
  });

  it('a missing field is reported as required', async () => {
    const res = await put('{}');
    expect(res.json().errors).toEqual([{ field: 'sprak', code: 'required', message: 'Fyll ut feltet.' }]);
  });

  it('unknown fields: 400 naming the field', async () => {
    const res = await put(JSON.stringify({ sprak: 'nb', rolle: 'admin' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ field: 'rolle', code: 'unrecognized_keys' }),
    );
  });

  it('oversized body: 413', async () => {
    const res = await put(JSON.stringify({ sprak: 'x'.repeat(300 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('other content types: 415', async () => {
    const res = await put('sprak=nb', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
  });

  it('unknown API address: 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/finnes-ikke', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
