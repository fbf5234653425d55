import type { Change, RegistryEntry } from '../schemas/index.js';
import { changeId } from './change-id.js';
import { appendEvidence } from './evidence.js';
import { stepFor } from './step.js';

/** The entry after a confirmed change; `at` is the reconcile run's clock. */
export function applyChange(entry: RegistryEntry | undefined, change: Change, at: string, cap: number): RegistryEntry {
  const urls = change.claims.map((c) => c.url);
  const base: RegistryEntry = entry ?? {
    party: change.party,
    status: change.to.status,
    date: change.to.date,
    place: null,
    firstSeen: at,
    lastSeen: at,
    seeded: false,
    sources: [],
    claims: [],
  };
  return {
    ...base,
    status: change.to.status,
    date: change.to.date,
    lastSeen: at,
    sources: [...base.sources.filter((u) => !urls.includes(u)), ...new Set(urls)].slice(-cap),
    claims: appendEvidence(base.claims, change.claims, cap),
  };
}

/**
 * Pending candidates of `entry`'s party that the entry still leaves open, with `from` brought up to
 * date. A candidate is obsolete when, replayed against the entry, it is no longer the same change:
 * already behind (planned after signed), already true (same status and date), or of another kind
 * ("new" once the party exists). A rival date for the same status stays, as a correction to corroborate.
 */
export function reviewPending(
  pending: Record<string, Change>,
  entry: RegistryEntry,
): { pending: Record<string, Change>; refreshed: string[] } {
  const out: Record<string, Change> = {};
  const refreshed: string[] = [];
  for (const [id, p] of Object.entries(pending)) {
    if (p.party !== entry.party) {
      out[id] = p;
      continue;
    }
    const step = stepFor(entry, p.to);
    if (step.type !== 'change' || changeId(p.party, step.kind, step.to) !== id) continue;
    const moved = p.from?.status !== step.from?.status || p.from?.date !== step.from?.date;
    out[id] = moved ? { ...p, from: step.from } : p;
    if (moved) refreshed.push(id);
  }
  return { pending: out, refreshed };
}
