import type { FastifyInstance } from 'fastify';
import { adminGuard } from '../admin-auth.js';
import type { ServerDeps } from '../server-deps.js';
import { registerAdminSourcesRoutes } from './admin-sources-route.js';
import { registerAdminChangesRoutes } from './admin-changes-route.js';
import { registerAdminJobsRoutes } from './admin-jobs-route.js';

/** `/api/admin/*` (sources, pending changes, failed jobs), every route behind the ADMIN_TOKEN guard. */
export async function registerAdminRoutes(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', adminGuard(deps.config.env.ADMIN_TOKEN));
      registerAdminSourcesRoutes(scope, deps);
      registerAdminChangesRoutes(scope, deps);
      registerAdminJobsRoutes(scope, deps);
    },
    { prefix: '/api/admin' },
  );
}
