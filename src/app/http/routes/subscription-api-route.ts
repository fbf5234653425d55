import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../server-deps.js';
import { signUp } from './subscription-signup.js';

/**
 * `POST /api/subscriptions {email, parties?, kinds?, cadence?}` → 202 and a confirmation mail (double
 * opt-in); 400 naming each bad field; 429 with Retry-After when an address or a client signs up too often.
 */
export function registerSubscriptionApiRoute(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/api/subscriptions', { bodyLimit: 16 * 1024 }, async (req, reply) => {
    const answer = await signUp(deps, req.body, req.ip);
    if (answer.status === 400) return reply.code(400).send({ error: `invalid subscription: ${answer.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues: answer.issues });
    if (answer.status === 429) return reply.code(429).header('retry-after', String(answer.retryAfterSeconds)).send({ error: answer.message, retryAfterSeconds: answer.retryAfterSeconds });
    return reply.code(202).send({ status: 'pending', email: answer.email, message: answer.message });
  });
}
