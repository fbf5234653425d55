import { describe, expect, it } from 'vitest';
import { formatDate, renderChangeAlert } from '../../src/core/render/alert-mail.js';
import type { ChangeAlertInput } from '../../src/core/render/alert-mail.js';
import { hubName, partyName } from '../../src/core/render/party-name.js';
import type { Change, Evidence, Status, Subscriber } from '../../src/core/schemas/index.js';

const LINKS = {
  unsubscribe: 'https://alerts.example/unsubscribe?token=u1',
  manage: 'https://alerts.example/subscriptions/manage?token=m1',
  dashboard: 'https://alerts.example/',
};

const subscriber: Subscriber = {
  id: 'sub1',
  email: 'reader@example.org',
  state: 'active',
  parties: [],
  kinds: [],
  cadence: 'instant',
  createdAt: '2024-01-01T00:00:00.000Z',
};

function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    evidence: 'Spain and Ukraine signed a bilateral security agreement in Madrid on Monday.',
    url: 'https://www.press.example/2024/05/27/spain',
    sourceId: 'press',
    site: 'press.example',
    trust: 'press',
    published: '2024-05-27',
    confidence: 0.9,
    status: 'signed',
    date: '2024-05-27',
    ...over,
  };
}

function change(over: Partial<Change> = {}): Change {
  return {
    id: 'c0ffee',
    party: 'ES',
    kind: 'new',
    from: null,
    to: { status: 'signed', date: '2024-05-27' },
    confirmed: true,
    detectedAt: '2024-05-27T12:00:00.000Z',
    confirmedAt: '2024-05-27T12:00:00.000Z',
    claims: [evidence()],
    ...over,
  };
}

function render(over: Partial<ChangeAlertInput> = {}) {
  return renderChangeAlert({ change: change(), hub: 'UA', signatoryCount: 27, subscriber, links: LINKS, ...over });
}

const to = (status: Status, date: string | null) => ({ status, date });

describe('partyName', () => {
  it.each([
    ['ES', 'Spain'],
    ['EU', 'the European Union'],
    ['US', 'the United States'],
    ['GB', 'the United Kingdom'],
    ['NL', 'the Netherlands'],
    ['CZ', 'Czechia'],
    ['PH', 'the Philippines'],
    ['CD', 'the Democratic Republic of the Congo'],
    ['ZZ', 'ZZ'],
    ['X1', 'X1'],
  ])('%s → %s', (code, name) => {
    expect(partyName(code)).toBe(name);
  });

  it('names the hub mid-sentence', () => {
    expect(hubName('UA')).toBe('Ukraine');
    expect(hubName('EU')).toBe('the European Union');
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-05-27', '27 May 2024'],
    ['2024-01-01', '1 January 2024'],
    ['2024-12-31', '31 December 2024'],
    ['2024-02-30', null],
    ['27/05/2024', null],
    [null, null],
  ])('%s → %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe('renderChangeAlert subject', () => {
  it.each<[string, Partial<Change>, string]>([
    ['new signed', {}, 'Spain signed a bilateral security agreement with Ukraine — 27 May 2024'],
    ['new signed, no date', { party: 'CA', to: to('signed', null) },
      'Canada signed a bilateral security agreement with Ukraine'],
    ['planned', { party: 'US', kind: 'status', from: to('negotiating', null), to: to('planned', '2024-06-13') },
      'The United States plans to sign a bilateral security agreement with Ukraine — 13 June 2024'],
    ['negotiating', { party: 'GB', to: to('negotiating', null) },
      'The United Kingdom is negotiating a bilateral security agreement with Ukraine'],
    ['ratified', { party: 'NL', kind: 'status', from: to('signed', '2024-03-01'), to: to('ratified', '2024-09-10') },
      'The Netherlands ratified its bilateral security agreement with Ukraine — 10 September 2024'],
    ['refused', { party: 'HU', to: to('refused', null) },
      'Hungary refused to sign a bilateral security agreement with Ukraine'],
    ['terminated', { party: 'EU', kind: 'status', from: to('signed', '2024-06-27'), to: to('terminated', '2025-01-02') },
      'The European Union terminated its bilateral security agreement with Ukraine — 2 January 2025'],
    ['date corrected', { kind: 'date', from: to('signed', '2024-05-26'), to: to('signed', '2024-05-27') },
      'Date corrected: Spain signed a bilateral security agreement with Ukraine — 27 May 2024'],
    ['date added', { kind: 'date', from: to('signed', null), to: to('signed', '2024-05-27') },
      'Date added: Spain signed a bilateral security agreement with Ukraine — 27 May 2024'],
  ])('%s', (_name, over, subject) => {
    expect(render({ change: change(over) }).subject).toBe(subject);
  });

  it('takes the hub and the agreement label from input', () => {
    const claims = [evidence({ evidence: 'Spain and Moldova signed the partnership.' })];
    const mail = render({ hub: 'MD', agreementLabel: 'enhanced defence partnership', change: change({ claims }) });
    expect(mail.subject).toBe('Spain signed an enhanced defence partnership with Moldova — 27 May 2024');
    expect(mail.text).toContain('Spain signed an enhanced defence partnership with Moldova on 27 May 2024.');
    expect(mail.text + mail.html).not.toMatch(/Ukraine|bilateral security/);
  });

  it('caps the subject length', () => {
    const mail = render({ agreementLabel: 'very long agreement name '.repeat(20) });
    expect(Array.from(mail.subject).length).toBeLessThanOrEqual(160);
    expect(mail.subject.endsWith('…')).toBe(true);
  });
});

describe('renderChangeAlert body', () => {
  it('states the fact, quotes the evidence with its source, and gives count and links in both parts', () => {
    const mail = render();
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Spain signed a bilateral security agreement with Ukraine on 27 May 2024.');
      expect(part).toContain('Spain and Ukraine signed a bilateral security agreement in Madrid on Monday.');
      expect(part).toContain('https://www.press.example/2024/05/27/spain');
      expect(part).toContain('27 signatories now');
      expect(part).toContain(LINKS.dashboard);
      expect(part).toContain(LINKS.manage);
      expect(part).toContain(LINKS.unsubscribe);
    }
    expect(mail.html).toContain('<a href="https://www.press.example/2024/05/27/spain">press.example</a>');
    expect(mail.html).toContain('<a href="https://alerts.example/unsubscribe?token=u1">Unsubscribe</a>');
    expect(mail.html).toContain('<a href="https://alerts.example/subscriptions/manage?token=m1">Manage preferences</a>');
  });

  it('uses the singular for one signatory', () => {
    expect(render({ signatoryCount: 1 }).text).toContain('1 signatory now');
  });

  it('says what the registry held before a status step or a date correction', () => {
    const step = render({ change: change({ kind: 'status', from: to('planned', '2024-05-27') }) });
    expect(step.text).toContain('Previously recorded: planned, 27 May 2024.');
    const fix = render({ change: change({ kind: 'date', from: to('signed', '2024-05-26') }) });
    expect(fix.text).toContain('Previously recorded date: 26 May 2024.');
  });

  it('quotes each distinct claim once and caps the list', () => {
    const claims = Array.from({ length: 8 }, (_, i) => evidence({ url: `https://news${i}.example/a`, site: `news${i}.example` }));
    const mail = render({ change: change({ claims: [claims[0]!, ...claims] }) });
    expect(mail.text.match(/news0\.example\/a/g)).toHaveLength(1);
    expect(mail.text).toContain('news4.example');
    expect(mail.text).not.toContain('news5.example');
    expect(mail.text).toContain('…and 3 more on the dashboard.');
  });
});

