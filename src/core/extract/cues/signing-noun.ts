import type { Status } from '../../schemas/status.js';
import { negatedBefore } from './negation.js';

/**
 * The noun "signing" with its predicate after it, as agency English writes it: "the signing will take place
 * quite soon", "where the signing of the agreement with Portugal is foreseen", "its signing is envisaged for
 * June". Word k is "signing"; 'planned' or null (no such predicate within the clause's first words).
 */
/** words of time after "come" / "happen": "could come after the summer", "should happen in June", "will come soon" */
const COME_WHEN = new Set(['after', 'in', 'before', 'soon', 'shortly', 'next', 'later', 'this', 'by', 'within', 'at', 'on', 'early', 'late', 'around', 'during']);
const FIXING_VERBS = new Set(['announced', 'announce', 'announces', 'scheduled', 'schedule', 'schedules', 'planned', 'plan', 'plans', 'set', 'fixed', 'slated', 'pencilled', 'penciled', 'confirmed']);

export function signingNounPlan(w: readonly string[], k: number): Status | null {
  const held = signingHeld(w, k);
  if (held) return held;
  // "announced the signing for the coming months", "has scheduled its signing for June": a verb that fixes an
  // occasion, with the time it is fixed for (not "announced the signing" of one already done)
  if (FIXING_VERBS.has(w[k - 2] ?? '') && w[k + 1] === 'for' && !negatedBefore(w, k - 2, 3)) return 'planned';
  for (let j = k + 1; j < w.length && j <= k + 12; j++) {
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

/** verbs of readying an occasion: "prepared", "being arranged", "preparations for" */
const READYING = /^(?:prepar\w*|arrang\w*|organi[sz]\w*)$/;

/**
 * A signing being readied is a signing ahead, whatever the tense of the report: "the signing is being prepared",
 * "signing was also being arranged with Riga", "a signing ceremony is being organised", "preparing the signing of
 * the pact", "preparations for the signing are under way". Word k is "signing" / "signature".
 */
export function signingReadied(w: readonly string[], k: number): boolean {
  // before it: "preparing the signing", "preparations for its signing", "arranging a signing"
  let b = k - 1;
  if (/^(?:the|a|its|their|a|this)$/.test(w[b] ?? '')) b--;
  if (w[b] === 'for') b--;
  if (b < k - 1 && READYING.test(w[b] ?? '') && !negatedBefore(w, b, 3)) return true;
  // after it: "(ceremony) (of the agreement with X) is / was (also) being prepared"
  for (let j = k + 1; j < w.length && j <= k + 9; j++) {
    if (w[j] !== 'being' || !READYING.test(w[j + 1] ?? '')) continue;
    return /^(?:is|are|was|were|also|now|still|already)$/.test(w[j - 1] ?? '') && !negatedBefore(w, j, 3);
  }
  return false;
}

/** Word k, a form of "prepare" / "arrange", has a signing as its object or passive subject (signingReadied's reading). */
export function readiesSigning(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) if ((w[j] === 'signing' || w[j] === 'signature') && signingReadied(w, j)) return true;
  for (let j = k + 1; j < w.length && j <= k + 3; j++) if ((w[j] === 'signing' || w[j] === 'signature') && signingReadied(w, j)) return true;
  return false;
}

/**
 * "the signing (of the agreement with X) took place / was held / happened on Thursday", "the signing ceremony went
 * ahead": an occasion that happened, not one ahead ("never took place", "was not held": none).
 */
function signingHeld(w: readonly string[], k: number): Status | null {
  for (let j = k + 1; j < w.length && j <= k + 12; j++) {
    const x = w[j]!;
    const past = (x === 'took' && w[j + 1] === 'place') || (x === 'held' && /^(?:was|were)$/.test(w[j - 1] ?? '')) || x === 'happened' || x === 'occurred' || (x === 'went' && w[j + 1] === 'ahead');
    if (past) return negatedBefore(w, j, 2) ? null : 'signed';
    // another clause's verb first, or the end of the clause
    if (/^(?:will|would|is|are|has|had|did|could|should|may|might|,|;|which|that|who)$/.test(x)) return null;
  }
  return null;
}
