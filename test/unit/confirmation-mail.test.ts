import { describe, expect, it } from 'vitest';
import { renderConfirmationMail } from '../../src/core/render/confirmation-mail.js';
import { SubscriptionRequestSchema, issuesText } from '../../src/core/subscriptions/subscription-request.js';
import { subscribersCsv } from '../../src/core/subscriptions/subscribers-csv.js';
import { digestPeriodId } from '../../src/core/subscriptions/digest-period.js';

const base = {
  email: "o'brien+news@example.org",
  subscriberId: 'sabc',
  nonce: '0123456789abcdef',
  preferences: { parties: ['GB', 'US'], kinds: ['new' as const, 'pending' as const], cadence: 'daily' as const },
  confirmUrl: 'https://alerts.example/subscriptions/confirm?token=confirm.sabc_0123.xyz.mac',
  manageUrl: 'https://alerts.example/subscriptions/manage?token=m1',
  expiresAt: new Date('2024-06-14T12:00:00Z'),
};

describe('renderConfirmationMail', () => {
  it('asks to confirm, with the link, its expiry and the preferences', () => {
    const mail = renderConfirmationMail({ kind: 'confirm', ...base });
    expect(mail.subject).toBe('Confirm your pactwatch subscription');
    expect(mail.text).toContain(`Confirm: ${base.confirmUrl}`);
    expect(mail.text).toContain('the link works until 14 June 2024, 12:00 UTC');
    expect(mail.text).toContain('Parties: the United Kingdom, the United States');
    expect(mail.text).toContain('Changes: new signatories, plus unconfirmed reports (in digests)');
    expect(mail.text).toContain('How often: one daily digest');
    expect(mail.text).toMatch(/Nothing will be sent to this address until you confirm/);
    expect(mail.html).toContain(`href="${base.confirmUrl}"`);
    expect(mail.html).toContain('o&#39;brien+news@example.org');
    expect(mail.html).not.toContain("o'brien");
    expect(mail.messageId).toBe('<confirm-0123456789abcdef.sabc@pactwatch>');
    expect(mail.headers).toEqual({}); // not a list mail: no unsubscribe headers before consent
  });

  it('tells an active address it is subscribed already, with its manage link and no confirm link', () => {
    const mail = renderConfirmationMail({ kind: 'already-subscribed', ...base });
    expect(mail.subject).toMatch(/already subscribed/);
    expect(mail.text).toContain(base.manageUrl);
    expect(mail.text).not.toContain(base.confirmUrl);
  });

  it('keeps hostile input out of markup and lines', () => {
    const mail = renderConfirmationMail({ kind: 'confirm', ...base, email: 'x@example.org\r\nBcc: y@example.org<script>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).not.toMatch(/\r|\nBcc:/);
    expect(() => renderConfirmationMail({ kind: 'confirm', ...base, confirmUrl: 'javascript:alert(1)' })).toThrow(/confirmUrl/);
  });
});

describe('subscription request', () => {
  it('accepts lists as arrays or text, and "all"', () => {
    expect(SubscriptionRequestSchema.parse({ email: ' Reader@Example.ORG ', parties: 'gb, US', kinds: ['new', 'Pending'], cadence: 'weekly' }))
      .toEqual({ email: 'reader@example.org', parties: ['GB', 'US'], kinds: ['new', 'pending'], cadence: 'weekly' });
    expect(SubscriptionRequestSchema.parse({ email: 'a@example.org', parties: 'all' })).toEqual({ email: 'a@example.org', parties: [], kinds: [], cadence: 'instant' });
  });
  it.each([
    [{ email: 'not-an-address' }, /^email: email is not a valid email address$/],
    [{ email: 'a@example.org\r\nBcc: b@example.org' }, /^email: /],
    [{ email: 'a@example.org, b@example.org' }, /^email: /],
    [{}, /^email: /],
    [{ email: 'a@example.org', parties: 'GB,<script>' }, /^parties\[1\]: a party is an ISO/],
    [{ email: 'a@example.org', kinds: 'new,everything' }, /^kinds\[1\]: kinds may be new, status, date or pending$/],
    [{ email: 'a@example.org', cadence: 'hourly' }, /^cadence: cadence must be instant, daily or weekly$/],
  ])('%j is refused, naming the field', (body, message) => {
    const r = SubscriptionRequestSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(issuesText(r.error!)).toMatch(message);
  });
});

describe('subscribers CSV and digest periods', () => {
  it('quotes and defuses formula cells', () => {
    const csv = subscribersCsv([{ id: 's1', email: '=cmd@example.org', state: 'active', parties: ['GB', 'US'], kinds: [], cadence: 'daily', createdAt: '2024-01-01T00:00:00.000Z', bouncing: true }]);
    expect(csv.split('\r\n')).toEqual(['email,state,cadence,parties,kinds,createdAt,confirmedAt,bouncing', "'=cmd@example.org,active,daily,GB US,all,2024-01-01T00:00:00.000Z,,yes", '']);
  });
  it('names a period by its UTC day', () => {
    expect(digestPeriodId('daily', new Date('2024-06-14T07:00:00Z'))).toBe('daily-2024-06-14');
    expect(digestPeriodId('weekly', new Date('2024-06-10T07:00:00Z'))).toBe('weekly-2024-06-10');
  });
});
