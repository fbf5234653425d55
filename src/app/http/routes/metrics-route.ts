import type { SourceHealth } from '../../../adapters/redis/source-state-store.js';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { COUNTERS, type Counter as CounterName } from '../../../adapters/redis/counters.js';
import { QUEUE_NAMES } from '../../queues/queue-names.js';
import type { ServerDeps } from '../server-deps.js';

/** Prometheus name and help of each lifetime total kept in Redis (src/adapters/redis/counters.ts). */
const COUNTER_METRICS: Record<CounterName, [string, string]> = {
  polls: ['pactwatch_polls_total', 'Source polls that succeeded (any process of this deployment)'],
  pollFailures: ['pactwatch_poll_failures_total', 'Source polls that failed'],
  articles: ['pactwatch_articles_total', 'Articles read'],
  articleFailures: ['pactwatch_article_failures_total', 'Article fetches or parses that failed'],
  claims: ['pactwatch_claims_total', 'Claims extracted from articles'],
  changes: ['pactwatch_changes_total', 'Confirmed registry changes'],
  pendingChanges: ['pactwatch_pending_changes_total', 'Unconfirmed candidate changes first seen'],
  mailsSent: ['pactwatch_mails_sent_total', 'Alert mails sent'],
  mailsFailed: ['pactwatch_mails_failed_total', 'Alert mails that failed for good'],
};

const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;

/** Reads one value per scrape however many metrics ask for it. */
function perScrape<T>(load: () => Promise<T>, ttlMs = 1_000): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      const value = load();
      cached = { at: Date.now(), value };
      value.catch(() => (cached = null));
    }
    return cached.value;
  };
}

/**
 * One registry per server: Node's default metrics plus pactwatch's. The counters are the lifetime
 * totals in Redis, read at scrape time, so any process's `/metrics` shows the whole deployment and a
 * restart never resets them; queue depths and source health are gauges read the same way. A scrape
 * while Redis is away keeps the last values rather than failing.
 */
export function createMetricsRegistry(deps: ServerDeps): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const warn = (what: string) => (err: unknown) => deps.log.warn({ err: (err as Error).message }, `metrics: could not read ${what}`);

  const snapshot = perScrape(() => deps.stores.counters.snapshot());
  for (const name of COUNTERS) {
    const [metric, help] = COUNTER_METRICS[name];
    new Counter({
      name: metric,
      help,
      registers: [register],
      async collect() {
        const totals = await snapshot().catch(warn('counters'));
        if (!totals) return;
        this.reset();
        this.inc(totals[name]);
      },
    });
  }

  new Gauge({
    name: 'pactwatch_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [register],
    async collect() {
      const counts = await Promise.all(QUEUE_NAMES.map((q) => deps.queues[q].getJobCounts(...JOB_STATES))).catch(warn('queue counts'));
      if (!counts) return;
      QUEUE_NAMES.forEach((queue, i) => {
        for (const state of JOB_STATES) this.set({ queue, state }, counts[i]![state] ?? 0);
      });
    },
  });

  const health = perScrape(() => Promise.all(deps.config.sources.map(async (s) => ({ id: s.id, health: await deps.stores.sourceState.health(s.id) }))));
  type HealthRow = { id: string; health: SourceHealth };
  // One gauge per source field; a source without a value (never polled, no latency) is left out.
  const sourceGauge = (name: string, help: string, value: (r: HealthRow) => number | null) =>
    new Gauge({
      name,
      help,
      labelNames: ['source'],
      registers: [register],
      async collect() {
        const rows = await health().catch(warn('source health'));
        if (!rows) return;
        this.reset();
        for (const r of rows) {
          const v = value(r);
          if (v !== null) this.set({ source: r.id }, v);
        }
      },
    });
  sourceGauge('pactwatch_source_fetch_latency_seconds', 'Latency of the last fetch of each source', (r) =>
    r.health.latencyMs === null ? null : r.health.latencyMs / 1000,
  );
  sourceGauge('pactwatch_source_up', '1 when the last poll of the source succeeded, 0 when it failed (absent before the first poll)', (r) =>
    r.health.state === 'unknown' ? null : r.health.state === 'ok' ? 1 : 0,
  );
  sourceGauge('pactwatch_source_last_poll_timestamp_seconds', 'Unix time of the last poll of each source', (r) =>
    r.health.lastPollAt ? Date.parse(r.health.lastPollAt) / 1000 : null,
  );

  new Gauge({
    name: 'pactwatch_subscribers',
    help: 'Subscribers by state',
    labelNames: ['state'],
    registers: [register],
    async collect() {
      const all = await deps.stores.subscribers.all().catch(warn('subscribers'));
      if (!all) return;
      for (const state of ['pending', 'active', 'unsubscribed']) this.set({ state }, all.filter((s) => s.state === state).length);
    },
  });

  return register;
}

export function registerMetricsRoute(app: FastifyInstance, deps: ServerDeps): void {
  const register = createMetricsRegistry(deps);
  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', register.contentType).header('cache-control', 'no-store');
    return register.metrics();
  });
}
