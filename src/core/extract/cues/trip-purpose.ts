import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * A journey whose purpose is the agreement: "before heading to Lisbon on Tuesday for an agreement with Portugal",
 * "Zelensky travels to Madrid for the signing of a security pact". Like "travels to Madrid to sign" (plan.ts), a
 * journey makes a plan: one still ahead, and one in the past too ("later that day he headed to Paris for a
 * similar signing"), a plan as of the journey that may have ended otherwise, so never a signing. The purpose
 * may be the agreement or the signing itself ("for a similar signing", "for the signing ceremony"), which then
 * points back at the agreement the sentences before told of.
 */
const MOTION = wordSet('head heads heading travel travels travelling traveling fly flies flying');
const MOTION_PAST = wordSet('headed travelled traveled flew');
export const TRIP_CUE_WORDS: readonly string[] = [...MOTION, ...MOTION_PAST];

/** Words between "for" and the agreement: "for an agreement", "for the signing of a security pact". */
const PURPOSE_FILLERS = wordSet('a an the its their his her bilateral security new long term ten year 10 signing of similar');
/** How far the purpose may stand from the verb of motion ("heading to Lisbon on Tuesday for"). */
const MAX_GAP = 8;

export function tripPurposeCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  if (!MOTION.has(w[k]!) && !MOTION_PAST.has(w[k]!)) return undefined;
  const p1 = w[k - 1] ?? '';
  // "after heading to Lisbon", "was heading to Lisbon": the journey is behind
  if (p1 === 'after' || p1 === 'was' || p1 === 'were' || negatedBefore(w, k, 3)) return null;
  for (let j = k + 1; j < w.length && j <= k + MAX_GAP; j++) {
    // the purpose belongs to the same clause
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-' && t.text !== "'")) return null;
    if (w[j] !== 'for') continue;
    let n = j + 1;
    while (n < w.length && n <= j + 6 && PURPOSE_FILLERS.has(w[n]!)) n++;
    const made = { journey: MOTION_PAST.has(w[k]!) ? ('made' as const) : ('ahead' as const) };
    if (isAgreementNoun(w[n] ?? '')) return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 12, forward: true, ...made };
    // "for a similar signing (with Macron)", "for the signing ceremony": the signing as the purpose, its agreement
    // the one before (not "for signing talks", "for the signing of a grain deal": that names another object)
    if (w[n - 1] === 'signing' && n - 1 > j && !/^(?:of|talks)$/.test(w[n] ?? '')) return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 12, forward: true, objectless: true, ...made };
    return null;
  }
  return null;
}
