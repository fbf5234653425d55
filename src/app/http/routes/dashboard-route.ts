import type { FastifyInstance } from 'fastify';
import { esc, safeHref } from '../html-escape.js';
import { page } from '../page-layout.js';
import { loadView, sourcesWithHealth } from './api-routes.js';
import { partyName } from '../../../core/render/party-name.js';
import type { ServerDeps } from '../server-deps.js';

function link(url: string, text: string): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

export function registerDashboardRoute(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/', async (_req, reply) => {
    const [view, sources, recent] = await Promise.all([loadView(deps), sourcesWithHealth(deps), deps.stores.registry.recentChanges(20)]);
    const rows = view.entries
      .map((e) => `<tr><td>${esc(e.name)} <span class="muted">${esc(e.party)}</span></td><td>${esc(e.status)}</td><td>${esc(e.date ?? '—')}</td><td>${esc(e.place ?? '—')}</td><td>${e.sources}</td><td>${esc(e.firstSeen.slice(0, 10))}</td></tr>`)
      .join('');
    const changes = recent
      .map(({ change: c }) => {
        const ev = c.claims.slice(0, 2).map((x) => `<blockquote>${esc(x.evidence)} — ${link(x.url, x.site)}</blockquote>`).join('');
        return `<li><strong>${esc(partyName(c.party))}</strong>: ${esc(c.to.status)} ${esc(c.to.date ?? '')} <span class="muted">(${esc(c.kind)}, ${esc(c.confirmedAt?.slice(0, 16) ?? '')})</span>${ev}</li>`;
      })
      .join('');
    const pending = view.pending.map((p) => `<li>${esc(partyName(p.party))}: ${esc(p.to.status)} ${esc(p.to.date ?? '')} — ${p.sites} site(s)</li>`).join('');
    const health = sources
      .map((s) => {
        const h = s.health;
        const cls = h.state === 'ok' ? 'ok' : h.state === 'unknown' ? 'muted' : 'bad';
        return `<tr><td>${esc(s.id)}</td><td class="${cls}">${esc(h.state)}</td><td>${esc(h.lastPollAt?.slice(0, 19) ?? '—')}</td><td>${esc(h.httpStatus ?? '—')}</td><td>${esc(h.latencyMs ?? '—')}</td><td>${esc(h.items ?? '—')}</td><td>${esc(h.lastError ?? '')}</td></tr>`;
      })
      .join('');
    reply.type('text/html; charset=utf-8');
    return page(
      'pactwatch',
      `<h1>pactwatch</h1><p>${view.signatories} signatories of a ${esc(deps.config.app.agreement.label)} with ${esc(partyName(view.hub))}.</p>
<div class="wrap"><table><thead><tr><th>Party</th><th>Status</th><th>Date</th><th>Place</th><th>Sources</th><th>First seen</th></tr></thead><tbody>${rows}</tbody></table></div>
<h2>Recent changes</h2><ul>${changes || '<li class="muted">none yet</li>'}</ul>
<h2>Pending confirmation</h2><ul>${pending || '<li class="muted">none</li>'}</ul>
<h2>Sources</h2><div class="wrap"><table><thead><tr><th>Source</th><th>State</th><th>Last poll</th><th>HTTP</th><th>ms</th><th>Items</th><th>Last error</th></tr></thead><tbody>${health}</tbody></table></div>
<p class="muted"><a href="/api/registry">JSON</a> · <a href="/registry.csv">CSV</a> · <a href="/api/sources">sources</a></p>`,
    );
  });
}
