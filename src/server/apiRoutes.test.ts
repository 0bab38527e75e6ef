import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { apiRoutes, attachment } from '@/server/apiRoutes';

describe('attachment', () => {
  it('sends the name as UTF-8 and as an ASCII fallback without quotes or backslashes', () => {
    expect(attachment('Samvær – «plan».pdf')).toBe(
      `attachment; filename="Samvr  plan.pdf"; filename*=UTF-8''${encodeURIComponent('Samvær – «plan».pdf')}`,
    );
    expect(attachment('a"b\\c.ics')).toBe(`attachment; filename="abc.ics"; filename*=UTF-8''a%22b%5Cc.ics`);
  });
});

describe('apiRoutes', () => {
  it('refuses a route that declares more than one answer, when it is defined', () => {
    const app = Fastify();
    app.decorate('database', { db: {} } as unknown as Database);
    const route = apiRoutes(app, ['Test']);
    const response = { 200: z.object({}), 201: z.object({}) } as unknown as { 200: z.ZodType };
    expect(() => route.get('/api/x', { operationId: 'x', response }, async () => ({}))).toThrow(
      'x: declare exactly one response',
    );
  });
});