describe('renderChangeAlert safety', () => {
  const hostile = '<script>alert(1)</script><a href="javascript:x">click</a>';

  it('escapes scraped evidence and site names in HTML', () => {
    const mail = render({ change: change({ claims: [evidence({ evidence: hostile, site: '<img src=x onerror=alert(2)>' })] }) });
    expect(mail.html).not.toContain('<script');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('href="javascript');
    expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    // The plain-text part quotes it verbatim: text/plain cannot execute anything.
    expect(mail.text).toContain(hostile);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'not a url'])('does not link %s', (url) => {
    const mail = render({ change: change({ claims: [evidence({ url })] }) });
    expect(mail.html).not.toMatch(/href="(?!https?:)/i);
    expect(mail.html).not.toContain(url.replace(/</g, '&#60;'));
    expect(mail.text).not.toContain(url);
    expect(mail.html).toContain('press.example');
  });

  it('keeps CR/LF and control characters out of subject and headers', () => {
    const mail = render({
      agreementLabel: 'pact\r\nBcc: victim@example.org\r\n\r\n<b>body</b>',
      domain: 'evil\r\nX-Injected: 1',
      change: change({ id: 'id\r\nX-Injected: 2', claims: [evidence({ evidence: 'line\r\nX-Injected: 3' })] }),
      subscriber: { ...subscriber, id: 'sub\n1' },
      links: { ...LINKS, unsubscribe: 'https://alerts.example/u?t=1\r\nX-Injected: 4' },
    });
    for (const value of [mail.subject, mail.messageId, ...Object.keys(mail.headers), ...Object.values(mail.headers)]) {
      expect(value).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
    expect(mail.subject).toContain('pact Bcc: victim@example.org <b>body</b>');
    expect(mail.messageId).toMatch(/^<change-[A-Za-z0-9_=+-]+\.[A-Za-z0-9_=+-]+@[a-z0-9.-]+>$/);
    expect(mail.text).not.toMatch(/^X-Injected/m);
  });

  it('refuses links of its own that are not http(s)', () => {
    expect(() => render({ links: { ...LINKS, unsubscribe: 'javascript:alert(1)' } })).toThrow(/links\.unsubscribe/);
  });
});

describe('renderChangeAlert headers and Message-ID', () => {
  it('carries RFC 8058 one-click unsubscribe and List-Id', () => {
    expect(render().headers).toEqual({
      'List-Unsubscribe': '<https://alerts.example/unsubscribe?token=u1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': 'pactwatch alerts <alerts.pactwatch>',
    });
  });

  it('has a Message-ID stable per (change, subscriber)', () => {
    expect(render().messageId).toBe('<change-c0ffee.sub1@pactwatch>');
    expect(render({ domain: 'alerts.example' }).messageId).toBe('<change-c0ffee.sub1@alerts.example>');
    expect(render({ signatoryCount: 28 }).messageId).toBe(render().messageId);
    expect(render({ subscriber: { ...subscriber, id: 'sub2' } }).messageId).not.toBe(render().messageId);
  });
});
