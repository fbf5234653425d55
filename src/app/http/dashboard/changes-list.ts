import type { StoredChange } from '../../../adapters/redis/registry-store.js';
import type { RegistryView } from '../../../core/registry/registry-view.js';
import { esc } from '../html-escape.js';
import { changeFact } from '../../../core/render/change-fact.js';
import { link, relative } from './format.js';

const MAX_QUOTES = 2;

function quotes(claims: ReadonlyArray<{ evidence: string; url: string; site?: string }>): string {
  const shown = claims.slice(0, MAX_QUOTES).map((c) => {
    let site = c.site;
    if (!site) {
      try {
        site = new URL(c.url).hostname.replace(/^www\./, '');
      } catch {
        site = c.url;
      }
    }
    return `<blockquote>“${esc(c.evidence)}” <cite>— ${link(c.url, site)}</cite></blockquote>`;
  });
  const more = claims.length - shown.length;
  return shown.join('') + (more > 0 ? `<p class="muted small">and ${more} more source${more === 1 ? '' : 's'}</p>` : '');
}

/** Confirmed changes, newest first, each with the sentences that support it and links to them. */
export function recentChanges(recent: readonly StoredChange[], hub: string, label: string, now: Date): string {
  if (!recent.length) return '<p class="muted">No changes yet: everything in the registry comes from the known list.</p>';
  const items = recent.map(({ change: c }) => {
    return `<li class="change" id="change-${esc(c.id)}"><div class="fact">${esc(changeFact(c, hub, label))}</div><div class="meta muted small">${esc(c.kind)} · confirmed ${relative(c.confirmedAt ?? c.detectedAt, now)} · ${new Set(c.claims.map((x) => x.site)).size} site(s)</div>${quotes(c.claims)}</li>`;
  });
  return `<ol class="changes">${items.join('')}</ol>`;
}

/** Candidates waiting for corroboration, with the ids the admin API takes to confirm or dismiss them. */
export function pendingChanges(pending: RegistryView['pending'], hub: string, label: string, now: Date): string {
  if (!pending.length) return '<p class="muted">Nothing waiting for confirmation.</p>';
  const items = [...pending]
    .sort((a, b) => b.detectedAt.localeCompare(a.detectedAt))
    .map(
      (p) =>
        `<li class="change pending" id="pending-${esc(p.id)}"><div class="fact">${esc(changeFact(p, hub, label))}?</div><div class="meta muted small">${p.sites} site(s) so far · first seen ${relative(p.detectedAt, now)} · id <code>${esc(p.id)}</code></div>${quotes(p.evidence)}</li>`,
    );
  return `<ol class="changes">${items.join('')}</ol><p class="muted small">An operator can settle one with <code>POST /api/admin/changes/&lt;id&gt;/confirm</code> or <code>/dismiss</code> (ADMIN_TOKEN).</p>`;
}
