import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerDeps } from '../server-deps.js';

/** Poll now, pause, resume. A paused source keeps its scheduler; its polls just do nothing. */
export function registerAdminSourcesRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const known = (id: string, reply: FastifyReply) => {
    if (deps.config.sources.some((s) => s.id === id)) return true;
    reply.code(404).send({ error: `no source with id "${id}" in sources.yaml` });
    return false;
  };

  app.post<{ Params: { id: string } }>('/sources/:id/poll', async (req, reply) => {
    const { id } = req.params;
    if (!known(id, reply)) return reply;
    if (await deps.stores.control.isPaused(id)) return reply.code(409).send({ error: `source "${id}" is paused: resume it first` });
    // Deduplicated while one is waiting or running: pressing the button twice polls once.
    const job = await deps.queues.poll.add('poll', { sourceId: id }, { deduplication: { id: `poll-now-${id}` } });
    return reply.code(202).send({ queued: true, source: id, jobId: job.id ?? null });
  });

  app.post<{ Params: { id: string } }>('/sources/:id/pause', async (req, reply) => {
    if (!known(req.params.id, reply)) return reply;
    const changed = await deps.stores.control.pause(req.params.id);
    return { source: req.params.id, paused: true, changed };
  });

  app.post<{ Params: { id: string } }>('/sources/:id/resume', async (req, reply) => {
    if (!known(req.params.id, reply)) return reply;
    const changed = await deps.stores.control.resume(req.params.id);
    return { source: req.params.id, paused: false, changed };
  });
}
