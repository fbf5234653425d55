/**
 * The daily or weekly digest: several changes in one compact table (text and HTML), with the same list
 * headers as an alert. Pure; returns null when there is nothing to say — an empty digest is not sent.
 *
 * Everything under `change.claims` was scraped from third-party pages: escaped in HTML, stripped of
 * control characters everywhere, links only when http(s), never in a header.
 */
import type { Change } from '../schemas/registry.js';
import type { Status } from '../schemas/status.js';
import { DEFAULT_AGREEMENT_LABEL, escapeHtml as esc, formatDate, httpUrl, singleLine, type RenderedMail, type SubscriberMailContext } from './alert-mail.js';
import { capitalise, hubName, partyName } from './party-name.js';

export interface DigestMailInput extends SubscriberMailContext {
  cadence: 'daily' | 'weekly';
  /** e.g. `daily-2024-06-14`: with the subscriber id, the stable Message-ID. */
  periodId: string;
  /** The scheduled instant the digest covers up to. */
  periodEnd: Date;
  /** Confirmed changes since the subscriber's last digest, oldest first. */
  changes: Change[];
  /** Unconfirmed changes (only for subscribers who opted into `pending`). */
  pending: Change[];
  /** Rows shown per section; the rest are counted and left to the dashboard. Default 40. */
  maxRows?: number;
}

interface Row { party: string; what: string; date: string; site: string; url: string | null; quote: string }

const MAX_QUOTE = 200;

