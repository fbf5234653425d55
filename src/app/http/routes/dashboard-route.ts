import type { FastifyInstance } from 'fastify';
import { page } from '../page-layout.js';
import { loadDashboard } from '../dashboard/load-dashboard.js';
import { renderDashboard } from '../dashboard/render-dashboard.js';
import type { ServerDeps } from '../server-deps.js';

/** `GET /`: the operator's dashboard, server-rendered, no script; reloads itself every 30 s. */
export function registerDashboardRoute(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/', async (_req, reply) => {
    const data = await loadDashboard(deps);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return page('pactwatch — registry', renderDashboard(data), {
      refreshSeconds: 30,
      head: '<link rel="alternate" type="application/atom+xml" title="pactwatch changes" href="/feed.atom">',
    });
  });
}
