import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTjeneste } from '@/db/context';
import { AuditPage, AuditQuery, AuditVerification } from '@/modules/core/core.schema';
import { listAuditEvents } from '@/modules/core/listAuditEvents';
import { authorize } from '@/modules/core/policy';
import { verifyAuditLog } from '@/modules/core/verifyAuditLog';
import { writeAudit } from '@/modules/core/writeAudit';
import { actorOf } from '@/server/auth';

const tags = ['Revisjonslogg'];

export function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/audit-events',
    {
      schema: { operationId: 'listAuditEvents', tags, querystring: AuditQuery, response: { 200: AuditPage } },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, 'audit:read');
      return inTjeneste(db, actor.tjenesteId, (tx) => listAuditEvents(tx, actor, request.query));
    },
  );

  r.post(
    '/api/audit-events/verify',
    { schema: { operationId: 'verifyAuditEvents', tags, response: { 200: AuditVerification } } },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, 'audit:verify');
      return inTjeneste(db, actor.tjenesteId, async (tx) => {
        const result = await verifyAuditLog(tx);
        await writeAudit(tx, {
          tjenesteId: actor.tjenesteId,
          aktor: { id: actor.userId, rolle: actor.rolle },
          handling: 'audit.verify',
          entitetType: 'audit_log',
          detaljer: { ok: result.ok, rader: result.rader },
        });
        return result;
      });
    },
  );
}
