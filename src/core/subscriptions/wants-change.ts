import type { Change } from '../schemas/registry.js';
import type { Cadence, Subscriber } from '../schemas/subscriber.js';

/** Whether a subscriber's filters let this change through (empty filter lists mean "everything"). */
export function wantsChange(s: Subscriber, change: Change, cadence: Cadence): boolean {
  return (
    s.state === 'active' &&
    s.cadence === cadence &&
    (s.parties.length === 0 || s.parties.includes(change.party)) &&
    (s.kinds.length === 0 || s.kinds.includes(change.kind))
  );
}
