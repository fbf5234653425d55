import type { Status } from '../../schemas/status.js';

/**
 * The noun "signing" with its predicate after it, as agency English writes it: "the signing will take place
 * quite soon", "where the signing of the agreement with Portugal is foreseen", "its signing is envisaged for
 * June". Word k is "signing"; 'planned' or null (no such predicate within the clause's first words).
 */
export function signingNounPlan(w: readonly string[], k: number): Status | null {
  for (let j = k + 1; j < w.length && j <= k + 9; j++) {
    const x = w[j]!;
    // another verb of the clause first: not the signing's predicate
    if (/^(?:was|were|had|did|has)$/.test(x)) return null;
    if (x === 'take' && w[j + 1] === 'place' && /^(?:will|shall|should|could|may|might|to)$/.test(w[j - 1] ?? '')) return 'planned';
    if (/^(?:foreseen|envisaged|envisioned|anticipated|slated)$/.test(x) && /^(?:is|are|be)$/.test(w[j - 1] ?? '')) return 'planned';
    // "its signing is expected in April", "... is planned for next week" (not "expected to": the caller reads it)
    if (/^(?:expected|planned|scheduled)$/.test(x) && /^(?:is|are)$/.test(w[j - 1] ?? '') && /^(?:in|on|for|next|soon|shortly|before|within|later|this|at)$/.test(w[j + 1] ?? '')) return 'planned';
  }
  return null;
}
