import type { FastifyInstance } from 'fastify';
import { esc } from '../html-escape.js';
import { page } from '../page-layout.js';
import type { ServerDeps } from '../server-deps.js';
import { formValues, issuesList, preferenceFields, type FormValues } from './subscription-forms.js';
import { signUp } from './subscription-signup.js';

function subscribeForm(v: FormValues, label: string, error = ''): string {
  return `<h1>Subscribe to pactwatch</h1>
<p class="lead">Mail when the registry of ${esc(label)}s changes. You will get a mail with a link to confirm; nothing else is sent until you do.</p>
${error}
<form method="post" action="/subscribe">
<label for="email">Email address</label>
<input id="email" name="email" type="email" required value="${esc(v.email ?? '')}" size="40" autocomplete="email">
${preferenceFields(v)}
<p><button type="submit">Subscribe</button></p>
</form>
<p class="small"><a href="/">Back to the registry</a></p>`;
}

/** `GET /subscribe` (the form) and `POST /subscribe` (the form's endpoint, answering with a page). */
export function registerSubscriptionPageRoute(app: FastifyInstance, deps: ServerDeps): void {
  const label = deps.config.app.agreement.label;
  app.get('/subscribe', async (_req, reply) => {
    reply.type('text/html; charset=utf-8');
    return page('Subscribe — pactwatch', subscribeForm({}, label));
  });

  app.post('/subscribe', { bodyLimit: 16 * 1024 }, async (req, reply) => {
    const answer = await signUp(deps, req.body, req.ip);
    reply.type('text/html; charset=utf-8');
    if (answer.status === 400) return reply.code(400).send(page('Subscribe — pactwatch', subscribeForm(formValues(req.body), label, issuesList(answer.issues))));
    if (answer.status === 429)
      return reply.code(429).header('retry-after', String(answer.retryAfterSeconds)).send(page('Subscribe — pactwatch', `<h1>Not now</h1><p>${esc(answer.message)}.</p>`));
    return reply.code(202).send(page('Check your inbox — pactwatch', `<h1>Check your inbox</h1><p>${esc(answer.message)}</p><p class="small"><a href="/">Back to the registry</a></p>`));
  });
}
