/**
 * The double opt-in mail: "confirm that you want these alerts" with a signed, expiring link — or, when
 * the address is already subscribed, a note with the manage link instead (a sign-up form must never
 * downgrade or silently re-configure an active subscription). Pure: links come in signed.
 *
 * The address and the preferences were typed by whoever filled the form: escaped in HTML, stripped of
 * control characters everywhere, never placed in a header.
 */
import type { Cadence, SubscriberKind } from '../schemas/subscriber.js';
import { escapeHtml as esc, formatDate, httpUrl, singleLine, type RenderedMail } from './alert-mail.js';
import { partyName } from './party-name.js';

export interface ConfirmationMailInput {
  kind: 'confirm' | 'already-subscribed';
  email: string;
  subscriberId: string;
  /** Distinguishes sign-ups of one address: part of the Message-ID. */
  nonce: string;
  preferences: { parties: string[]; kinds: SubscriberKind[]; cadence: Cadence };
  /** `confirm`: the confirmation page (GET shows a button; POST activates). */
  confirmUrl?: string;
  /** `already-subscribed`: the manage page. */
  manageUrl?: string;
  expiresAt?: Date;
  agreementLabel?: string;
  domain?: string;
}

export function renderConfirmationMail(input: ConfirmationMailInput): RenderedMail {
  const email = singleLine(input.email);
  const label = singleLine(input.agreementLabel ?? '') || 'bilateral security agreement';
  const domain = input.domain?.toLowerCase().replace(/[^a-z0-9.-]/g, '') || 'pactwatch';
  const prefs = describePreferences(input.preferences);
  const messageId = `<${input.kind === 'confirm' ? 'confirm' : 'already'}-${idPart(input.nonce)}.${idPart(input.subscriberId)}@${domain}>`;

  if (input.kind === 'already-subscribed') {
    const manage = requireUrl(input.manageUrl, 'manageUrl');
    const subject = 'You are already subscribed to pactwatch alerts';
    const text = [
      `Someone (probably you) asked to subscribe ${email} to pactwatch alerts about ${label}s.`,
      'This address is already subscribed, so nothing has changed.',
      '',
      `To change what you receive or how often: ${manage}`,
      '',
      'If this was not you, ignore this mail.',
    ].join('\n') + '\n';
    const html = shell(subject, [
      `<p>Someone (probably you) asked to subscribe <strong>${esc(email)}</strong> to pactwatch alerts about ${esc(label)}s.</p>`,
      '<p>This address is already subscribed, so nothing has changed.</p>',
      `<p><a href="${esc(manage)}">Change what you receive or how often</a></p>`,
      '<p style="color:#555">If this was not you, ignore this mail.</p>',
    ]);
    return { subject, text, html, headers: {}, messageId };
  }

  const confirm = requireUrl(input.confirmUrl, 'confirmUrl');
  const until = input.expiresAt ? `${formatDate(input.expiresAt.toISOString().slice(0, 10))}, ${input.expiresAt.toISOString().slice(11, 16)} UTC` : null;
  const subject = 'Confirm your pactwatch subscription';
  const text = [
    `Please confirm that ${email} should receive pactwatch alerts about ${label}s:`,
    '',
    ...prefs.map((p) => `  - ${p}`),
    '',
    `Confirm: ${confirm}`,
    until ? `(the link works until ${until})` : '',
    '',
    'Nothing will be sent to this address until you confirm. If you did not ask for this, ignore this mail.',
  ].filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n') + '\n';
  const html = shell(subject, [
    `<p>Please confirm that <strong>${esc(email)}</strong> should receive pactwatch alerts about ${esc(label)}s:</p>`,
    `<ul>${prefs.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`,
    `<p><a href="${esc(confirm)}" style="display:inline-block;padding:8px 16px;background:#0b57d0;color:#fff;text-decoration:none;border-radius:4px">Confirm subscription</a></p>`,
    until ? `<p style="color:#555">The link works until ${esc(until)}.</p>` : '',
    '<p style="color:#555">Nothing will be sent to this address until you confirm. If you did not ask for this, ignore this mail.</p>',
  ]);
  return { subject, text, html, headers: {}, messageId };
}

/** Human lines for a set of preferences; used by the mail and the pages. */
export function describePreferences(p: { parties: string[]; kinds: SubscriberKind[]; cadence: Cadence }): string[] {
  const parties = p.parties.length === 0 ? 'all parties' : p.parties.map(partyName).join(', ');
  const confirmed = p.kinds.filter((k) => k !== 'pending');
  const kinds = confirmed.length === 0 ? 'every kind of change (new signatories, status steps, dates)' : confirmed.map((k) => KIND_NAMES[k]).join(', ');
  const how = p.cadence === 'instant' ? 'a mail for each change, as it is confirmed' : `one ${p.cadence} digest`;
  return [
    `Parties: ${parties}`,
    `Changes: ${kinds}${p.kinds.includes('pending') ? ', plus unconfirmed reports (in digests)' : ''}`,
    `How often: ${how}`,
  ];
}

const KIND_NAMES: Record<Exclude<SubscriberKind, 'pending'>, string> = { new: 'new signatories', status: 'status steps', date: 'dates set or corrected' };

function shell(title: string, parts: string[]): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n` +
    `<body style="font-family:sans-serif;line-height:1.4">\n${parts.filter(Boolean).join('\n')}\n</body></html>\n`;
}

function requireUrl(raw: string | undefined, name: string): string {
  const url = httpUrl(raw ?? '');
  if (url === null) throw new TypeError(`${name} must be an absolute http(s) URL`);
  return url;
}

function idPart(id: string): string {
  return id.replace(/[^A-Za-z0-9_=+-]/g, '-').slice(0, 100) || 'x';
}