export function renderDigestMail(input: DigestMailInput): RenderedMail | null {
  if (input.changes.length === 0 && input.pending.length === 0) return null;
  const label = singleLine(input.agreementLabel ?? '') || DEFAULT_AGREEMENT_LABEL;
  const domain = input.domain?.toLowerCase().replace(/[^a-z0-9.-]/g, '').replace(/^[.-]+|[.-]+$/g, '') || 'pactwatch';
  const links = {
    unsubscribe: requireUrl(input.links.unsubscribe, 'unsubscribe'),
    manage: requireUrl(input.links.manage, 'manage'),
    dashboard: requireUrl(input.links.dashboard, 'dashboard'),
  };
  const max = input.maxRows ?? 40;
  const confirmed = input.changes.slice(0, max).map(toRow);
  const pending = input.pending.slice(0, max).map(toRow);
  const moreConfirmed = input.changes.length - confirmed.length;
  const morePending = input.pending.length - pending.length;
  const day = formatDate(input.periodEnd.toISOString().slice(0, 10)) ?? input.periodEnd.toISOString().slice(0, 10);
  const n = input.changes.length;
  const headline = n > 0 ? `${n} ${n === 1 ? 'change' : 'changes'}` : `${input.pending.length} unconfirmed ${input.pending.length === 1 ? 'report' : 'reports'}`;
  const subject = singleLine(`pactwatch ${input.cadence} digest: ${headline} — ${day}`);
  const count = Math.max(0, Math.trunc(Number.isFinite(input.signatoryCount) ? input.signatoryCount : 0));
  const intro = `${capitalise(label)}s with ${hubName(input.hub)}: what changed since your last ${input.cadence} digest.`;
  const countLine = `${count} ${count === 1 ? 'signatory' : 'signatories'} now.`;
  const scope = input.subscriber.parties.length === 0 ? 'all parties' : input.subscriber.parties.map(partyName).join(', ');

  const text: string[] = [intro, ''];
  if (confirmed.length) text.push(...textTable('Confirmed changes', confirmed, moreConfirmed));
  if (pending.length) text.push(...textTable('Reported, not yet confirmed', pending, morePending));
  text.push(
    `${countLine} Dashboard: ${links.dashboard}`,
    '', '-- ',
    `You receive this ${input.cadence} digest because you subscribed to pactwatch for ${scope}.`,
    `Manage preferences: ${links.manage}`,
    `Unsubscribe: ${links.unsubscribe}`,
  );

  const html = [
    `<p>${esc(intro)}</p>`,
    confirmed.length ? htmlTable('Confirmed changes', confirmed, moreConfirmed) : '',
    pending.length ? htmlTable('Reported, not yet confirmed', pending, morePending) : '',
    `<p><strong>${esc(countLine)}</strong> <a href="${esc(links.dashboard)}">Open the dashboard</a></p>`,
    `<hr><p style="font-size:12px;color:#555">You receive this ${esc(input.cadence)} digest because you subscribed to pactwatch for ${esc(scope)}.<br>` +
      `<a href="${esc(links.manage)}">Manage preferences</a> · <a href="${esc(links.unsubscribe)}">Unsubscribe</a></p>`,
  ].filter(Boolean);

  return {
    subject,
    text: `${text.join('\n')}\n`,
    html: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>\n` +
      `<body style="font-family:sans-serif;line-height:1.4">\n${html.join('\n')}\n</body></html>\n`,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `pactwatch alerts <alerts.${domain}>`,
    },
    messageId: `<digest-${idPart(input.periodId)}.${idPart(input.subscriber.id)}@${domain}>`,
  };
}

function toRow(c: Change): Row {
  const claim = c.claims[0];
  return {
    party: capitalise(partyName(c.party)),
    what: what(c),
    date: formatDate(c.to.date) ?? '—',
    site: claim ? cap(singleLine(claim.site), 60) || 'source' : '—',
    url: claim ? httpUrl(claim.url) : null,
    quote: claim ? cap(singleLine(claim.evidence), MAX_QUOTE) : '',
  };
}

const STATUS_WORDS: Record<Status, string> = {
  negotiating: 'negotiating', planned: 'plans to sign', signed: 'signed', ratified: 'ratified', refused: 'refused', terminated: 'terminated',
};

function what(c: Change): string {
  if (c.kind === 'new') return `new: ${STATUS_WORDS[c.to.status]}`;
  if (c.kind === 'status') return `${c.from ? `${STATUS_WORDS[c.from.status]} → ` : ''}${STATUS_WORDS[c.to.status]}`;
  const was = formatDate(c.from?.date);
  return was ? `date corrected (was ${was})` : 'date set';
}

function textTable(title: string, rows: Row[], more: number): string[] {
  const w = (k: 'party' | 'what' | 'date') => Math.min(28, Math.max(...rows.map((r) => Array.from(r[k]).length)));
  const [wp, ww, wd] = [w('party'), w('what'), w('date')];
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - Array.from(s).length));
  const out = [`${title}:`, ''];
  for (const r of rows) {
    out.push(`  ${pad(r.party, wp)}  ${pad(r.what, ww)}  ${pad(r.date, wd)}  ${r.site}`);
    if (r.quote) out.push(`      “${r.quote}”`);
    if (r.url) out.push(`      ${r.url}`);
  }
  if (more > 0) out.push(`  …and ${more} more on the dashboard.`);
  out.push('');
  return out;
}

function htmlTable(title: string, rows: Row[], more: number): string {
  const td = 'style="padding:4px 8px;border-bottom:1px solid #ddd;vertical-align:top;text-align:left"';
  const body = rows.map((r) => {
    const site = r.url ? `<a href="${esc(r.url)}">${esc(r.site)}</a>` : esc(r.site);
    const quote = r.quote ? `<br><span style="color:#555">“${esc(r.quote)}”</span>` : '';
    return `<tr><td ${td}>${esc(r.party)}</td><td ${td}>${esc(r.what)}</td><td ${td}>${esc(r.date)}</td><td ${td}>${site}${quote}</td></tr>`;
  });
  return `<h3 style="margin:16px 0 4px">${esc(title)}</h3>\n<table style="border-collapse:collapse;width:100%">` +
    `<thead><tr><th ${td}>Party</th><th ${td}>Change</th><th ${td}>Date</th><th ${td}>Source</th></tr></thead>\n<tbody>${body.join('\n')}</tbody></table>` +
    (more > 0 ? `\n<p>…and ${more} more on the dashboard.</p>` : '');
}

function cap(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function requireUrl(raw: string, name: string): string {
  const url = httpUrl(raw);
  if (url === null) throw new TypeError(`links.${name} must be an absolute http(s) URL`);
  return url;
}

function idPart(id: string): string {
  return id.replace(/[^A-Za-z0-9_=+-]/g, '-').slice(0, 100) || 'x';
}
