/**
 * The instant alert for one confirmed change, as subject, text, HTML and list headers. Pure: the
 * caller supplies the links (signed tokens), the current count and the config labels.
 *
 * Everything under `change.claims` was scraped from third-party pages: it is treated as hostile
 * (escaped in HTML, stripped of control characters everywhere, never placed in a header).
 */
import type { Change, Evidence } from '../schemas/registry.js';
import type { Subscriber } from '../schemas/subscriber.js';
import { capitalise, hubName, partyName } from './party-name.js';
import { changePrefix, datePhrase, statusPhrase } from './change-fact.js';
import { formatDate } from './format-date.js';

export { formatDate };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** With angle brackets, e.g. `<change-abc.sub1@pactwatch>`. */
  messageId: string;
}

/** What every mail to one subscriber needs besides its content. */
export interface SubscriberMailContext {
  /** Party code of the hub (config `hub`), e.g. `UA`. */
  hub: string;
  /** Signatories in the registry after this change. */
  signatoryCount: number;
  subscriber: Subscriber;
  /** Absolute http(s) URLs; `unsubscribe` must accept an RFC 8058 one-click POST. */
  links: { unsubscribe: string; manage: string; dashboard: string };
  /** From config; defaults to DEFAULT_AGREEMENT_LABEL. */
  agreementLabel?: string;
  /** Right-hand side of Message-ID and List-Id; defaults to `pactwatch`. */
  domain?: string;
}

export interface ChangeAlertInput extends SubscriberMailContext {
  change: Change;
}

export const DEFAULT_AGREEMENT_LABEL = 'bilateral security agreement';
const DEFAULT_DOMAIN = 'pactwatch';
const MAX_SUBJECT_CHARS = 160;
const MAX_QUOTES = 5;
const MAX_EVIDENCE_CHARS = 600;

export function renderChangeAlert(input: ChangeAlertInput): RenderedMail {
  const { change, subscriber } = input;
  const label = singleLine(input.agreementLabel ?? '') || DEFAULT_AGREEMENT_LABEL;
  const domain = domainPart(input.domain ?? DEFAULT_DOMAIN);
  const links = {
    unsubscribe: requireHttpUrl(input.links.unsubscribe, 'unsubscribe'),
    manage: requireHttpUrl(input.links.manage, 'manage'),
    dashboard: requireHttpUrl(input.links.dashboard, 'dashboard'),
  };

  const fact = `${partyName(change.party)} ${statusPhrase(change.to.status, label)} ${hubName(input.hub)}`;
  const date = formatDate(change.to.date);
  const prefix = changePrefix(change);
  const subject = capLength(singleLine(`${prefix}${capitalise(fact)}${date ? ` — ${date}` : ''}`), MAX_SUBJECT_CHARS);

  const lead = `${prefix}${capitalise(fact)}${datePhrase(change.to.status, date)}.`;
  const before = previously(change);
  const claims = dedupe(change.claims);
  const quotes = claims.slice(0, MAX_QUOTES).map(toQuote);
  const more = claims.length - quotes.length;
  const count = countLine(input.signatoryCount);
  const scope = subscriber.parties.length === 0 ? 'all parties' : subscriber.parties.map(partyName).join(', ');

  return {
    subject,
    text: renderText({ lead, before, quotes, more, count, scope, links }),
    html: renderHtml({ subject, lead, before, quotes, more, count, scope, links }),
    headers: {
      'List-Unsubscribe': singleLine(`<${links.unsubscribe}>`),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': singleLine(`pactwatch alerts <alerts.${domain}>`),
    },
    // Same (change, subscriber) → same Message-ID, so a resend after an ambiguous crash is
    // recognisable as the same message by receivers and by us.
    messageId: `<change-${idPart(change.id)}.${idPart(subscriber.id)}@${domain}>`,
  };
}

function previously(change: Change): string | null {
  if (change.from === null) return null;
  const was = formatDate(change.from.date);
  if (change.kind === 'date') return was ? `Previously recorded date: ${was}.` : 'No date was recorded before.';
  return `Previously recorded: ${change.from.status}${was ? `, ${was}` : ''}.`;
}

