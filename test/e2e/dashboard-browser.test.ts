import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chromium, type BrowserContext } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/app/http/create-server.js';
import { createRuntime, type Runtime } from '../../src/app/runtime/create-runtime.js';
import { startWorkers, type WorkerPool } from '../../src/app/queues/start-workers.js';
import { createLogger } from '../../src/app/logging/create-logger.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { loadConfig } from '../../src/app/config/load-config.js';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import { changeId } from '../../src/core/reconcile/change-id.js';
import type { Change, Evidence } from '../../src/core/schemas/registry.js';
import { writeConfigDir } from '../helpers/config-dir.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const prefix = uniquePrefix('browser');
let runtime: Runtime;
let pool: WorkerPool;
let smtp: SmtpSink;
let app: FastifyInstance;
let base: string;
let context: BrowserContext;
let profile: string;
let known: Array<{ party: string; status: string; date: string | null }>;

function evidence(text: string, url: string, status: Evidence['status'], date: string | null): Evidence {
  return { evidence: text, url, sourceId: 'harbour', site: new URL(url).hostname, trust: 'press', published: '2025-12-03', confidence: 0.9, status, date };
}

beforeAll(async () => {
  // The real known list, so the chart shows what an operator sees.
  const signatories = parse(readFileSync(new URL('../../config/signatories.yaml', import.meta.url), 'utf8'));
  known = signatories.signatories;
  const dir = writeConfigDir({
    sources: {
      sources: [
        { id: 'harbour-times', kind: 'feed', url: 'https://harbour.example/rss', every: '15m' },
        { id: 'gov-wire', kind: 'feed', url: 'https://gov.example/atom', every: '1h', trust: 'official' },
      ],
    },
    signatories,
  });
  smtp = await startSmtpSink();
  const config = loadConfig({ PACTWATCH_CONFIG: dir, PACTWATCH_PREFIX: prefix, REDIS_URL, SMTP_URL: smtp.url, TOKEN_SECRET: 'browser-test-secret-0123456789' });
  runtime = createRuntime(config, { log: createLogger('silent') });
  const { stores } = runtime.deps;

  const state = applyKnownList(null, config.known);
  const nz = evidence('New Zealand and Ukraine signed a bilateral security agreement in Wellington on Tuesday, the two governments said.', 'https://harbour.example/world/nz-ukraine', 'signed', '2025-12-02');
  const change: Change = { id: changeId('NZ', 'new', { status: 'signed', date: '2025-12-02' }), party: 'NZ', kind: 'new', from: null, to: { status: 'signed', date: '2025-12-02' }, confirmed: true, detectedAt: '2025-12-03T08:00:00.000Z', confirmedAt: '2025-12-03T08:00:00.000Z', claims: [nz] };
  state.entries.NZ = { party: 'NZ', status: 'signed', date: '2025-12-02', place: 'Wellington', firstSeen: change.detectedAt, lastSeen: change.detectedAt, seeded: false, sources: [], claims: [nz] };
  const au = evidence('Australia is expected to sign a security agreement with Ukraine next month, officials said.', 'https://harbour.example/world/au-plans', 'planned', null);
  const pendingId = changeId('AU', 'new', { status: 'planned', date: null });
  state.pending[pendingId] = { id: pendingId, party: 'AU', kind: 'new', from: null, to: { status: 'planned', date: null }, confirmed: false, detectedAt: '2025-12-03T09:00:00.000Z', confirmedAt: null, claims: [au] };
  await stores.registry.commit({ expectedVersion: '0', state, changes: [change], consumedClaims: 0 });
  await stores.registry.saveChanges([change]);
  await stores.sourceState.recordSuccess('harbour-times', new Date(), { httpStatus: 200, latencyMs: 84, items: 25, newItems: 1, notModified: false });
  await stores.sourceState.recordFailure('gov-wire', new Date(), { error: 'HTTP 503 Service Unavailable', httpStatus: 503, latencyMs: 412 });
  await stores.subscribers.upsert({ email: 'reader@example.org', state: 'active', parties: [], kinds: [], cadence: 'instant' }, new Date());

  app = await createServer({ ...runtime.deps, expectSchedulers: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  config.env.PUBLIC_URL = base; // links in mail point at this server
  // Only the confirmation-mail queue runs: the double opt-in below goes through the real worker and SMTP.
  pool = startWorkers(runtime.deps, runtime.workerConnection, ['confirm']);

  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  profile = mkdtempSync(join(tmpdir(), 'pactwatch-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await app?.close();
  await pool?.close(5_000);
  await runtime?.close();
  await smtp?.close();
  await deletePrefix(prefix);
});

describe('dashboard in a browser', () => {
  it('shows the registry as a table and a chart, loading nothing from elsewhere', async () => {
    const page = await context.newPage();
    const foreign: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const res = await page.goto(`${base}/`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);

    const signed = known.filter((k) => k.status === 'signed').length + 1; // + New Zealand
    expect(await page.locator('#signatory-count').textContent()).toBe(String(signed));
    const rows = page.locator('table.registry tbody tr');
    expect(await rows.count()).toBe(known.length + 1);
    const nz = page.locator('table.registry tr[data-party="NZ"]');
    await expect.poll(() => nz.locator('td').allTextContents()).toEqual([expect.stringContaining('New Zealand'), 'signed', '2025-12-02', 'Wellington', expect.stringMatching(/^1/), '2025-12-03']);
    expect(await page.locator('table.registry tr[data-party="GB"] td').nth(2).textContent()).toBe('2024-01-12');

    // The chart: one dot per dated signing, drawn with a real size, and labelled axes.
    const dots = page.locator('svg.timeline circle.t-dot');
    expect(await dots.count()).toBe(known.filter((k) => k.status === 'signed' && k.date).length + 1);
    const box = await page.locator('svg.timeline').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(150);
    expect(await page.locator('svg.timeline text.t-axis').allTextContents()).toContain('Jan 2024');
    expect(await page.locator('svg.timeline circle.t-dot title').last().textContent()).toBe('New Zealand — 2025-12-02');

    await expect.poll(() => page.locator('#changes .fact').first().textContent()).toBe('New Zealand signed a bilateral security agreement with Ukraine on 2 December 2025');
    expect(await page.locator('#pending .fact').first().textContent()).toMatch(/^Australia plans to sign/);
    expect(await page.locator('tr[data-source="gov-wire"] .badge').textContent()).toBe('degraded');
    expect(await page.locator('tr[data-source="gov-wire"] .err').textContent()).toBe('HTTP 503 Service Unavailable');

    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.locator('figure.chart').screenshot({ path: join(ARTIFACTS, 'dashboard-chart.png') });
    await page.close();
  });

  it('fits a phone: no page-wide horizontal scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const widths = await page.evaluate<{ doc: number; view: number }>('({ doc: document.documentElement.scrollWidth, view: window.innerWidth })');
    if (widths.doc > widths.view) console.log('too wide:', await page.evaluate(`[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.wrap')).slice(0, 8).map((e) => e.tagName + '.' + e.className)`));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect((await page.locator('svg.timeline').boundingBox())!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone.png'), fullPage: true });
    await page.close();
  });

  it('subscribes through the page and confirms through the link in the captured mail', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/subscribe`);
    await page.fill('input[name="email"]', 'newcomer@example.org');
    await Promise.all([page.waitForURL(`${base}/subscribe`), page.click('button[type="submit"]')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your inbox');
    const [mail] = await smtp.waitFor(1, 20_000);
    expect(mail, 'no confirmation mail arrived').toBeDefined();
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.value[0]?.address).toBe('newcomer@example.org');
    const link = mail!.text?.match(/https?:\/\/\S+\/subscriptions\/confirm\?token=\S+/)?.[0];
    expect(link, mail!.text).toBeDefined();
    expect(link!.startsWith(base)).toBe(true);

    await page.goto(link!);
    const stores = runtime.deps.stores;
    expect((await stores.subscribers.byEmail('newcomer@example.org'))?.state).toBe('pending'); // opening the link changes nothing
    await page.click('button[type="submit"]');
    await expect.poll(async () => (await stores.subscribers.byEmail('newcomer@example.org'))?.state).toBe('active');

    await page.goto(`${base}/#operations`);
    expect(await page.locator('dl.counts div').first().textContent()).toBe('active2');
    await page.close();
  });
});
