import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import { registerApiRoutes } from './routes/api-routes.js';
import { registerDashboardRoute } from './routes/dashboard-route.js';
import { registerUnsubscribeRoute } from './routes/unsubscribe-route.js';
import type { ServerDeps } from './server-deps.js';

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  // Typed as the plain instance: the pino generic would otherwise leak into every route module's signature.
  const app = Fastify({ loggerInstance: deps.log.child({ component: 'http' }), disableRequestLogging: true }) as unknown as FastifyInstance;
  await app.register(formbody);
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  });
  registerApiRoutes(app, deps);
  registerDashboardRoute(app, deps);
  registerUnsubscribeRoute(app, deps);
  return app;
}
