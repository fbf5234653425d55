import type { FastifyInstance, FastifyReply } from 'fastify';
import { verifyToken } from '../../../core/tokens/signed-token.js';
import { PreferencesSchema, describeIssues } from '../../../core/subscriptions/subscription-request.js';
import { describePreferences } from '../../../core/render/confirmation-mail.js';
import type { Subscriber } from '../../../core/schemas/subscriber.js';
import { mailLinks } from '../../runtime/mail-links.js';
import { esc } from '../html-escape.js';
import { page } from '../page-layout.js';
import type { ServerDeps } from '../server-deps.js';
import { formValues, issuesList, preferenceFields, type FormValues } from './subscription-forms.js';

type Q = { Querystring: { token?: string } };

/**
 * `GET /subscriptions/manage?token=` shows a subscriber's preferences in a form; `POST` saves them.
 * The signed token (from any mail) is the only credential: it names one subscriber, and nobody can
 * make one for another address. Preferences only: it never re-activates an unsubscribed address (that
 * takes a new opt-in).
 */
export function registerSubscriptionManageRoute(app: FastifyInstance, deps: ServerDeps): void {
  const html = (reply: FastifyReply, code: number, title: string, body: string) =>
    reply.code(code).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page(`${title} — pactwatch`, `<h1>${esc(title)}</h1>${body}`));

  const resolve = async (token: string, reply: FastifyReply): Promise<Subscriber | null> => {
    const v = verifyToken(deps.tokenSecret, 'manage', token, deps.clock());
    if (!v.ok) {
      html(reply, 400, 'Manage subscription', `<p>This link is not valid (${esc(v.reason)}). Use the link from a recent mail.</p>`);
      return null;
    }
    const s = await deps.stores.subscribers.get(v.subject);
    if (!s) {
      html(reply, 404, 'Manage subscription', '<p>This address is no longer subscribed: there is nothing to manage. <a href="/subscribe">Subscribe again</a>.</p>');
      return null;
    }
    if (s.state === 'unsubscribed') {
      html(reply, 200, 'Unsubscribed', '<p>This address is unsubscribed: nothing is sent to it. To receive alerts again, <a href="/subscribe">subscribe</a> (you will be asked to confirm).</p>');
      return null;
    }
    return s;
  };

  const form = (token: string, s: Subscriber, v: FormValues, notice = '') => {
    const unsubscribe = mailLinks('', deps.tokenSecret, s.id).unsubscribe;
    return `<p>Preferences of <strong>${esc(s.email)}</strong>${s.state === 'pending' ? ' (not confirmed yet)' : ''}.</p>${notice}
<form method="post" action="/subscriptions/manage?token=${esc(encodeURIComponent(token))}">
${preferenceFields(v)}
<p><button type="submit">Save preferences</button></p>
</form>
<p class="small"><a href="${esc(unsubscribe)}">Unsubscribe from everything</a></p>`;
  };

  app.get<Q>('/subscriptions/manage', async (req, reply) => {
    const token = req.query.token ?? '';
    const s = await resolve(token, reply);
    if (!s) return reply;
    return html(reply, 200, 'Manage subscription', form(token, s, { parties: s.parties.join(', '), kinds: s.kinds, cadence: s.cadence }));
  });

  app.post<Q>('/subscriptions/manage', { bodyLimit: 16 * 1024 }, async (req, reply) => {
    const token = req.query.token ?? '';
    const s = await resolve(token, reply);
    if (!s) return reply;
    const parsed = PreferencesSchema.safeParse(req.body ?? {});
    if (!parsed.success) return html(reply, 400, 'Manage subscription', form(token, s, formValues(req.body), issuesList(describeIssues(parsed.error))));
    const prefs = parsed.data;
    const saved = await deps.stores.subscribers.update(s.id, (cur) => (cur && cur.state !== 'unsubscribed' ? { ...cur, ...prefs } : undefined));
    if (!saved || saved.state === 'unsubscribed') return html(reply, 200, 'Unsubscribed', '<p>This address was unsubscribed meanwhile; nothing was changed.</p>');
    deps.log.info({ subscriberId: s.id, cadence: prefs.cadence }, 'preferences saved');
    const notice = `<div class="ok" role="status"><p>Saved. You now receive:</p><ul>${describePreferences(saved).map((l) => `<li>${esc(l)}</li>`).join('')}</ul></div>`;
    return html(reply, 200, 'Manage subscription', form(token, saved, { parties: saved.parties.join(', '), kinds: saved.kinds, cadence: saved.cadence }, notice));
  });
}
