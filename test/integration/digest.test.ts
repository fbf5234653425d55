import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from 'bullmq';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { createRuntime, type Runtime } from '../../src/app/runtime/create-runtime.js';
import { createLogger } from '../../src/app/logging/create-logger.js';
import { loadConfig } from '../../src/app/config/load-config.js';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import { syncDigestSchedulers } from '../../src/app/queues/sync-schedulers.js';
import { digest } from '../../jobs/digest.js';
import type { Change, Evidence, Subscriber } from '../../src/core/schemas/index.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { SEED_KNOWN } from '../helpers/seed-site.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const prefix = uniquePrefix('digest');
let smtp: SmtpSink;
let runtime: Runtime;
const DAY = 24 * 3600_000;

function evidence(over: Partial<Evidence> = {}): Evidence {
  return { evidence: 'Signed today in the capital.', url: 'https://news.example/a', sourceId: 'press', site: 'news.example', trust: 'press', published: '2024-06-13', confidence: 0.9, status: 'signed', date: '2024-06-13', ...over };
}
function change(id: string, party: string, over: Partial<Change> = {}): Change {
  return { id, party, kind: 'new', from: null, to: { status: 'signed', date: '2024-06-13' }, confirmed: true, detectedAt: new Date().toISOString(), confirmedAt: new Date().toISOString(), claims: [evidence()], ...over };
}
/** Commits changes the way reconcile does: registry + change stream in one step. */
async function commit(changes: Change[], pending: Change[] = []) {
  const { stores, config } = runtime.deps;
  const { state, version } = await stores.registry.load();
  const next = applyKnownList(state, config.known);
  for (const p of pending) next.pending[p.id] = p;
  await stores.registry.saveChanges(changes);
  await stores.registry.commit({ expectedVersion: version, state: next, changes, consumedClaims: 0 });
}
const job = (cadence: 'daily' | 'weekly', at: Date) => ({ data: { cadence, at: at.toISOString() }, opts: {}, timestamp: Date.now() }) as unknown as Job;
const to = (m: SmtpSink['messages'][number]) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;
const mailsTo = (a: string) => smtp.messages.filter((m) => to(m) === a);
async function add(email: string, over: Partial<Subscriber>): Promise<Subscriber> {
  const since = new Date(Date.now() - 2 * DAY).toISOString();
  return (await runtime.deps.stores.subscribers.upsert({ email, state: 'active', parties: [], kinds: [], cadence: 'daily', confirmedAt: since, createdAt: since, ...over }, new Date())).subscriber;
}
const settle = () => new Promise((r) => setTimeout(r, 300));

beforeAll(async () => {
  smtp = await startSmtpSink();
  const dir = writeConfigDir({
    sources: { sources: [{ id: 'ledger', kind: 'feed', url: 'https://news.example/feed.xml', every: '15m' }] },
    signatories: SEED_KNOWN,
    app: { mail: { rateLimitPerSecond: 1000 } },
  });
  runtime = createRuntime(loadConfig({ PACTWATCH_CONFIG: dir, PACTWATCH_PREFIX: prefix, REDIS_URL, SMTP_URL: smtp.url, TOKEN_SECRET: 'digest-secret-0123456789', PUBLIC_URL: 'https://alerts.example.org' }), { log: createLogger('silent') });
});
afterAll(async () => {
  await runtime?.close();
  await smtp?.close();
  await deletePrefix(prefix);
});

