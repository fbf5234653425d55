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

/**
 * A negation within `span` words before word k that does not lie in a relative aside closed before k:
 * "Albania, which is not an EU member, signed its agreement" (the aside's "not" is about membership), while
 * "has not, as of Friday, signed" is still negated.
 */
export function negatedOutsideAside(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, span: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    const neg = NEG.has(w[j]!) || (w[j] === 't' && NEG_CONTRACTED.has(w[j - 1] ?? '')) || w[j] === 'cannot';
    if (!neg) continue;
    if (!closedRelativeAround(toks, w, at, j, k)) return true;
  }
  return false;
}

/** Is word j inside ", which/who ... ," that closes before word k? */
function closedRelativeAround(toks: readonly Token[], w: readonly string[], at: readonly number[], j: number, k: number): boolean {
  const comma = (a: number, b: number): boolean => toks.slice(at[a]! + 1, at[b]!).some((t) => t.text === ',');
  let closes = false;
  for (let i = j; i < k; i++) if (comma(i, i + 1)) closes = true;
  if (!closes) return false;
  for (let r = j - 1; r >= 1 && r >= j - 6; r--) {
    if (/^(?:which|who|whose)$/.test(w[r]!) && comma(r - 1, r)) return true;
  }
  return false;
}
