import type { Change, ChangeKind } from '../schemas/registry.js';
import type { Cadence, Subscriber } from '../schemas/subscriber.js';

/** The confirmed kinds a subscriber filters on: `pending` is an opt-in, not a filter. */
function kindFilter(s: Pick<Subscriber, 'kinds'>): ChangeKind[] {
  return s.kinds.filter((k): k is ChangeKind => k !== 'pending');
}

/** Parties and change kinds only (empty lists mean "everything"); no state or cadence. */
export function matchesFilters(s: Pick<Subscriber, 'parties' | 'kinds'>, change: Pick<Change, 'party' | 'kind'>): boolean {
  const kinds = kindFilter(s);
  return (s.parties.length === 0 || s.parties.includes(change.party)) && (kinds.length === 0 || kinds.includes(change.kind));
}

/** Whether a subscriber is mailed at all now: active and not flagged for bouncing. */
export function isMailable(s: Subscriber): boolean {
  return s.state === 'active' && s.bouncing !== true;
}

/** Whether a subscriber's filters let this confirmed change through at this cadence. */
export function wantsChange(s: Subscriber, change: Change, cadence: Cadence): boolean {
  return s.state === 'active' && s.cadence === cadence && matchesFilters(s, change);
}

/** Whether an unconfirmed change belongs in this subscriber's digest (they opted into `pending`). */
export function wantsPending(s: Subscriber, change: Change): boolean {
  return s.kinds.includes('pending') && matchesFilters(s, change);
}
