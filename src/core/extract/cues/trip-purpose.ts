import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * A journey whose purpose is the agreement: "before heading to Lisbon on Tuesday for an agreement with Portugal",
 * "Zelensky travels to Madrid for the signing of a security pact". Like "travels to Madrid to sign" (plan.ts), a
 * journey still ahead makes a plan; a journey in the past may have ended otherwise, so it is left alone.
 */
const MOTION = wordSet('head heads heading travel travels travelling traveling fly flies flying');
export const TRIP_CUE_WORDS: readonly string[] = [...MOTION];

/** Words between "for" and the agreement: "for an agreement", "for the signing of a security pact". */
const PURPOSE_FILLERS = wordSet('a an the its their his her bilateral security new long term ten year 10 signing of similar');
/** How far the purpose may stand from the verb of motion ("heading to Lisbon on Tuesday for"). */
const MAX_GAP = 8;

export function tripPurposeCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  if (!MOTION.has(w[k]!)) return undefined;
  const p1 = w[k - 1] ?? '';
  // "after heading to Lisbon", "was heading to Lisbon": the journey is behind
  if (p1 === 'after' || p1 === 'was' || p1 === 'were' || negatedBefore(w, k, 3)) return null;
  for (let j = k + 1; j < w.length && j <= k + MAX_GAP; j++) {
    // the purpose belongs to the same clause
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-' && t.text !== "'")) return null;
    if (w[j] !== 'for') continue;
    let n = j + 1;
    while (n < w.length && n <= j + 6 && PURPOSE_FILLERS.has(w[n]!)) n++;
    if (!isAgreementNoun(w[n] ?? '')) return null;
    return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 12, forward: true };
  }
  return null;
}
