import type { FastifyInstance } from 'fastify';
import { SubscriptionRequestSchema, describeIssues } from '../../../core/subscriptions/subscription-request.js';
import { countByState, subscriberView, subscribersCsv } from '../../../core/subscriptions/subscribers-csv.js';
import { adminGuard } from '../admin-auth.js';
import type { ServerDeps } from '../server-deps.js';

/**
 * The operator's subscriber list behind ADMIN_TOKEN (`Authorization: Bearer …`):
 * `GET /api/admin/subscribers` (JSON with counts by state) · `GET /api/admin/subscribers.csv` ·
 * `POST /api/admin/subscribers {email, parties?, kinds?, cadence?}` (pre-confirmed, like the CLI) ·
 * `DELETE /api/admin/subscribers/:email`.
 */
export function registerAdminSubscribersRoute(app: FastifyInstance, deps: ServerDeps): void {
  const onRequest = adminGuard(deps.config.env.ADMIN_TOKEN);

  app.get('/api/admin/subscribers', { onRequest }, async (_req, reply) => {
    const all = await deps.stores.subscribers.all();
    reply.header('cache-control', 'no-store');
    return { counts: countByState(all), subscribers: all.map(subscriberView) };
  });

  app.get('/api/admin/subscribers.csv', { onRequest }, async (_req, reply) => {
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="subscribers.csv"').header('cache-control', 'no-store');
    return subscribersCsv(await deps.stores.subscribers.all());
  });

  app.post('/api/admin/subscribers', { onRequest, bodyLimit: 16 * 1024 }, async (req, reply) => {
    const parsed = SubscriptionRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      return reply.code(400).send({ error: `invalid subscriber: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues });
    }
    const { email, ...prefs } = parsed.data;
    const { subscriber, created } = await deps.stores.subscribers.upsert(
      { email, state: 'active', ...prefs, confirmNonce: null, bouncing: false, permanentFailures: 0 },
      deps.clock(),
    );
    deps.log.info({ subscriberId: subscriber.id, created }, 'subscriber added by the operator');
    return reply.code(created ? 201 : 200).send({ created, subscriber: subscriberView(subscriber) });
  });

  app.delete<{ Params: { email: string } }>('/api/admin/subscribers/:email', { onRequest }, async (req, reply) => {
    const removed = await deps.stores.subscribers.remove(req.params.email);
    if (!removed) return reply.code(404).send({ error: `no subscriber with address ${req.params.email}` });
    return { removed: req.params.email.trim().toLowerCase() };
  });
}
