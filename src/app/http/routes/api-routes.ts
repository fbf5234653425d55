import type { FastifyInstance } from 'fastify';
import { applyKnownList } from '../../../core/known-list/apply-known-list.js';
import { registryView } from '../../../core/registry/registry-view.js';
import { registryCsv } from '../../../core/registry/registry-csv.js';
import { schedulerCount } from '../../queues/sync-schedulers.js';
import type { ServerDeps } from '../server-deps.js';

export async function loadView(deps: ServerDeps) {
  const { state } = await deps.stores.registry.load();
  return registryView(applyKnownList(state, deps.config.known));
}

export async function sourcesWithHealth(deps: ServerDeps) {
  return Promise.all(
    deps.config.sources.map(async (s) => ({
      id: s.id,
      kind: s.kind,
      url: s.url,
      trust: s.trust,
      enabled: s.enabled,
      every: s.every ?? null,
      cron: s.cron ?? null,
      health: await deps.stores.sourceState.health(s.id),
    })),
  );
}

export function registerApiRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/healthz', async () => ({ ok: true }));

  app.get('/readyz', async (_req, reply) => {
    try {
      // A worker connection queues commands while Redis is away: bound the wait so readiness answers.
      await Promise.race([deps.redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2_000).unref())]);
    } catch (err) {
      return reply.code(503).send({ ready: false, reason: `Redis unreachable: ${(err as Error).message}` });
    }
    if (deps.expectSchedulers) {
      const wanted = deps.config.sources.filter((s) => s.enabled).length;
      const have = await schedulerCount(deps.queues.poll);
      if (have < wanted) return reply.code(503).send({ ready: false, reason: `${have} of ${wanted} source schedulers registered` });
    }
    return { ready: true };
  });

  app.get('/api/registry', async () => loadView(deps));

  app.get<{ Querystring: { since?: string; limit?: string } }>('/api/changes', async (req) => {
    const limit = Math.min(Math.max(Number(req.query.limit ?? 200) || 200, 1), 1000);
    const rows = await deps.stores.registry.changesSince(req.query.since ?? null, limit);
    return { changes: rows.map((r) => ({ cursor: r.streamId, ...r.change })), next: rows.at(-1)?.streamId ?? req.query.since ?? null };
  });

  app.get('/api/sources', async () => ({ sources: await sourcesWithHealth(deps) }));

  app.get('/registry.csv', async (_req, reply) => {
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'inline; filename="registry.csv"');
    return registryCsv(await loadView(deps));
  });
}