describe('digests', () => {
  let end: Date;
  let all: Subscriber;

  it('a daily digest covers the three changes confirmed since the last one, filtered per subscriber', async () => {
    all = await add('daily@example.org', {});
    await add('daily-gb@example.org', { parties: ['GB'] });
    await add('daily-ca@example.org', { parties: ['CA'] });
    await add('daily-pending@example.org', { kinds: ['pending'] });
    await add('weekly@example.org', { cadence: 'weekly' });
    await add('instant@example.org', { cadence: 'instant' });
    await add('unconfirmed@example.org', { state: 'pending' });

    await commit(
      [
        change('ces1', 'ES', { to: { status: 'signed', date: '2024-05-27' } }),
        change('cus1', 'US', { kind: 'status', from: { status: 'negotiating', date: null }, to: { status: 'planned', date: '2024-06-13' } }),
        change('cca1', 'CA', {
          claims: [evidence({ evidence: '<script>alert("x")</script> Canada signed', site: 'evil.example\r\nBcc: all@example.org', url: 'javascript:alert(1)' })],
        }),
      ],
      [change('pno1', 'NO', { confirmed: false, confirmedAt: null })],
    );
    end = new Date(Date.now() + 1000);
    const result = await digest(job('daily', end), runtime.deps);
    expect(result).toMatchObject({ cadence: 'daily', subscribers: 4, sent: 3, empty: 1, skipped: 0, failed: 0 });
    await settle();

    const [mail, ...more] = mailsTo('daily@example.org');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`pactwatch daily digest: 3 changes — ${end.getUTCDate()} ${end.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${end.getUTCFullYear()}`);
    expect(mail!.messageId).toBe(`<digest-daily-${end.toISOString().slice(0, 10)}.${all.id}@pactwatch>`);
    expect(mail!.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail!.text).toMatch(/Spain\s+new: signed\s+27 May 2024/);
    expect(mail!.text).toMatch(/The United States\s+negotiating → plans to sign\s+13 June 2024/);
    expect(mail!.text).toMatch(/Canada\s+new: signed/);
    expect(mail!.text).not.toMatch(/Norway|not yet confirmed/);
    expect((mail!.html as string).match(/<tr>/g)).toHaveLength(4);
    // Hostile evidence arrives escaped, its javascript: link dropped, its CRLF flattened.
    expect(mail!.html).not.toMatch(/<script|href="javascript:/);
    expect(mail!.html).toContain('&#60;script&#62;');
    expect(mail!.headers.get('bcc')).toBeUndefined();

    expect(mailsTo('daily-gb@example.org')).toHaveLength(0); // nothing about GB: no mail
    expect(mailsTo('daily-ca@example.org')).toHaveLength(1);
    expect(mailsTo('daily-ca@example.org')[0]!.text).not.toMatch(/Spain|United States/);
    const pendingMail = mailsTo('daily-pending@example.org')[0]!;
    expect(pendingMail.text).toMatch(/Reported, not yet confirmed:\n\n {2}Norway/);
    for (const a of ['weekly@example.org', 'instant@example.org', 'unconfirmed@example.org']) expect(mailsTo(a)).toHaveLength(0);
  });

  it('a retry of the same period never sends twice, even after losing the cursor', async () => {
    const before = smtp.messages.length;
    expect(await digest(job('daily', end), runtime.deps)).toMatchObject({ sent: 0 });
    // A crash between "sent" and the cursor write: the outbox still knows the digest went out.
    await runtime.deps.redis.hdel(`${prefix}:state:digest-cursors`, all.id);
    expect(await digest(job('daily', end), runtime.deps)).toMatchObject({ sent: 0, skipped: 1 });
    await settle();
    expect(smtp.messages.length).toBe(before);
  });

  it('the next period carries only what is new, and nothing new sends nothing', async () => {
    const before = smtp.messages.length;
    const next = new Date(end.getTime() + DAY);
    expect(await digest(job('daily', next), runtime.deps)).toMatchObject({ sent: 0, empty: 4 });
    await commit([change('cjp1', 'JP')]);
    const third = new Date(Math.max(Date.now() + 1000, next.getTime() + DAY));
    expect(await digest(job('daily', third), runtime.deps)).toMatchObject({ sent: 2, empty: 2 });
    await settle();
    const fresh = smtp.messages.slice(before);
    expect(fresh.map(to).sort()).toEqual(['daily-pending@example.org', 'daily@example.org']);
    expect(fresh[0]!.subject).toMatch(/1 change —/);
    expect(fresh[0]!.text).toMatch(/Japan/);
    expect(fresh[0]!.text).not.toMatch(/Spain/);
  });

  it('the weekly digest is its own period and cursor', async () => {
    const weekly = new Date(end.getTime() + 3 * DAY);
    const r = await digest(job('weekly', new Date(Math.max(weekly.getTime(), Date.now() + 1000))), runtime.deps);
    expect(r).toMatchObject({ cadence: 'weekly', subscribers: 1, sent: 1 });
    await settle();
    expect(mailsTo('weekly@example.org')[0]!.subject).toMatch(/^pactwatch weekly digest: 4 changes/);
  });

  it('schedules daily and weekly digests from config, once', async () => {
    const { queues, redis, stores, config } = runtime.deps;
    const lock = `${stores.keys.schedulerLock}:digest`;
    expect(await syncDigestSchedulers(queues.digest, redis, lock, config.app.digest, 12)).toEqual(['digest-daily', 'digest-weekly']);
    expect(await syncDigestSchedulers(queues.digest, redis, lock, config.app.digest, 12)).toEqual([]);
    const schedulers = (await queues.digest.getJobSchedulers(0, -1, true)).map((s) => [s.key, s.pattern, s.tz]).sort();
    expect(schedulers).toEqual([['digest-daily', '0 7 * * *', 'UTC'], ['digest-weekly', '0 7 * * 1', 'UTC']]);
    const changed = await syncDigestSchedulers(queues.digest, redis, lock, { ...config.app.digest, dailyCron: '30 6 * * *' }, 12);
    expect(changed).toEqual(['digest-daily']);
    const delayed = await queues.digest.getDelayed();
    const daily = delayed.find((j) => j.repeatJobKey === 'digest-daily')!;
    expect(daily.data).toEqual({ cadence: 'daily' });
    expect(new Date(daily.opts.prevMillis!).toISOString()).toMatch(/T06:30:00\.000Z$/);
  });
});
