import { PROGRESSION, progressRank } from '../schemas/index.js';
import type { ChangeKind, RegistryEntry, Status } from '../schemas/index.js';

export type StatusDate = { status: Status; date: string | null };

/** What one assertion would do to the entry of its party (DESIGN §1 Registry entry). */
export type Step =
  | { type: 'ignore' }
  /** Agrees with the entry and adds nothing but evidence. */
  | { type: 'support' }
  | {
      type: 'change';
      kind: ChangeKind;
      from: StatusDate | null;
      to: StatusDate;
      /** Replaces a known date: confidence alone must not do that, a misread date would overwrite a good one. */
      correction: boolean;
    };

const onProgression = (s: Status): boolean => PROGRESSION.includes(s);

export function stepFor(entry: RegistryEntry | undefined, claim: StatusDate): Step {
  if (!entry) {
    // "Terminated" only makes sense for something we knew was signed.
    if (claim.status === 'terminated') return { type: 'ignore' };
    return change('new', null, claim);
  }
  const from: StatusDate = { status: entry.status, date: entry.date };

  if (claim.status === entry.status) {
    if (claim.date === null || claim.date === entry.date) return { type: 'support' };
    return change('date', from, claim, entry.date !== null);
  }

  switch (claim.status) {
    case 'refused':
      return entry.status === 'negotiating' || entry.status === 'planned' ? change('status', from, claim) : { type: 'ignore' };
    case 'terminated':
      return entry.status === 'signed' || entry.status === 'ratified' ? change('status', from, claim) : { type: 'ignore' };
  }

  if (entry.status === 'refused') {
    // A refusal can be reversed by an announcement or a signature; "still negotiating" is more
    // likely an older article than a reversal.
    return progressRank(claim.status) >= progressRank('planned') ? change('status', from, claim) : { type: 'ignore' };
  }
  // Nothing comes back from a termination except through the operator's known list.
  if (!onProgression(entry.status)) return { type: 'ignore' };

  // An older article ("will sign on 27 May" read after the signing) never moves an entry back.
  if (progressRank(claim.status) <= progressRank(entry.status)) return { type: 'ignore' };

  // A ratification does not change when it was signed; an announced date is not a signing date.
  const keepsDate = claim.status === 'ratified' && entry.status === 'signed';
  return change('status', from, { status: claim.status, date: claim.date ?? (keepsDate ? entry.date : null) });
}

function change(kind: ChangeKind, from: StatusDate | null, to: StatusDate, correction = false): Step {
  return { type: 'change', kind, from, to: { status: to.status, date: to.date }, correction };
}
