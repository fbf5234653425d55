import type { FastifyInstance } from 'fastify';
import type { Change, RegistryState } from '../../../core/schemas/registry.js';
import { applyKnownList } from '../../../core/known-list/apply-known-list.js';
import { applyChange, reviewPending } from '../../../core/reconcile/apply.js';
import { stepFor } from '../../../core/reconcile/step.js';
import { changeId } from '../../../core/reconcile/change-id.js';
import { RegistryConflictError } from '../../../adapters/redis/registry-store.js';
import type { ServerDeps } from '../server-deps.js';

/** Commits race reconcile; a conflict means "read again", and a few rounds always settle it. */
const ATTEMPTS = 5;

export type ConfirmOutcome =
  | { outcome: 'confirmed'; change: Change }
  | { outcome: 'already-confirmed'; change: Change }
  | { outcome: 'obsolete'; reason: string }
  | { outcome: 'not-found' };

async function queueNotify(deps: ServerDeps, id: string): Promise<void> {
  // Job id = change id, as reconcile does: a repeated confirm never queues a second alert.
  await deps.queues.notify.add('notify', { changeId: id }, { jobId: id });
}

async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof RegistryConflictError) || i >= ATTEMPTS) throw err;
    }
  }
}

function without(pending: RegistryState['pending'], id: string): RegistryState['pending'] {
  const out = { ...pending };
  delete out[id];
  return out;
}

/**
 * Moves a pending change into the registry as confirmed, the way reconcile would have (applyChange,
 * then the other candidates of the party reviewed), committed with the version check; then its alert
 * is queued. Repeating the call on a confirmed change re-queues the alert (deduplicated), which
 * recovers a crash between commit and queue.
 */
export async function confirmPending(deps: ServerDeps, id: string): Promise<ConfirmOutcome> {
  return withRetry(async () => {
    const { state: stored, version } = await deps.stores.registry.load();
    const state = applyKnownList(stored, deps.config.known);
    const candidate = state.pending[id];
    if (!candidate) {
      const existing = await deps.stores.registry.getChange(id);
      if (existing?.confirmed) {
        await queueNotify(deps, id);
        return { outcome: 'already-confirmed', change: existing };
      }
      return { outcome: 'not-found' };
    }
    const entry = state.entries[candidate.party];
    const step = stepFor(entry, candidate.to);
    if (step.type !== 'change' || changeId(candidate.party, step.kind, step.to) !== id) {
      // The registry moved past it (a later reconcile or the known list): drop it rather than apply it.
      await deps.stores.registry.commit({ expectedVersion: version, state: { ...state, pending: without(state.pending, id) }, changes: [], consumedClaims: 0 });
      return { outcome: 'obsolete', reason: `the registry already records ${candidate.party} as ${entry?.status ?? 'absent'}${entry?.date ? ` (${entry.date})` : ''}: the candidate no longer applies and was removed` };
    }
    const at = deps.clock().toISOString();
    const change: Change = { ...candidate, from: step.from, confirmed: true, confirmedAt: at };
    const next = applyChange(entry, change, at, deps.config.app.policy.maxEvidencePerEntry);
    const reviewed = reviewPending(without(state.pending, id), next);
    await deps.stores.registry.commit({
      expectedVersion: version,
      state: { ...state, entries: { ...state.entries, [change.party]: next }, pending: reviewed.pending },
      changes: [change],
      consumedClaims: 0,
    });
    await deps.stores.registry.saveChanges([change]);
    await deps.stores.counters.add('changes');
    await queueNotify(deps, id);
    deps.log.info({ changeId: id, party: change.party, to: change.to }, 'pending change confirmed by the operator');
    return { outcome: 'confirmed', change };
  });
}

/**
 * Removes a pending change and remembers the dismissal, so reconcile never brings the same candidate
 * (same id = same facts) back. The id is remembered first: a reconcile committing in between drops it too.
 */
export async function dismissPending(deps: ServerDeps, id: string): Promise<boolean> {
  const { state } = await deps.stores.registry.load();
  if (!state?.pending[id]) return false;
  await deps.stores.control.dismiss(id);
  await withRetry(async () => {
    const { state: cur, version } = await deps.stores.registry.load();
    if (!cur?.pending[id]) return;
    await deps.stores.registry.commit({ expectedVersion: version, state: { ...cur, pending: without(cur.pending, id) }, changes: [], consumedClaims: 0 });
  });
  deps.log.info({ changeId: id }, 'pending change dismissed by the operator');
  return true;
}

export function registerAdminChangesRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post<{ Params: { id: string } }>('/changes/:id/confirm', async (req, reply) => {
    const r = await confirmPending(deps, req.params.id);
    switch (r.outcome) {
      case 'confirmed':
        return { confirmed: true, notifyQueued: true, change: r.change };
      case 'already-confirmed':
        return { confirmed: true, already: true, notifyQueued: true, change: r.change };
      case 'obsolete':
        return reply.code(409).send({ error: r.reason });
      case 'not-found':
        return reply.code(404).send({ error: `no pending change with id ${req.params.id}` });
    }
  });

  app.post<{ Params: { id: string } }>('/changes/:id/dismiss', async (req, reply) => {
    if (!(await dismissPending(deps, req.params.id))) return reply.code(404).send({ error: `no pending change with id ${req.params.id}` });
    return { dismissed: true, id: req.params.id };
  });
}
