import type { FastifyInstance, FastifyReply } from 'fastify';
import { verifyToken } from '../../../core/tokens/signed-token.js';
import { describePreferences } from '../../../core/render/confirmation-mail.js';
import { mailLinks, parseConfirmSubject } from '../../runtime/mail-links.js';
import { esc } from '../html-escape.js';
import { page } from '../page-layout.js';
import type { ServerDeps } from '../server-deps.js';

type Q = { Querystring: { token?: string } };

const REASONS: Record<string, string> = {
  expired: 'This confirmation link has expired.',
  malformed: 'This confirmation link is not complete (was it cut in two by the mail program?).',
  'bad-signature': 'This confirmation link is not valid.',
  'wrong-purpose': 'This link is not a confirmation link.',
};

/**
 * `GET /subscriptions/confirm?token=` shows a button and changes nothing (mail scanners prefetch
 * links); `POST` to the same URL activates the sign-up, if its link is the newest one for the address.
 */
export function registerSubscriptionConfirmRoute(app: FastifyInstance, deps: ServerDeps): void {
  const html = (reply: FastifyReply, code: number, title: string, body: string) =>
    reply.code(code).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page(`${title} — pactwatch`, `<h1>${esc(title)}</h1>${body}`));
  const again = '<p><a href="/subscribe">Sign up again</a> to get a new link.</p>';

  const check = (token: string) => {
    const v = verifyToken(deps.tokenSecret, 'confirm', token, deps.clock());
    if (!v.ok) return { error: REASONS[v.reason] ?? 'This confirmation link is not valid.' } as const;
    const subject = parseConfirmSubject(v.subject);
    return subject ? ({ ...subject } as const) : ({ error: 'This confirmation link is not valid.' } as const);
  };

  app.get<Q>('/subscriptions/confirm', async (req, reply) => {
    const token = req.query.token ?? '';
    const c = check(token);
    if ('error' in c) return html(reply, 400, 'Confirm subscription', `<p>${esc(c.error)}</p>${again}`);
    const s = await deps.stores.subscribers.get(c.subscriberId);
    if (!s) return html(reply, 404, 'Confirm subscription', `<p>There is no sign-up for this link any more.</p>${again}`);
    if (s.state === 'active') return html(reply, 200, 'Already confirmed', '<p>This address is subscribed already. There is nothing more to do.</p>');
    if (s.state !== 'pending' || s.confirmNonce !== c.nonce)
      return html(reply, 410, 'Confirm subscription', `<p>This link was replaced by a newer sign-up, or the address was unsubscribed since.</p>${again}`);
    return html(reply, 200, 'Confirm subscription',
      `<p>Send pactwatch alerts to <strong>${esc(s.email)}</strong>:</p><ul>${describePreferences(s).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` +
      `<form method="post" action="/subscriptions/confirm?token=${esc(encodeURIComponent(token))}"><button type="submit">Confirm subscription</button></form>`);
  });

  app.post<Q>('/subscriptions/confirm', async (req, reply) => {
    const c = check(req.query.token ?? '');
    if ('error' in c) return html(reply, 400, 'Confirm subscription', `<p>${esc(c.error)}</p>${again}`);
    const { outcome, subscriber } = await deps.stores.subscribers.confirm(c.subscriberId, c.nonce, deps.clock(), req.ip);
    if (outcome === 'missing') return html(reply, 404, 'Confirm subscription', `<p>There is no sign-up for this link any more.</p>${again}`);
    if (outcome === 'stale') return html(reply, 410, 'Confirm subscription', `<p>This link was replaced by a newer sign-up, or the address was unsubscribed since.</p>${again}`);
    if (outcome === 'activated') deps.log.info({ subscriberId: c.subscriberId }, 'subscription confirmed');
    const manage = mailLinks('', deps.tokenSecret, c.subscriberId).manage;
    return html(reply, 200, 'Subscribed',
      `<p><strong>${esc(subscriber!.email)}</strong> is subscribed.</p><ul>${describePreferences(subscriber!).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` +
      `<p>Every mail carries a link to change this or to unsubscribe. <a href="${esc(manage)}">Change preferences now</a>.</p>`);
  });
}
