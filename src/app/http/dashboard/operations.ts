import { esc } from '../html-escape.js';
import { QUEUE_STATES, type DashboardData } from './load-dashboard.js';

/** Job counts per queue and state; failed jobs stand out. */
export function queueTable(queues: DashboardData['queues']): string {
  if (!queues) return '<p class="bad">Queue counts are unavailable (Redis did not answer).</p>';
  const head = QUEUE_STATES.map((s) => `<th class="num">${esc(s)}</th>`).join('');
  const rows = Object.entries(queues)
    .map(([q, c]) => `<tr><td>${esc(q)}</td>${QUEUE_STATES.map((s) => `<td class="num${s === 'failed' && c[s] > 0 ? ' bad' : ''}">${c[s]}</td>`).join('')}</tr>`)
    .join('');
  return `<div class="wrap"><table class="queues"><thead><tr><th>Queue</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function subscriberCounts(s: DashboardData['subscribers']): string {
  return `<dl class="counts"><div><dt>active</dt><dd>${s.active}</dd></div><div><dt>pending</dt><dd>${s.pending}</dd></div><div><dt>unsubscribed</dt><dd>${s.unsubscribed}</dd></div></dl>`;
}
