import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Job } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer } from '../../src/app/http/create-server.js';
import { createRuntime, type Runtime } from '../../src/app/runtime/create-runtime.js';
import { startWorkers, type WorkerPool } from '../../src/app/queues/start-workers.js';
import { createLogger } from '../../src/app/logging/create-logger.js';
import { loadConfig } from '../../src/app/config/load-config.js';
import { mailLinks } from '../../src/app/runtime/mail-links.js';
import { signToken } from '../../src/core/tokens/signed-token.js';
import { subscriberId } from '../../src/adapters/redis/subscriber-store.js';
import { notify, PendingDeliveriesError } from '../../jobs/notify.js';
import type { Change } from '../../src/core/schemas/index.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { SEED_KNOWN } from '../helpers/seed-site.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const prefix = uniquePrefix('subs-http');
const SECRET = 'subs-http-secret-0123456789';
const ADMIN = 'admin-token-0123456789abcdef';
const PER_IP = 40;

/** A real SMTP sink: addresses starting with `bounce` get 550 at RCPT, `later` get 451. */
interface Sink { url: string; mails: ParsedMail[]; rcpt: string[]; close(): Promise<void> }
async function startSink(): Promise<Sink> {
  const mails: ParsedMail[] = [];
  const rcpt: string[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(address, _s, cb) {
      rcpt.push(address.address);
      if (address.address.startsWith('bounce')) return cb(Object.assign(new Error('5.1.1 no such user'), { responseCode: 550 }));
      if (address.address.startsWith('later')) return cb(Object.assign(new Error('4.2.1 try again later'), { responseCode: 451 }));
      cb();
    },
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => { mails.push(m); cb(); }, cb);
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, mails, rcpt, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const toOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;
async function mailTo(sink: Sink, address: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = sink.mails.filter((m) => toOf(m) === address);
    if (got.length >= count || Date.now() > until) return got;
    await new Promise((r) => setTimeout(r, 25));
  }
}

let sink: Sink;
let runtime: Runtime;
let pool: WorkerPool;
let app: FastifyInstance;
let closedApp: FastifyInstance;
let base: string;
let oneClick = '';

/** Links in mail point at PUBLIC_URL; the test server listens elsewhere. */
const local = (link: string) => { const u = new URL(link); return `${base}${u.pathname}${u.search}`; };
const linkIn = (m: ParsedMail, path: string) => local(new RegExp(`https?://\\S+${path}\\?token=[^\\s"<>]+`).exec(m.text ?? '')![0]);
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const form = (body: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) p.append(k, x);
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: p.toString() };
};
const store = () => runtime.deps.stores.subscribers;

function change(over: Partial<Change> = {}): Change {
  return {
    id: 'cus01', party: 'US', kind: 'new', from: null, to: { status: 'signed', date: '2024-06-13' }, confirmed: true,
    detectedAt: '2024-06-13T12:00:00.000Z', confirmedAt: '2024-06-13T12:00:00.000Z',
    claims: [{ evidence: 'The US and Ukraine signed a security agreement.', url: 'https://news.example/us', sourceId: 'press', site: 'news.example', trust: 'press', published: '2024-06-13', confidence: 0.9, status: 'signed', date: '2024-06-13' }],
    ...over,
  };
}
async function runNotify(c: Change) {
  await runtime.deps.stores.registry.saveChanges([c]);
  return notify({ data: { changeId: c.id } } as Job, runtime.deps);
}

