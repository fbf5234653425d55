import type { Job } from 'bullmq';
import { ReconcilePayloadSchema } from '../src/app/queues/payloads.js';
import { enqueueReconcile } from '../src/app/queues/enqueue-reconcile.js';
import { reconcile as reconcileRegistry } from '../src/core/reconcile/index.js';
import { applyKnownList } from '../src/core/known-list/apply-known-list.js';
import type { Deps } from '../src/app/runtime/deps.js';

/** Claims taken per run: bounds the job's CPU time so its lock never lapses (a lapsed lock runs it twice). */
const BATCH = 500;

export interface ReconcileJobResult {
  claims: number;
  changes: string[];
  pending: number;
}

/**
 * reconcile: registry + new claims → registry' + changes (pure, in core). Confirmed changes are stored
 * and their notify jobs queued (job id = change id) BEFORE the registry commit: a crash in between
 * recomputes the same ids on the next run, and the queue and the outbox absorb the repeat.
 */
export async function reconcile(job: Job, deps: Deps): Promise<ReconcileJobResult> {
  ReconcilePayloadSchema.parse(job.data);
  const { stores, config, log } = deps;
  const { state, version } = await stores.registry.load();
  const claims = await stores.inbox.peek(BATCH);
  const result = reconcileRegistry({
    state: applyKnownList(state, config.known),
    claims,
    policy: { ...config.app.policy },
    now: deps.clock(),
  });
  // Candidates the operator dismissed (POST /api/admin/changes/:id/dismiss) never come back as pending.
  const dismissed = await stores.control.dismissedChanges();
  for (const id of dismissed) delete result.state.pending[id];
  result.pendingTouched = result.pendingTouched.filter((c) => !dismissed.has(c.id));
  await stores.registry.saveChanges(result.changes);
  if (result.changes.length)
    await deps.queues.notify.addBulk(result.changes.map((c) => ({ name: 'notify', data: { changeId: c.id }, opts: { jobId: c.id } })));
  await stores.registry.commit({ expectedVersion: version, state: result.state, changes: result.changes, consumedClaims: claims.length });
  await stores.counters.add('changes', result.changes.length);
  const newPending = result.pendingTouched.filter((c) => !state?.pending[c.id]).length;
  await stores.counters.add('pendingChanges', newPending);
  for (const c of result.changes) log.info({ changeId: c.id, party: c.party, kind: c.kind, to: c.to }, 'registry changed');
  if (claims.length === BATCH) await enqueueReconcile(deps.queues, 'more claims');
  return { claims: claims.length, changes: result.changes.map((c) => c.id), pending: Object.keys(result.state.pending).length };
}
