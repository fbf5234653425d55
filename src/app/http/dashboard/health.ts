import { esc } from '../html-escape.js';
import type { SourceRow } from './load-dashboard.js';
import { link, relative } from './format.js';

const MAX_ERROR = 160;

function stateCell(s: SourceRow): string {
  if (!s.enabled) return '<span class="badge h-off">disabled</span>';
  if (s.paused) return '<span class="badge h-paused">paused</span>';
  return `<span class="badge h-${esc(s.health.state)}">${esc(s.health.state)}</span>`;
}

/** One row per configured source: last poll and its outcome, next scheduled run, last error. */
export function sourceHealth(sources: readonly SourceRow[], now: Date): string {
  if (!sources.length) return '<p class="muted">No sources configured (config/sources.yaml).</p>';
  const rows = sources
    .map((s) => {
      const h = s.health;
      const err = h.lastError ? (h.lastError.length > MAX_ERROR ? h.lastError.slice(0, MAX_ERROR) + '…' : h.lastError) : '';
      const items = h.items === null ? '—' : `${h.items}${h.newItems ? ` <span class="muted">(+${h.newItems})</span>` : ''}`;
      return `<tr data-source="${esc(s.id)}"><td>${link(s.url, s.id)} <span class="muted small">${esc(s.trust)}</span></td><td>${stateCell(s)}</td><td class="nowrap">${relative(h.lastPollAt, now)}</td><td class="num">${esc(h.httpStatus ?? '—')}${h.notModified ? ' <span class="muted small">unchanged</span>' : ''}</td><td class="num">${h.latencyMs === null ? '—' : `${esc(h.latencyMs)} ms`}</td><td class="num">${items}</td><td class="nowrap">${s.enabled && !s.paused ? relative(s.nextRun, now) : '<span class="muted">—</span>'} <span class="muted small">${esc(s.schedule)}</span></td><td class="err">${esc(err)}</td></tr>`;
    })
    .join('');
  return `<div class="wrap"><table class="health"><thead><tr><th>Source</th><th>State</th><th>Last poll</th><th class="num">HTTP</th><th class="num">Latency</th><th class="num">Items</th><th>Next run</th><th>Last error</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
