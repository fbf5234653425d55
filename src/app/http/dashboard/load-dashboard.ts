import type { RegistryView } from '../../../core/registry/registry-view.js';
import type { StoredChange } from '../../../adapters/redis/registry-store.js';
import type { SourceHealth } from '../../../adapters/redis/source-state-store.js';
import { QUEUE_NAMES, type QueueName } from '../../queues/queue-names.js';
import { loadView } from '../routes/api-routes.js';
import type { ServerDeps } from '../server-deps.js';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueCounts = Record<QueueName, Record<(typeof QUEUE_STATES)[number], number>>;

export interface SourceRow {
  id: string;
  kind: string;
  url: string;
  trust: string;
  enabled: boolean;
  paused: boolean;
  schedule: string;
  /** Epoch ms of the next scheduled poll (the Job Scheduler's `next`), or null. */
  nextRun: number | null;
  health: SourceHealth;
}

export interface DashboardData {
  now: Date;
  hub: string;
  label: string;
  view: RegistryView;
  recent: StoredChange[];
  sources: SourceRow[];
  queues: QueueCounts | null;
  subscribers: { pending: number; active: number; unsubscribed: number };
}

async function nextRuns(deps: ServerDeps): Promise<Map<string, number>> {
  try {
    const schedulers = await deps.queues.poll.getJobSchedulers(0, -1, true);
    return new Map(schedulers.filter((s) => s.key.startsWith('poll-') && s.next).map((s) => [s.key.slice('poll-'.length), Number(s.next)]));
  } catch {
    return new Map();
  }
}

async function queueCounts(deps: ServerDeps): Promise<QueueCounts | null> {
  try {
    const counts = await Promise.all(QUEUE_NAMES.map((q) => deps.queues[q].getJobCounts(...QUEUE_STATES)));
    return Object.fromEntries(
      QUEUE_NAMES.map((q, i) => [q, Object.fromEntries(QUEUE_STATES.map((s) => [s, counts[i]![s] ?? 0]))]),
    ) as QueueCounts;
  } catch {
    return null;
  }
}

/** Everything the dashboard shows, read in parallel. Read-only: a GET never changes state. */
export async function loadDashboard(deps: ServerDeps, recentLimit = 15): Promise<DashboardData> {
  const [view, recent, next, paused, health, queues, subscribers] = await Promise.all([
    loadView(deps),
    deps.stores.registry.recentChanges(recentLimit),
    nextRuns(deps),
    deps.stores.control.pausedSources(),
    Promise.all(deps.config.sources.map((s) => deps.stores.sourceState.health(s.id))),
    queueCounts(deps),
    deps.stores.subscribers.all(),
  ]);
  const by = (state: string) => subscribers.filter((s) => s.state === state).length;
  return {
    now: deps.clock(),
    hub: view.hub,
    label: deps.config.app.agreement.label,
    view,
    recent,
    sources: deps.config.sources.map((s, i) => ({
      id: s.id,
      kind: s.kind,
      url: s.url,
      trust: s.trust,
      enabled: s.enabled,
      paused: paused.has(s.id),
      schedule: s.cron ? `cron ${s.cron}` : `every ${s.every ?? '15m'}`,
      nextRun: next.get(s.id) ?? null,
      health: health[i]!,
    })),
    queues,
    subscribers: { pending: by('pending'), active: by('active'), unsubscribed: by('unsubscribed') },
  };
}