beforeAll(async () => {
  sink = await startSink();
  const dir = writeConfigDir({
    sources: { sources: [{ id: 'ledger', kind: 'feed', url: 'https://news.example/feed.xml', every: '15m' }] },
    signatories: SEED_KNOWN,
    app: { queues: { backoffSeconds: 0.2 }, mail: { rateLimitPerSecond: 1000 }, subscriptions: { perAddressPerHour: 3, perIpPerHour: PER_IP } },
  });
  const env = { PACTWATCH_CONFIG: dir, PACTWATCH_PREFIX: prefix, REDIS_URL, SMTP_URL: sink.url, TOKEN_SECRET: SECRET, PUBLIC_URL: 'https://alerts.example.org/', ADMIN_TOKEN: ADMIN };
  const config = loadConfig(env);
  runtime = createRuntime(config, { log: createLogger('silent') });
  pool = startWorkers(runtime.deps, runtime.workerConnection, ['confirm']);
  app = await createServer({ ...runtime.deps, expectSchedulers: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const { ADMIN_TOKEN: _off, ...noAdmin } = env;
  closedApp = await createServer({ ...runtime.deps, config: loadConfig(noAdmin), expectSchedulers: false });
  await closedApp.ready();
});

afterAll(async () => {
  await app?.close();
  await closedApp?.close();
  await pool?.close(5_000);
  await runtime?.close();
  await sink?.close();
  await deletePrefix(prefix);
});

describe('sign-up with double opt-in', () => {
  it('serves a subscribe page that works without script or foreign resources', async () => {
    const res = await fetch(`${base}/subscribe`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<form method="post" action="\/subscribe">/);
    expect(html).toMatch(/<input id="email" name="email" type="email"/);
    expect(html).toMatch(/name="kinds" value="pending"/);
    expect(html).toMatch(/name="cadence" value="weekly"/);
    expect(html).not.toMatch(/<script|(src|href)="https?:/);
  });

  it('refuses a bad body with 400 naming the problem', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ email: 'nope' }, /email: email is not a valid email address/],
      [{ email: 'a@example.org', kinds: ['new', 'gossip'] }, /kinds\[1\]: kinds may be new, status, date or pending/],
      [{ email: 'a@example.org', cadence: 'hourly' }, /cadence: cadence must be instant, daily or weekly/],
      [{ email: 'a@example.org', parties: ['GB', 'Narnia'] }, /parties\[1\]: a party is an ISO 3166-1 alpha-2 code/],
    ];
    for (const [body, message] of cases) {
      const res = await fetch(`${base}/api/subscriptions`, json(body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
    expect(await store().byEmail('a@example.org')).toBeNull();
  });

  it('mails a confirmation link; GET shows a button and changes nothing; POST activates', async () => {
    const email = 'reader@example.org';
    const res = await fetch(`${base}/api/subscriptions`, json({ email: 'Reader@Example.org', parties: ['US', 'GB'], kinds: ['new', 'pending'], cadence: 'instant' }));
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ status: 'pending', email });
    expect(await store().byEmail(email)).toMatchObject({ state: 'pending', parties: ['US', 'GB'], kinds: ['new', 'pending'], cadence: 'instant' });

    // Nothing but the confirmation reaches an unconfirmed address.
    expect((await runNotify(change({ id: 'cpre01' }))).recipients).toBe(0);
    const [mail] = await mailTo(sink, email);
    expect(mail!.subject).toBe('Confirm your pactwatch subscription');
    expect(mail!.messageId).toMatch(/^<confirm-[0-9a-f]+\.s[0-9a-f]+@pactwatch>$/);
    expect(mail!.text).toMatch(/Parties: the United States, the United Kingdom/);
    const link = linkIn(mail!, '/subscriptions/confirm');
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/subscriptions\/confirm\?token=confirm\./);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<form method="post" action="\/subscriptions\/confirm\?token=/);
    expect((await store().byEmail(email))!.state).toBe('pending'); // a scanner's GET confirms nothing

    const post = await fetch(link, { method: 'POST', redirect: 'manual' });
    expect(post.status).toBe(200);
    expect(await post.text()).toMatch(/is subscribed/);
    const active = (await store().byEmail(email))!;
    expect(active).toMatchObject({ state: 'active', confirmedFrom: '127.0.0.1' });
    expect(active.confirmedAt).toBeTruthy();
    expect(active.confirmNonce).toBeNull();
    expect((await fetch(link, { method: 'POST' })).status).toBe(200); // twice is harmless

    // Confirmed: the next alert arrives, with one-click unsubscribe and a stable Message-ID.
    await runNotify(change());
    const [alert] = (await mailTo(sink, email, 2)).slice(1);
    expect(alert!.subject).toMatch(/United States/);
    const header = (key: string) => alert!.headerLines.find((h) => h.key === key)?.line.replace(/\r\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe'))
      .toMatch(/^List-Unsubscribe: <https:\/\/alerts\.example\.org\/unsubscribe\?token=unsubscribe\.s[0-9a-f]+\.0\.[\w-]+>$/);
    expect(alert!.messageId).toBe(`<change-cus01.${active.id}@pactwatch>`);
    oneClick = local(/<(\S+)>/.exec(header('list-unsubscribe')!)![1]!);
  });

  it('re-subscribing an active address neither downgrades nor re-configures it', async () => {
    const email = 'reader@example.org';
    const before = (await store().byEmail(email))!;
    const res = await fetch(`${base}/api/subscriptions`, json({ email, parties: ['FR'], cadence: 'weekly' }));
    expect(res.status).toBe(202);
    expect(await store().byEmail(email)).toEqual(before);
    const mails = await mailTo(sink, email, 3);
    expect(mails[2]!.subject).toBe('You are already subscribed to pactwatch alerts');
    expect(mails[2]!.text).toMatch(/\/subscriptions\/manage\?token=manage\./);
    expect(mails[2]!.text).not.toMatch(/subscriptions\/confirm/);

    // RFC 8058: the mail client's one-click POST to the List-Unsubscribe URL, answered 200 without a redirect.
    const click = await fetch(oneClick, { ...form({ 'List-Unsubscribe': 'One-Click' }), redirect: 'manual' });
    expect(click.status).toBe(200);
    expect((await store().byEmail(email))!.state).toBe('unsubscribed');
    // Signing up again after that needs a new confirmation.
    expect((await fetch(`${base}/api/subscriptions`, json({ email }))).status).toBe(202);
    expect((await store().byEmail(email))!.state).toBe('pending');
    expect((await mailTo(sink, email, 4))[3]!.subject).toBe('Confirm your pactwatch subscription');
  });

  it('only the newest confirmation link works, and none after it expires', async () => {
    const email = 'twice@example.org';
    expect((await fetch(`${base}/api/subscriptions`, json({ email }))).status).toBe(202);
    const first = linkIn((await mailTo(sink, email))[0]!, '/subscriptions/confirm');
    expect((await fetch(`${base}/api/subscriptions`, json({ email, cadence: 'daily' }))).status).toBe(202);
    const second = linkIn((await mailTo(sink, email, 2))[1]!, '/subscriptions/confirm');
    expect(second).not.toBe(first);
    expect((await fetch(first, { method: 'POST' })).status).toBe(410);
    expect((await store().byEmail(email))!.state).toBe('pending');

    const id = subscriberId(email);
    const s = (await store().get(id))!;
    const expired = signToken(SECRET, 'confirm', `${id}_${s.confirmNonce}`, new Date(Date.now() - 1000));
    const res = await fetch(`${base}/subscriptions/confirm?token=${encodeURIComponent(expired)}`, { method: 'POST' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/has expired/);
    expect((await fetch(second, { method: 'POST' })).status).toBe(200);
    expect(await store().byEmail(email)).toMatchObject({ state: 'active', cadence: 'daily' });
  });

  it('limits sign-ups per address with a clear 429 and Retry-After', async () => {
    const email = 'flood@example.org';
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/api/subscriptions`, json({ email }))).status).toBe(202);
    const res = await fetch(`${base}/api/subscriptions`, json({ email }));
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(((await res.json()) as { error: string }).error).toMatch(/too many sign-ups for this address: please try again in 60 minutes/);
    await new Promise((r) => setTimeout(r, 500));
    expect((await mailTo(sink, email, 4, 500)).length).toBe(3);
  });

  it('takes the form, answers with a page, and escapes what it echoes', async () => {
    const ok = await fetch(`${base}/subscribe`, form({ email: "o'brien+x@example.org", parties: 'gb, us', kinds: ['new', 'date'], cadence: 'weekly' }));
    expect(ok.status).toBe(202);
    expect(await ok.text()).toMatch(/Check your inbox/);
    expect(await store().byEmail("o'brien+x@example.org")).toMatchObject({ state: 'pending', parties: ['GB', 'US'], kinds: ['new', 'date'], cadence: 'weekly' });
    const [mail] = await mailTo(sink, "o'brien+x@example.org");
    expect(mail!.html).toContain('o&#39;brien+x@example.org');

    const bad = await fetch(`${base}/subscribe`, form({ email: '"><script>alert(1)</script>', parties: '<img src=x>' }));
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toMatch(/email: email is not a valid email address/);
    expect(html).not.toMatch(/<script>alert|<img src=x>/);
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('preferences and unsubscribe', () => {
  let id: string;
  beforeEach(async () => {
    id = (await store().upsert({ email: 'prefs@example.org', state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date())).subscriber.id;
  });

  it('shows the preferences behind the manage link and saves changes by POST', async () => {
    const link = local(mailLinks('https://alerts.example.org', SECRET, id).manage);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/name="cadence" value="instant" checked/);
    const saved = await fetch(link, form({ parties: 'EU, JP', kinds: ['status', 'pending'], cadence: 'daily' }));
    expect(saved.status).toBe(200);
    expect(await saved.text()).toMatch(/Saved\. You now receive:.*Parties: the European Union, Japan/s);
    expect(await store().get(id)).toMatchObject({ state: 'active', parties: ['EU', 'JP'], kinds: ['status', 'pending'], cadence: 'daily' });
    const bad = await fetch(link, form({ cadence: 'hourly' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/cadence: cadence must be instant, daily or weekly/);
    expect((await store().get(id))!.cadence).toBe('daily');
  });

  it("one address's token cannot touch another's subscription", async () => {
    const other = (await store().upsert({ email: 'other@example.org', state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date())).subscriber;
    const mine = mailLinks(base, SECRET, id);
    for (const link of [mine.unsubscribe, mine.manage]) {
      const forged = link.replace(id, other.id);
      expect(forged).not.toBe(link);
      const res = await fetch(forged, form({ 'List-Unsubscribe': 'One-Click', cadence: 'weekly' }));
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/not valid \(bad-signature\)/);
    }
    expect(await store().get(other.id)).toMatchObject({ state: 'active', cadence: 'instant' });
    // The token's own address is the one unsubscribed, whatever the body says.
    expect((await fetch(mine.unsubscribe, form({ email: 'other@example.org' }))).status).toBe(200);
    expect((await store().get(id))!.state).toBe('unsubscribed');
    expect((await store().get(other.id))!.state).toBe('active');
  });

  it('a removed subscriber’s links answer plainly', async () => {
    const links = mailLinks(base, SECRET, id);
    await store().remove('prefs@example.org');
    for (const [link, method] of [[links.unsubscribe, 'POST'], [links.unsubscribe, 'GET'], [links.manage, 'GET'], [links.manage, 'POST']] as const) {
      const res = await fetch(link, { method });
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/no longer subscribed/);
    }
  });
});

describe('delivery', () => {
  it('filters by party and cadence', async () => {
    await store().upsert({ email: 'gb-only@example.org', state: 'active', parties: ['GB'], kinds: [], cadence: 'instant' }, new Date());
    await store().upsert({ email: 'daily@example.org', state: 'active', parties: [], kinds: [], cadence: 'daily' }, new Date());
    await store().upsert({ email: 'status-only@example.org', state: 'active', parties: [], kinds: ['status'], cadence: 'instant' }, new Date());
    await store().upsert({ email: 'us-new@example.org', state: 'active', parties: ['US'], kinds: ['new'], cadence: 'instant' }, new Date());
    await runNotify(change({ id: 'cfilter01' }));
    expect(await mailTo(sink, 'us-new@example.org')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    for (const a of ['gb-only@example.org', 'daily@example.org', 'status-only@example.org']) expect(sink.mails.filter((m) => toOf(m) === a)).toHaveLength(0);
  });

  it('retries temporary refusals and flags an address after three permanent ones', async () => {
    const later = (await store().upsert({ email: 'later@example.org', state: 'active', parties: ['NO'], kinds: [], cadence: 'instant' }, new Date())).subscriber;
    await expect(runNotify(change({ id: 'cno01', party: 'NO' }))).rejects.toBeInstanceOf(PendingDeliveriesError);
    expect(await runtime.deps.stores.outbox.state('cno01', later.id)).toBeNull(); // given back for the retry
    await store().remove('later@example.org');

    const bouncer = (await store().upsert({ email: 'bounce@example.org', state: 'active', parties: ['SE'], kinds: [], cadence: 'instant' }, new Date())).subscriber;
    for (let i = 1; i <= 3; i++) {
      const r = await runNotify(change({ id: `cse0${i}`, party: 'SE', to: { status: 'signed', date: `2024-03-0${i}` } }));
      expect(r.failed).toBe(1); // permanent: marked failed, not retried (the job does not throw)
      expect(await runtime.deps.stores.outbox.state(`cse0${i}`, bouncer.id)).toBe('failed');
    }
    expect(await store().get(bouncer.id)).toMatchObject({ state: 'active', bouncing: true, permanentFailures: 3 });
    const attempts = sink.rcpt.filter((a) => a === 'bounce@example.org').length;
    expect((await runNotify(change({ id: 'cse04', party: 'SE' }))).failed).toBe(0);
    expect(await runtime.deps.stores.outbox.state('cse04', bouncer.id)).toBeNull();
    expect(sink.rcpt.filter((a) => a === 'bounce@example.org').length).toBe(attempts);
  });
});

describe('admin subscribers API', () => {
  const auth = { authorization: `Bearer ${ADMIN}` };

  it('refuses without ADMIN_TOKEN configured, or with a wrong or missing token', async () => {
    const off = await closedApp.inject({ method: 'GET', url: '/api/admin/subscribers', headers: auth });
    expect(off.statusCode).toBe(403);
    expect(off.json()).toEqual({ error: 'admin routes are disabled: set ADMIN_TOKEN' });
    const missing = await fetch(`${base}/api/admin/subscribers`);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: string }).error).toMatch(/admin token required/);
    const wrong = await fetch(`${base}/api/admin/subscribers.csv`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toBe('wrong admin token');
    const del = await fetch(`${base}/api/admin/subscribers/reader@example.org`, { method: 'DELETE' });
    expect(del.status).toBe(401);
    expect(await store().byEmail('reader@example.org')).not.toBeNull();
  });

  it('adds, lists, exports and removes', async () => {
    const add = await fetch(`${base}/api/admin/subscribers`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'Ops@Example.org', parties: 'GB', cadence: 'weekly' }) });
    expect(add.status).toBe(201);
    expect(await add.json()).toMatchObject({ created: true, subscriber: { email: 'ops@example.org', state: 'active', parties: ['GB'], cadence: 'weekly' } });
    const bad = await fetch(`${base}/api/admin/subscribers`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x' }) });
    expect(bad.status).toBe(400);

    const list = (await (await fetch(`${base}/api/admin/subscribers`, { headers: auth })).json()) as { counts: Record<string, number>; subscribers: Array<Record<string, unknown>> };
    const all = await store().all();
    expect(list.counts).toEqual({
      total: all.length,
      active: all.filter((s) => s.state === 'active').length,
      pending: all.filter((s) => s.state === 'pending').length,
      unsubscribed: all.filter((s) => s.state === 'unsubscribed').length,
      bouncing: 1,
    });
    expect(list.counts.pending).toBeGreaterThan(0);
    expect(list.subscribers.some((s) => 'confirmNonce' in s)).toBe(false);

    const csv = await fetch(`${base}/api/admin/subscribers.csv`, { headers: auth });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('email,state,cadence,parties,kinds,createdAt,confirmedAt,bouncing');
    expect(lines).toHaveLength(all.length + 1);
    expect(lines.find((l) => l.startsWith('ops@example.org,'))).toMatch(/^ops@example\.org,active,weekly,GB,all,/);

    expect((await fetch(`${base}/api/admin/subscribers/OPS@example.org`, { method: 'DELETE', headers: auth })).status).toBe(200);
    expect(await store().byEmail('ops@example.org')).toBeNull();
    expect((await fetch(`${base}/api/admin/subscribers/ops@example.org`, { method: 'DELETE', headers: auth })).status).toBe(404);
  });
});

describe('per-client limit', () => {
  it('limits sign-ups per client IP', async () => {
    await runtime.deps.redis.del(`${prefix}:state:ratelimit:signup-ip:127.0.0.1`);
    for (let i = 0; i < PER_IP; i++) expect((await fetch(`${base}/api/subscriptions`, json({ email: `many${i}@example.org` }))).status).toBe(202);
    const res = await fetch(`${base}/subscribe`, form({ email: 'one-more@example.org' }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.text()).toMatch(/too many sign-ups from your network/);
    expect(await store().byEmail('one-more@example.org')).toBeNull();
  });
});
