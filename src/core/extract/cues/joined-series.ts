import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { timeOfSequenceAt } from './told-signing.js';
import type { Trigger } from './trigger.js';

/**
 * "Ireland joined on September 4, Croatia on October 9": a bare "joined" with only a time after it, told after the
 * signings of a series, is the next signing of that series, like "followed". Nothing but a time (or the end of the
 * clause) may come after it: "joined NATO", "joined the talks", "joined in the criticism" have objects of their own,
 * "the declaration, which Portugal joined in 2023" has its object before it, and "was joined by Meloni" is a passive.
 */
export function joinedSeriesCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  if (w[k] !== 'joined') return undefined;
  if (/^(?:was|were|been|be|being|is|are|had|has|have)$/.test(w[k - 1] ?? '')) return undefined;
  // "the Joint Declaration, which Portugal joined in August": the object fronted by a relative pronoun
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) if (/^(?:which|that|whom|what)$/.test(w[j]!)) return undefined;
  const next = toks[at[k]! + 1];
  const clauseEnds = next === undefined || /^[.,;]$/.test(next.text);
  if (!clauseEnds && !timeOfSequenceAt(w, k + 1)) return undefined;
  if (negatedBefore(w, k, 3)) return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true };
}
