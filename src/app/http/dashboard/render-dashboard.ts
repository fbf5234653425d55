import { hubName } from '../../../core/render/party-name.js';
import { esc } from '../html-escape.js';
import type { DashboardData } from './load-dashboard.js';
import { registryTable } from './registry-table.js';
import { timelineSvg } from './timeline-svg.js';
import { pendingChanges, recentChanges } from './changes-list.js';
import { sourceHealth } from './health.js';
import { queueTable, subscriberCounts } from './operations.js';
import { section } from './format.js';

function card(value: string | number, label: string, cls = ''): string {
  return `<div class="card${cls ? ' ' + cls : ''}"><div class="value">${esc(value)}</div><div class="label">${esc(label)}</div></div>`;
}

/** The whole dashboard body: summary, registry (chart + table), changes, pending, sources, operations. */
export function renderDashboard(d: DashboardData): string {
  const { view } = d;
  const signings = view.entries
    .filter((e) => (e.status === 'signed' || e.status === 'ratified') && e.date)
    .map((e) => ({ party: e.party, name: e.name, date: e.date! }));
  const undated = view.signatories - signings.length;
  const ok = d.sources.filter((s) => s.enabled && !s.paused && s.health.state === 'ok').length;
  const live = d.sources.filter((s) => s.enabled && !s.paused).length;
  const failed = d.queues ? Object.values(d.queues).reduce((n, c) => n + c.failed, 0) : 0;

  const summary = `<div class="cards">${card(view.signatories, 'signatories')}${card(view.pending.length, 'pending', view.pending.length ? 'warn' : '')}${card(`${ok}/${live}`, 'sources ok', ok < live ? 'warn' : '')}${card(d.subscribers.active, 'subscribers')}${failed ? card(failed, 'failed jobs', 'alert') : ''}</div>`;
  const chart = `<figure class="chart">${timelineSvg(signings, { title: `Signatories of a ${d.label} with ${hubName(d.hub)}, cumulative` })}<figcaption class="muted small">Cumulative signatories by signing date${undated > 0 ? ` · ${undated} without a known date not shown` : ''}</figcaption></figure>`;

  return `<header class="top"><h1>pactwatch</h1><nav><a href="#registry">Registry</a><a href="#changes">Changes</a><a href="#pending">Pending</a><a href="#sources">Sources</a><a href="#operations">Operations</a></nav></header>
<p class="lead"><strong id="signatory-count">${view.signatories}</strong> signatories of a ${esc(d.label)} with ${esc(hubName(d.hub))}.</p>
${summary}
${section('registry', 'Registry', chart + registryTable(view), `${view.entries.length} parties`)}
${section('changes', 'Recent changes', recentChanges(d.recent, d.hub, d.label, d.now))}
${section('pending', 'Pending confirmation', pendingChanges(view.pending, d.hub, d.label, d.now), view.pending.length ? String(view.pending.length) : '')}
${section('sources', 'Sources', sourceHealth(d.sources, d.now))}
${section('operations', 'Operations', `<div class="split"><div><h3>Queues</h3>${queueTable(d.queues)}</div><div><h3>Subscribers</h3>${subscriberCounts(d.subscribers)}</div></div>`)}
<footer class="muted small">Updated ${esc(d.now.toISOString().slice(0, 19).replace('T', ' '))} UTC · refreshes every 30 s · <a href="/api/registry">JSON</a> · <a href="/registry.csv">CSV</a> · <a href="/feed.atom">Atom feed</a> · <a href="/api/changes">changes API</a> · <a href="/api/sources">sources API</a> · <a href="/metrics">metrics</a></footer>`;
}
