import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';
import { NUMBER_WORDS } from '../words.js';

/**
 * The agreements told by whom they reach: "Ukraine's security agreements now cover all G7 members", "the network
 * of documents spans the Nordic countries and the EU". Agreements that cover a state are agreements that state
 * has signed (a state, like holding one: undated). The subject must be the agreements themselves, in the plural
 * ("the agreement covers demining" names a field, not a signatory), and the object must open with a name.
 */
export const COVERAGE_CUE_WORDS: readonly string[] = ['cover', 'covers', 'covered', 'span', 'spans', 'spanned'];

/** adverbs and auxiliaries between the agreements and the verb ("now cover", "so far already span", "has spanned") */
const ADVERBS = wordSet('now already also together collectively jointly still far so to date has have had');
/** words before the first name of the object ("all G7 members", "the five Nordic countries") */
const OBJECT_OPENERS = wordSet('all the now');

export function coverageCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  // ("are covered by the agreement": the passive turns the roles round)
  if (/^(?:is|are|was|were|be|been|being)$/.test(w[k - 1] ?? '')) return undefined;
  let v = k - 1;
  while (v >= 0 && v > k - 5 && ADVERBS.has(w[v]!)) v--;
  const noun = w[v] ?? '';
  if (!isAgreementNoun(noun) || !noun.endsWith('s')) return undefined;
  let j = k + 1;
  while (j < w.length && (OBJECT_OPENERS.has(w[j]!) || NUMBER_WORDS.has(w[j]!) || /^\d+$/.test(w[j]!))) j++;
  if (j >= w.length || !toks[at[j]!]!.cap) return undefined;
  if (negatedBefore(w, k, 3)) return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: at[k]! - at[v]! + 1, backward: true, direct: true, undated: true };
}
