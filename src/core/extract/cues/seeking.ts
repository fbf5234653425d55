import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * "is seeking one with the United States", "Chisinau seeks a similar agreement with Kyiv", "sought a security pact
 * with Ukraine": a state after an agreement with a partner is pursuing it, in talks, not holding it. The object
 * comes right after the verb (a pronoun "one" / "its own", or a short noun phrase ending on an agreement noun),
 * and "with" its partner follows; "seeking to sign" is a plan, read by plan.ts.
 */
export const SEEKING_CUE_WORDS: readonly string[] = ['seek', 'seeks', 'seeking', 'sought'];

const SEEK = wordSet(SEEKING_CUE_WORDS.join(' '));
/** words a sought agreement's noun phrase may hold before its noun ("a similar ten-year security agreement") */
const OBJECT_WORDS = wordSet('a an its their own similar such bilateral separate security long term ten year 10 formal new comparable');

/** The end of the object sought after word k ("one", "its own", "a similar security agreement"), else -1. */
function soughtObjectEnd(w: readonly string[], k: number): number {
  if (w[k + 1] === 'one') return k + 2;
  if (/^(?:its|their)$/.test(w[k + 1] ?? '') && w[k + 2] === 'own' && !isAgreementNoun(w[k + 3] ?? '')) return k + 3;
  for (let j = k + 1; j < w.length && j <= k + 6; j++) {
    if (isAgreementNoun(w[j]!)) return j + 1;
    if (!OBJECT_WORDS.has(w[j]!)) return -1;
  }
  return -1;
}

export function seekingCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  if (!SEEK.has(w[k]!)) return undefined;
  const end = soughtObjectEnd(w, k);
  // the partner it is sought with, right after the object ("one with the United States")
  if (end < 0 || w[end] !== 'with') return null;
  // "is not seeking such an agreement with Kyiv": no talks (a blocked cue still holds its party)
  if (negatedBefore(w, k, 3)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 10 };
  return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 10, forward: true, ...(w[k + 1] === 'one' || w[k + 2] === 'own' ? { objectless: true } : {}) };
}
