import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { verifyToken } from '../../../core/tokens/signed-token.js';
import { esc } from '../html-escape.js';
import { page } from '../page-layout.js';
import type { ServerDeps } from '../server-deps.js';

type Req = FastifyRequest<{ Querystring: { token?: string } }>;

/**
 * RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` to the URL and expect a plain 200
 * (no redirect). A GET — a person's click, or a link scanner's prefetch — only shows a button, so
 * scanners never unsubscribe anyone.
 */
export function registerUnsubscribeRoute(app: FastifyInstance, deps: ServerDeps): void {
  const resolve = async (req: Req, reply: FastifyReply) => {
    const token = req.query.token ?? '';
    const check = verifyToken(deps.tokenSecret, 'unsubscribe', token, deps.clock());
    if (!check.ok) {
      reply.code(400).type('text/html; charset=utf-8').send(page('Unsubscribe', `<p>This unsubscribe link is not valid (${esc(check.reason)}). Use the link from a recent alert.</p>`));
      return null;
    }
    const subscriber = await deps.stores.subscribers.get(check.subject);
    if (!subscriber) {
      reply.code(404).type('text/html; charset=utf-8').send(page('Unsubscribe', '<p>This address is no longer subscribed: there is nothing to unsubscribe.</p>'));
      return null;
    }
    return { token, subscriber };
  };

  app.get<{ Querystring: { token?: string } }>('/unsubscribe', async (req, reply) => {
    const found = await resolve(req, reply);
    if (!found) return reply;
    reply.type('text/html; charset=utf-8');
    if (found.subscriber.state === 'unsubscribed') return page('Unsubscribed', '<p>You are unsubscribed. No more alerts will be sent.</p>');
    return page('Unsubscribe', `<p>Stop all pactwatch alerts to this address?</p><form method="post" action="/unsubscribe?token=${esc(encodeURIComponent(found.token))}"><button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form>`);
  });

  app.post<{ Querystring: { token?: string } }>('/unsubscribe', async (req, reply) => {
    const found = await resolve(req, reply);
    if (!found) return reply;
    if (found.subscriber.state !== 'unsubscribed') await deps.stores.subscribers.upsert({ ...found.subscriber, state: 'unsubscribed' }, deps.clock());
    reply.type('text/html; charset=utf-8');
    return page('Unsubscribed', '<p>You are unsubscribed. No more alerts will be sent.</p>');
  });
}
