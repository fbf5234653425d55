import type { Change, RegistryState } from '../schemas/index.js';
import { applyChange, reviewPending } from './apply.js';
import { changeId } from './change-id.js';
import { isConfirmed } from './corroborate.js';
import { addCandidateEvidence, appendEvidence, hasExactEvidence, hasStatusEvidence, toEvidence } from './evidence.js';
import type { TrustedClaim } from './evidence.js';
import { inPublicationOrder } from './order.js';
import type { ReconcilePolicy } from './policy.js';
import { stepFor } from './step.js';

export type ReconcileInput = {
  state: RegistryState;
  claims: TrustedClaim[];
  policy: ReconcilePolicy;
  now: Date;
};

export type ReconcileResult = {
  state: RegistryState;
  /** Confirmed changes newly applied, in the order they were applied. */
  changes: Change[];
  /** Pending (unconfirmed) changes created or updated by this run, as they stand at its end. */
  pendingTouched: Change[];
};

/** Registry + claims → registry' + changes (DESIGN §2 step 3). Pure: the input is left untouched. */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const { policy } = input;
  const at = input.now.toISOString();
  const state = structuredClone(input.state);
  const changes: Change[] = [];
  const touched = new Set<string>();

  for (const claim of inPublicationOrder(input.claims)) {
    if (claim.party === state.hub) continue;
    const evidence = toEvidence(claim);
    const entry = state.entries[claim.party];
    // Already behind the entry: re-reading it must not reopen a question it helped settle
    // (e.g. the first date of a since-corrected signing).
    if (entry && hasExactEvidence(entry.claims, evidence)) continue;

    const step = stepFor(entry, claim);
    if (step.type === 'ignore') continue;
    if (step.type === 'support') {
      if (entry && !hasStatusEvidence(entry.claims, evidence)) {
        entry.claims = appendEvidence(entry.claims, [evidence], policy.maxEvidencePerEntry);
        entry.lastSeen = at;
      }
      continue;
    }

    const id = changeId(claim.party, step.kind, step.to);
    const prior = state.pending[id];
    const claims = addCandidateEvidence(prior?.claims ?? [], evidence, policy.maxEvidencePerEntry);
    const candidate: Change = {
      id,
      party: claim.party,
      kind: step.kind,
      from: step.from,
      to: step.to,
      confirmed: false,
      detectedAt: prior?.detectedAt ?? at,
      confirmedAt: null,
      claims,
    };

    if (isConfirmed(claims, policy, step.correction)) {
      const confirmed: Change = { ...candidate, confirmed: true, confirmedAt: at };
      delete state.pending[id];
      const next = applyChange(entry, confirmed, at, policy.maxEvidencePerEntry);
      state.entries[claim.party] = next;
      const reviewed = reviewPending(state.pending, next);
      state.pending = reviewed.pending;
      reviewed.refreshed.forEach((r) => touched.add(r));
      changes.push(structuredClone(confirmed));
    } else if (!prior || claims.length !== prior.claims.length) {
      // An unchanged re-read is not news for the dashboard or the stream.
      state.pending[id] = candidate;
      touched.add(id);
    }
  }

  const pendingTouched = [...touched].flatMap((id) => (state.pending[id] ? [structuredClone(state.pending[id])] : []));
  return { state, changes, pendingTouched };
}
