import type { RegistryView } from '../../../core/registry/registry-view.js';
import { esc } from '../html-escape.js';
import { link, statusBadge } from './format.js';

/** The registry, one row per party, in signing order; rows pactwatch found itself are tagged. */
export function registryTable(view: RegistryView): string {
  if (!view.entries.length) return '<p class="muted">The registry is empty: no known signatories and nothing found yet.</p>';
  const rows = view.entries
    .map((e) => {
      const latest = e.evidence.at(-1);
      const found = e.seeded ? '' : ' <span class="tag" title="found by pactwatch, not in the known list">found</span>';
      const sources = latest ? `${e.sources} ${link(latest.url, '↗')}` : String(e.sources);
      return `<tr data-party="${esc(e.party)}"><td><span class="name">${esc(e.name.replace(/^the /, ''))}</span> <span class="code">${esc(e.party)}</span>${found}</td><td>${statusBadge(e.status)}</td><td class="nowrap">${esc(e.date ?? '—')}</td><td>${esc(e.place ?? '—')}</td><td class="num">${sources}</td><td class="nowrap">${esc(e.firstSeen.slice(0, 10))}</td></tr>`;
    })
    .join('');
  return `<div class="wrap"><table class="registry"><thead><tr><th>Party</th><th>Status</th><th>Date</th><th>Place</th><th class="num">Sources</th><th>First seen</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
