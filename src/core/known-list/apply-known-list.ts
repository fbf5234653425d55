import type { RegistryState } from '../schemas/registry.js';
import { progressRank } from '../schemas/status.js';
import { seedRegistry, type KnownRegistry } from '../reconcile/seed.js';

export type KnownListInput = KnownRegistry;

/**
 * Folds the operator's known list into the registry without producing changes: what the operator already
 * knows is never news. Runs at every reconcile, so editing signatories.yaml takes effect without a reset;
 * an entry the registry already holds further along is left as it is.
 */
export function applyKnownList(state: RegistryState | null, known: KnownListInput): RegistryState {
  if (!state) return seedRegistry(known);
  const seeded = seedRegistry(known).entries;
  const next: RegistryState = { ...state, hub: known.hub, entries: { ...state.entries } };
  for (const k of known.signatories) {
    const cur = next.entries[k.party];
    if (!cur) {
      next.entries[k.party] = seeded[k.party]!;
      continue;
    }
    const knownAhead = progressRank(k.status) > progressRank(cur.status) || (k.status === cur.status && cur.date === null && k.date !== null);
    const explicitStop = (k.status === 'refused' || k.status === 'terminated') && cur.status !== k.status;
    if (knownAhead || explicitStop)
      next.entries[k.party] = { ...cur, status: k.status, date: k.date ?? cur.date, place: k.place ?? cur.place, seeded: true, sources: [...new Set([...(k.sources ?? []), ...cur.sources])] };
    else if (k.place && !cur.place) next.entries[k.party] = { ...cur, place: k.place };
  }
  return next;
}
