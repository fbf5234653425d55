import type { FastifyInstance } from 'fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { adminGuard } from '../admin-auth.js';
import { QUEUE_NAMES } from '../../queues/queue-names.js';
import type { ServerDeps } from '../server-deps.js';

export const BOARD_PATH = '/admin/queues';

/** The board is a script app served from here; it still loads nothing from elsewhere (its web font is blocked). */
const BOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * The BullMQ board (bull-board) at /admin/queues, behind the admin guard. A browser opens it once as
 * /admin/queues?token=<ADMIN_TOKEN>; that sets an HttpOnly SameSite=Strict cookie for /admin/queues.
 */
export async function registerAdminBoardRoute(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    // bull-board types target bullmq 5; the Queue API it uses is the same in 6.
    queues: QUEUE_NAMES.map((q) => new BullMQAdapter(deps.queues[q] as never)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'pactwatch queues' } },
  });
  await app.register(async (scope) => {
    scope.addHook('onRequest', adminGuard(deps.config.env.ADMIN_TOKEN, { browser: true, cookiePath: BOARD_PATH }));
    // Runs after the server-wide onSend hook, so this looser policy replaces the strict one here only.
    scope.addHook('onSend', async (_req, reply) => {
      reply.header('content-security-policy', BOARD_CSP);
    });
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: BOARD_PATH });
  });
}
