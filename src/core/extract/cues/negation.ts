import type { Token } from '../tokens.js';
import { wordSet } from './trigger.js';

/**
 * Negation read off the words before a cue. A negated cue is not dropped: it is blocked (status null) or
 * turned into a refusal by its family, so that its parties are not given another cue's status.
 */
export const NEG = wordSet('not never no nicht nie pas non');
/** the first half of "didn't", "won't" ... as the tokenizer splits them ("didn" "'" "t") */
export const NEG_CONTRACTED = wordSet('didn don doesn won wouldn hasn haven hadn isn wasn weren aren couldn shouldn cannot');

/** A negation within `span` words before word k. */
export function negatedBefore(w: readonly string[], k: number, span = 3): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    if (NEG.has(w[j]!)) return true;
    if (w[j] === 't' && NEG_CONTRACTED.has(w[j - 1] ?? '')) return true;
    if (w[j] === 'cannot') return true;
  }
  return false;
}

/** A negation further back in the same clause (no punctuation in between). */
export function negatedInClause(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, span: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    if (toks.slice(at[j]! + 1, at[j + 1]!).some((t) => t.text === ',' || t.text === ';' || t.text === ':')) return false;
    if (NEG.has(w[j]!) || (w[j] === 't' && NEG_CONTRACTED.has(w[j - 1] ?? ''))) return true;
  }
  return false;
}
