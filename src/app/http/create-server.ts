import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import { registerApiRoutes } from './routes/api-routes.js';
import { registerDashboardRoute } from './routes/dashboard-route.js';
import { registerUnsubscribeRoute } from './routes/unsubscribe-route.js';
import { registerAtomRoute } from './routes/atom-route.js';
import { registerMetricsRoute } from './routes/metrics-route.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { registerAdminBoardRoute } from './routes/admin-board-route.js';
import { registerSubscriptionApiRoute } from './routes/subscription-api-route.js';
import { registerSubscriptionPageRoute } from './routes/subscription-page-route.js';
import { registerSubscriptionConfirmRoute } from './routes/subscription-confirm-route.js';
import { registerSubscriptionManageRoute } from './routes/subscription-manage-route.js';
import { registerAdminSubscribersRoute } from './routes/admin-subscribers-route.js';
import type { ServerDeps } from './server-deps.js';

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  // Typed as the plain instance: the pino generic would otherwise leak into every route module's signature.
  const app = Fastify({ loggerInstance: deps.log.child({ component: 'http' }) }) as unknown as FastifyInstance;
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
  registerSubscriptionApiRoute(app, deps);
  registerSubscriptionPageRoute(app, deps);
  registerSubscriptionConfirmRoute(app, deps);
  registerSubscriptionManageRoute(app, deps);
  registerAdminSubscribersRoute(app, deps);
  registerAtomRoute(app, deps);
  registerMetricsRoute(app, deps);
  await registerAdminRoutes(app, deps);
  await registerAdminBoardRoute(app, deps);
  return app;
}
