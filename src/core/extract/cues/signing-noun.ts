import type { Status } from '../../schemas/status.js';

/**
 * The noun "signing" with its predicate after it, as agency English writes it: "the signing will take place
 * quite soon", "where the signing of the agreement with Portugal is foreseen", "its signing is envisaged for
 * June". Word k is "signing"; 'planned' or null (no such predicate within the clause's first words).
 */
/** words of time after "come" / "happen": "could come after the summer", "should happen in June", "will come soon" */
const COME_WHEN = new Set(['after', 'in', 'before', 'soon', 'shortly', 'next', 'later', 'this', 'by', 'within', 'at', 'on', 'early', 'late', 'around', 'during']);
const FIXING_VERBS = new Set(['announced', 'announce', 'announces', 'scheduled', 'schedule', 'schedules', 'planned', 'plan', 'plans', 'set', 'fixed', 'slated', 'pencilled', 'penciled', 'confirmed']);

/** "have not scheduled the signing for ...": the fixing verb denied. */
function negatedFixing(w: readonly string[], v: number): boolean {
  return w.slice(Math.max(0, v - 3), v).some((x) => x === 'not' || x === 'never' || x === "n't" || x === 'no');
}

export function signingNounPlan(w: readonly string[], k: number): Status | null {
  // "announced the signing for the coming months", "has scheduled its signing for June": a verb that fixes an
  // occasion, with the time it is fixed for (not "announced the signing" of one already done)
  if (FIXING_VERBS.has(w[k - 2] ?? '') && w[k + 1] === 'for' && !negatedFixing(w, k - 2)) return 'planned';
  for (let j = k + 1; j < w.length && j <= k + 9; j++) {
    const x = w[j]!;
    // another verb of the clause first: not the signing's predicate
    if (/^(?:was|were|had|did|has)$/.test(x)) return null;
    // "the signing will take place", "the signing could come after the summer": an occasion still to come
    // ("could come under fire" is no occasion: "come" / "happen" need a time after them)
    const occurs = (x === 'take' && w[j + 1] === 'place') || ((x === 'come' || x === 'happen') && COME_WHEN.has(w[j + 1] ?? ''));
    if (occurs && /^(?:will|shall|should|could|may|might|to)$/.test(w[j - 1] ?? '')) return 'planned';
    if (/^(?:foreseen|envisaged|envisioned|anticipated|slated)$/.test(x) && /^(?:is|are|be)$/.test(w[j - 1] ?? '')) return 'planned';
    // "its signing is expected in April", "... is planned for next week" (not "expected to": the caller reads it)
    if (/^(?:expected|planned|scheduled)$/.test(x) && /^(?:is|are)$/.test(w[j - 1] ?? '') && /^(?:in|on|for|next|soon|shortly|before|within|later|this|at)$/.test(w[j + 1] ?? '')) return 'planned';
  }
  return null;
}
