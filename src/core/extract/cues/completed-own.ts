import { isAgreementNoun, TEXT_NOUNS } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { objectlessAfter } from './objectless.js';
import type { Trigger } from './trigger.js';

/**
 * "Poland, Luxembourg and Romania completed theirs in July", "Latvia completed its own agreement in April": a state
 * that completed its own agreement has it signed. The object must be the owner's own ("theirs", "its own", "their
 * agreements"): "completed the text", "completed negotiations on the deal" are a stage of talks (text-state.ts,
 * talks.ts), and "completed the deliveries" is no agreement at all.
 */
export function completedOwnCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  if (w[k] !== 'completed' || /^(?:was|were|been|be|being|is|are)$/.test(w[k - 1] ?? '')) return undefined;
  const n1 = w[k + 1] ?? '';
  // "completed theirs", "completed its own": a pronoun for the agreement the text is about
  const pronoun = /^(?:theirs|ours|hers)$/.test(n1) || (/^(?:its|their|his|her|our)$/.test(n1) && w[k + 2] === 'own' && objectlessAfter(toks, w, at, k + 2));
  // "completed its own agreement", "completed their bilateral agreements with Kyiv" (not "their agreements' texts")
  let j = /^(?:its|their)$/.test(n1) ? k + 2 : -1;
  if (j > 0 && w[j] === 'own') j++;
  while (j > 0 && j < k + 6 && /^(?:bilateral|security|separate|ten|10|year|long|term)$/.test(w[j] ?? '')) j++;
  const noun = j > 0 && isAgreementNoun(w[j] ?? '') && !TEXT_NOUNS.has(w[j] ?? '') && w[j + 1] !== 's' && !TEXT_NOUNS.has(w[j + 1] ?? '');
  if (!pronoun && !noun) return undefined;
  if (negatedBefore(w, k, 3)) return null;
  if (pronoun) return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true };
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: Math.ceil((at[j]! - at[k]!) * 1.1) + 2, forward: true };
}
