import type { CueSentence } from './cue-sentence.js';
import type { Trigger } from './trigger.js';

/** what may stand right before "after" in a sequence of events ("came days after", "comes shortly after") */
const SEQUENCE_BEFORE = /^(?:came|comes|come|coming|follows|followed|days|weeks|hours|shortly|just|soon|closely)$/;
const AGREEMENT_NOUNS = /^(?:agreements?|deals?|documents?|pacts?|accords?)$/;

export const CAME_AFTER_CUE_WORDS: readonly string[] = ['after'];

/**
 * "The Stockholm stop came days after the agreements with Spain, Belgium and Portugal": a story placed after
 * agreements with named partners tells that those were signed before it (on dates of their own).
 */
export function cameAfterCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  if (w[k] !== 'after') return undefined;
  if (!SEQUENCE_BEFORE.test(w[k - 1] ?? '')) return null;
  let j = k + 1;
  if (w[j] === 'the' || w[j] === 'similar') j++;
  if (w[j] === 'similar' || w[j] === 'security' || w[j] === 'bilateral') j++;
  if (w[j] === 'security') j++;
  if (!AGREEMENT_NOUNS.test(w[j] ?? '') || w[j + 1] !== 'with') return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 6, forward: true, undated: true };
}
