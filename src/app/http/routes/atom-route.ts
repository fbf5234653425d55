import type { FastifyInstance } from 'fastify';
import type { Change } from '../../../core/schemas/registry.js';
import { hubName } from '../../../core/render/party-name.js';
import { esc, safeHref } from '../html-escape.js';
import { changeFact } from '../../../core/render/change-fact.js';
import type { ServerDeps } from '../server-deps.js';

const ENTRIES = 50;

/** XML 1.0 forbids most control characters even escaped: fetched text loses them, then is escaped. */
export function xmlText(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return esc(String(value ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
    const code = c.charCodeAt(0);
    const pair = code < 0xdc00 ? s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff : s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00;
    return pair ? c : '';
  }));
}

function entryHtml(c: Change): string {
  const quotes = c.claims
    .map((x) => {
      const href = safeHref(x.url);
      const source = href ? `<a href="${esc(href)}">${esc(x.site)}</a>` : esc(x.site);
      return `<blockquote><p>${esc(x.evidence)}</p><p>— ${source}${x.published ? `, ${esc(x.published)}` : ''}</p></blockquote>`;
    })
    .join('');
  const before = c.from ? `<p>Previously recorded: ${esc(c.from.status)}${c.from.date ? `, ${esc(c.from.date)}` : ''}.</p>` : '';
  return `${before}${quotes}`;
}

/**
 * Atom 1.0 of confirmed changes, newest first. Entry ids are `urn:pactwatch:change:<id>`: change ids are
 * deterministic, so a reader never sees one fact twice. Everything is XML-escaped; the content is escaped
 * HTML (`type="html"`).
 */
export function atomFeed(args: { changes: Change[]; publicUrl: string; hub: string; label: string; fallbackUpdated: string }): string {
  const base = args.publicUrl.replace(/\/+$/, '');
  const when = (c: Change) => c.confirmedAt ?? c.detectedAt;
  const updated = args.changes.map(when).sort().at(-1) ?? args.fallbackUpdated;
  const title = `pactwatch: ${args.label}s with ${hubName(args.hub)}`;
  const entries = args.changes
    .map((c) => {
      const first = c.claims.map((x) => safeHref(x.url)).find((u) => u !== null);
      return `<entry>
<id>urn:pactwatch:change:${xmlText(c.id)}</id>
<title>${xmlText(changeFact(c, args.hub, args.label))}</title>
<updated>${xmlText(when(c))}</updated>
<published>${xmlText(c.detectedAt)}</published>
${first ? `<link rel="alternate" type="text/html" href="${xmlText(first)}"/>\n` : ''}<category term="${xmlText(c.kind)}"/>
<category term="${xmlText(c.to.status)}"/>
<content type="html">${xmlText(entryHtml(c))}</content>
</entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xmlText(`${base}/feed.atom`)}</id>
<title>${xmlText(title)}</title>
<subtitle>Changes to the registry of who signed what and when, with the evidence.</subtitle>
<updated>${xmlText(updated)}</updated>
<link rel="self" type="application/atom+xml" href="${xmlText(`${base}/feed.atom`)}"/>
<link rel="alternate" type="text/html" href="${xmlText(`${base}/`)}"/>
<author><name>pactwatch</name></author>
<generator>pactwatch</generator>
${entries}
</feed>
`;
}

export function registerAtomRoute(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/feed.atom', async (_req, reply) => {
    const recent = await deps.stores.registry.recentChanges(ENTRIES);
    reply.type('application/atom+xml; charset=utf-8');
    return atomFeed({
      changes: recent.map((r) => r.change).filter((c) => c.confirmed),
      publicUrl: deps.config.env.PUBLIC_URL,
      hub: deps.config.known.hub,
      label: deps.config.app.agreement.label,
      fallbackUpdated: `${deps.config.known.asOf}T00:00:00Z`,
    });
  });
}
