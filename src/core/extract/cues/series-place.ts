import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { MODAL_PLANNED } from './modality.js';
import { negatedBefore } from './negation.js';
import { ORDINAL } from './ordinals.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * An agreement given its place in the series: "It is Ukraine's seventh agreement of this kind, following London,
 * Berlin and Paris", "The Dutch deal was the fourth such document". A numbered place is held by an agreement
 * signed (or, with "will be", one planned), and "following" / "after" a list then names the earlier signers
 * (claims/earlier-signers.ts). The subject of the copula is the agreement; its party is the sentence's or the
 * article's.
 */
export const SERIES_PLACE_CUE_WORDS: readonly string[] = ['fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

const COPULA = wordSet('is was becomes became marks marked');
/** between the copula and the ordinal: "the", "Ukraine's", "Kyiv's" */
const BEFORE_ORDINAL = wordSet('the ukraine kyiv s');
/** between the ordinal and the agreement: "seventh such", "fourth bilateral security" */
const BETWEEN = wordSet('such similar bilateral security long term ten year 10 of its this kind');

export function seriesPlaceCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  if (!ORDINAL.test(w[k]!)) return undefined;
  let c = k - 1;
  while (c >= 0 && k - c <= 3 && BEFORE_ORDINAL.has(w[c]!)) c--;
  const future = w[c] === 'be' && MODAL_PLANNED.has(w[c - 1] ?? '');
  if (!COPULA.has(w[c] ?? '') && !future) return undefined;
  let n = k + 1;
  while (n < w.length && n <= k + 4 && BETWEEN.has(w[n]!) && !isAgreementNoun(w[n]!)) n++;
  if (!isAgreementNoun(w[n] ?? '') || negatedBefore(w, c, 2)) return undefined;
  return { at: at[k]!, status: future ? 'planned' : 'signed', hedged: false, family: 'sign', refWindow: Math.ceil((at[n]! - at[k]!) * 1.1) + 2, forward: true, undated: true };
}
