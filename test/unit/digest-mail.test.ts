import { describe, expect, it } from 'vitest';
import { renderDigestMail, type DigestMailInput } from '../../src/core/render/digest-mail.js';
import type { Change, Evidence, Subscriber } from '../../src/core/schemas/index.js';
import { matchesFilters, wantsChange, wantsPending } from '../../src/core/subscriptions/wants-change.js';

const LINKS = {
  unsubscribe: 'https://alerts.example/unsubscribe?token=u1',
  manage: 'https://alerts.example/subscriptions/manage?token=m1',
  dashboard: 'https://alerts.example/',
};
const subscriber: Subscriber = { id: 'sub1', email: 'reader@example.org', state: 'active', parties: [], kinds: [], cadence: 'daily', createdAt: '2024-01-01T00:00:00.000Z' };

function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    evidence: 'Spain and Ukraine signed a bilateral security agreement in Madrid.',
    url: 'https://www.press.example/2024/05/27/spain',
    sourceId: 'press', site: 'press.example', trust: 'press', published: '2024-05-27', confidence: 0.9, status: 'signed', date: '2024-05-27',
    ...over,
  };
}
function change(over: Partial<Change> = {}): Change {
  return {
    id: 'c1', party: 'ES', kind: 'new', from: null, to: { status: 'signed', date: '2024-05-27' }, confirmed: true,
    detectedAt: '2024-05-27T12:00:00.000Z', confirmedAt: '2024-05-27T12:00:00.000Z', claims: [evidence()], ...over,
  };
}
function render(over: Partial<DigestMailInput> = {}) {
  return renderDigestMail({
    cadence: 'daily', periodId: 'daily-2024-06-14', periodEnd: new Date('2024-06-14T07:00:00Z'),
    changes: [], pending: [], hub: 'UA', signatoryCount: 7, subscriber, links: LINKS, ...over,
  });
}

const three = [
  change(),
  change({ id: 'c2', party: 'US', kind: 'status', from: { status: 'negotiating', date: null }, to: { status: 'planned', date: '2024-06-13' }, claims: [evidence({ site: 'wire.example', url: 'https://wire.example/us', evidence: 'The US will sign tomorrow.' })] }),
  change({ id: 'c3', party: 'CA', kind: 'date', from: { status: 'signed', date: '2024-02-23' }, to: { status: 'signed', date: '2024-02-24' } }),
];

describe('renderDigestMail', () => {
  it('sends nothing when there is nothing to say', () => {
    expect(render()).toBeNull();
  });

  it('gathers several changes in one compact table, text and HTML', () => {
    const mail = render({ changes: three })!;
    expect(mail.subject).toBe('pactwatch daily digest: 3 changes — 14 June 2024');
    expect(mail.text).toMatch(/Confirmed changes:/);
    const rows = mail.text.split('\n').filter((l) => /^ {2}\S/.test(l) && !/…and/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^ {2}Spain\s+new: signed\s+27 May 2024\s+press\.example$/);
    expect(rows[1]).toMatch(/^ {2}The United States\s+negotiating → plans to sign\s+13 June 2024\s+wire\.example$/);
    expect(rows[2]).toMatch(/Canada\s+date corrected \(was 23 February 2024\)\s+24 February 2024/);
    expect(mail.html.match(/<tr>/g)).toHaveLength(4); // header + 3 rows
    expect(mail.html).toContain('<a href="https://wire.example/us">wire.example</a>');
    expect(mail.text).toContain('7 signatories now.');
    expect(mail.text).toContain(`Unsubscribe: ${LINKS.unsubscribe}`);
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${LINKS.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': 'pactwatch alerts <alerts.pactwatch>',
    });
    expect(mail.messageId).toBe('<digest-daily-2024-06-14.sub1@pactwatch>');
    expect(render({ changes: three })!.messageId).toBe(mail.messageId); // stable per (period, subscriber)
  });

  it('lists unconfirmed reports in their own section, and caps long lists', () => {
    const mail = render({ pending: [change({ id: 'p1', party: 'NO', confirmed: false })] })!;
    expect(mail.subject).toMatch(/1 unconfirmed report/);
    expect(mail.text).toMatch(/Reported, not yet confirmed:\n\n {2}Norway/);
    const many = Array.from({ length: 5 }, (_, i) => change({ id: `c${i}` }));
    const capped = render({ changes: many, maxRows: 2 })!;
    expect(capped.text).toContain('…and 3 more on the dashboard.');
    expect(capped.html.match(/<tr>/g)).toHaveLength(3);
  });

  it('escapes hostile evidence, sites and URLs; nothing reaches a header', () => {
    const hostile = change({
      claims: [evidence({
        evidence: '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & \u202Eevil',
        site: 'evil.example\r\nBcc: victim@example.org<b>',
        url: 'javascript:alert(document.cookie)',
      })],
    });
    const second = change({ id: 'c9', claims: [evidence({ url: 'https://ok.example/"><script>x</script>', site: '<i>ok</i>' })] });
    const mail = render({ changes: [hostile, second] })!;
    expect(mail.html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(mail.html).not.toMatch(/href="javascript:/i);
    expect(mail.text).not.toContain('javascript:');
    expect(mail.html).toMatch(/href="https:\/\/ok\.example\/%22%3E%3Cscript%3Ex%3C\/script%3E"/);
    expect(mail.text).not.toMatch(/\r|\u202E/);
    expect(mail.text).not.toMatch(/^Bcc:/m);
    for (const v of [mail.subject, ...Object.values(mail.headers), mail.messageId]) expect(v).not.toMatch(/[\r\n]/);
  });

  it('refuses non-http links', () => {
    expect(() => render({ changes: three, links: { ...LINKS, manage: 'javascript:alert(1)' } })).toThrow(/links\.manage/);
  });
});

describe('subscriber filters', () => {
  const c = change({ party: 'US', kind: 'status' });
  it.each([
    [{ parties: [], kinds: [] }, true],
    [{ parties: ['US'], kinds: [] }, true],
    [{ parties: ['GB'], kinds: [] }, false],
    [{ parties: [], kinds: ['status'] }, true],
    [{ parties: [], kinds: ['new', 'date'] }, false],
    [{ parties: [], kinds: ['pending'] }, true], // pending is an opt-in, not a filter
  ] as const)('%j → %s', (f, want) => {
    expect(matchesFilters({ parties: [...f.parties], kinds: [...f.kinds] }, c)).toBe(want);
  });
  it('cadence, state and the pending opt-in', () => {
    expect(wantsChange({ ...subscriber, cadence: 'instant' }, c, 'instant')).toBe(true);
    expect(wantsChange(subscriber, c, 'instant')).toBe(false);
    expect(wantsChange({ ...subscriber, state: 'pending', cadence: 'instant' }, c, 'instant')).toBe(false);
    expect(wantsPending(subscriber, c)).toBe(false);
    expect(wantsPending({ ...subscriber, kinds: ['pending'] }, c)).toBe(true);
    expect(wantsPending({ ...subscriber, kinds: ['pending'], parties: ['GB'] }, c)).toBe(false);
  });
});
