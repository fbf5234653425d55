import type { Token } from '../tokens.js';

/**
 * "between the two governments", "both countries": the set noun at `i` names the pair an agreement is
 * between (the hub and its partner), not a count of other states.
 */
export function namesThePair(toks: readonly Token[], i: number): boolean {
  const p1 = toks[i - 1]?.lower;
  return (p1 === 'two' && toks[i - 2]?.lower === 'the') || p1 === 'both';
}