function countLine(n: number): string {
  const count = Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
  return `${count} ${count === 1 ? 'signatory' : 'signatories'} now`;
}

interface Quote { evidence: string; site: string; url: string | null; published: string | null }

function toQuote(claim: Evidence): Quote {
  return {
    evidence: capLength(singleLine(claim.evidence), MAX_EVIDENCE_CHARS),
    site: capLength(singleLine(claim.site), 80) || 'source',
    url: httpUrl(claim.url),
    published: formatDate(claim.published),
  };
}

function dedupe(claims: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.url}\u0000${c.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Body {
  lead: string;
  before: string | null;
  quotes: Quote[];
  more: number;
  count: string;
  scope: string;
  links: ChangeAlertInput['links'];
}

function renderText(b: Body): string {
  const lines = [b.lead];
  if (b.before) lines.push(b.before);
  if (b.quotes.length > 0) {
    lines.push('', 'What the sources say:');
    for (const q of b.quotes) {
      lines.push('', `  “${q.evidence}”`, `  — ${[q.site, q.published].filter(Boolean).join(', ')}`);
      if (q.url) lines.push(`    ${q.url}`);
    }
    if (b.more > 0) lines.push('', `…and ${b.more} more on the dashboard.`);
  }
  lines.push(
    '', `${b.count}. Dashboard: ${b.links.dashboard}`,
    '', '-- ',
    `You receive this because you subscribed to pactwatch alerts for ${b.scope}.`,
    `Manage preferences: ${b.links.manage}`,
    `Unsubscribe: ${b.links.unsubscribe}`,
  );
  return `${lines.join('\n')}\n`;
}

function renderHtml(b: Body & { subject: string }): string {
  const quotes = b.quotes.map((q) => {
    const site = q.url ? `<a href="${esc(q.url)}">${esc(q.site)}</a>` : esc(q.site);
    const published = q.published ? `, ${esc(q.published)}` : '';
    return `<blockquote style="margin:12px 0;padding-left:12px;border-left:3px solid #ccc">` +
      `<p style="margin:0">“${esc(q.evidence)}”</p><p style="margin:4px 0 0;color:#555">— ${site}${published}</p></blockquote>`;
  });
  const parts = [
    `<p style="font-size:16px"><strong>${esc(b.lead)}</strong></p>`,
    b.before ? `<p>${esc(b.before)}</p>` : '',
    quotes.length ? `<p>What the sources say:</p>\n${quotes.join('\n')}` : '',
    b.more > 0 ? `<p>…and ${b.more} more on the dashboard.</p>` : '',
    `<p><strong>${esc(b.count)}.</strong> <a href="${esc(b.links.dashboard)}">Open the dashboard</a></p>`,
    `<hr><p style="font-size:12px;color:#555">You receive this because you subscribed to pactwatch alerts for ${esc(b.scope)}.<br>` +
      `<a href="${esc(b.links.manage)}">Manage preferences</a> · <a href="${esc(b.links.unsubscribe)}">Unsubscribe</a></p>`,
  ];
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(b.subject)}</title></head>\n` +
    `<body style="font-family:sans-serif;line-height:1.4">\n${parts.filter(Boolean).join('\n')}\n</body></html>\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const esc = escapeHtml;

/** The URL normalised by WHATWG parsing if it is http(s), else null (javascript:, data:, garbage). */
export function httpUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function requireHttpUrl(raw: string, name: string): string {
  const url = httpUrl(raw);
  if (url === null) throw new TypeError(`links.${name} must be an absolute http(s) URL`);
  return url;
}

// Control, line-separator and bidi-override characters: header injection and visual spoofing.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** One line with no control characters: the only form anything may take in a header or a quote. */
export function singleLine(text: string): string {
  return text.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

function capLength(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function idPart(id: string): string {
  return id.replace(/[^A-Za-z0-9_=+-]/g, '-').slice(0, 100) || 'x';
}

function domainPart(domain: string): string {
  return domain.toLowerCase().replace(/[^a-z0-9.-]/g, '').replace(/^[.-]+|[.-]+$/g, '') || DEFAULT_DOMAIN;
}
