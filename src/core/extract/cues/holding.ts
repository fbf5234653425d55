import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { conditionalBefore, MODAL_HEDGED, MODAL_PLANNED } from './modality.js';
import { NEG, negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';
import { NUMBER_WORDS } from '../words.js';

/**
 * Holding a document: "all three Benelux countries now have security agreements with Ukraine" (having one is
 * having signed it); "Helsinki is said to have a near-final text" (holding a draft is negotiating it).
 */
export const HOLDING_CUE_WORDS: readonly string[] = ['have', 'has', 'had', 'holds', 'hold'];

/** "would have", "would have had", "could have had": a possession imagined, not held. */
function modalPossession(w: readonly string[], k: number): boolean {
  const before = (i: number): boolean => MODAL_PLANNED.has(w[i] ?? '') || MODAL_HEDGED.has(w[i] ?? '') || w[i] === 'would';
  return before(k - 1) || (w[k - 1] === 'have' && before(k - 2));
}

/** Words that may stand between "have" and the agreement it holds ("have their own ten-year security agreements"). */
const HELD_MODIFIERS = wordSet('a an the its their his her our own bilateral security similar such comparable analogous same long term ten year 10 new separate respective individual signed');

export function holdingCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  const x = w[k]!;
  const nx = w[k + 1] ?? '';
  // tense is no matter: "Kyiv had security agreements with ..." held them as much as "Kyiv has ..."
  const possess = x === 'have' || x === 'has' || x === 'had';
  if (possess && heldTextAfter(w, k) && !negatedBefore(w, k, 3) && !modalPossession(w, k)) {
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 6, forward: true };
  }
  // "We have seven: with Britain, Germany, ...": a count whose noun is the agreements asked or told of before
  if (possess && countedListAfter(s, k) && !negatedBefore(w, k, 3) && !modalPossession(w, k)) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, topical: true, direct: true, undated: true };
  }
  // not an auxiliary ("has signed", "have to"), not negated, not a modal or conditional possession
  if ((possess || x === 'holds' || x === 'hold') && w[k - 1] !== 'to' && !negatedBefore(w, k, 3) && !NEG.has(nx) && nx !== 'to' && !/(?:ed|en|un|ne)$/.test(nx) && !/^(?:signed|begun|made|held|set|put|sent|struck|got|gotten|had)$/.test(nx)) {
    const held = modalPossession(w, k) || conditionalBefore(w, k, 3) ? -1 : heldAgreementAfter(w, k);
    if (held >= 0) {
      // having one is a state, not the day of signing: the sentence's dates are not its date
      return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 7, forward: true, direct: true, undated: true, ...(likeAgreementsHeld(w, k, held) ? {} : { needsHub: true }) };
    }
    return null;
  }
  return undefined;
}

/** a count with no noun of its own: "seven", "17", "twenty-five" */
function isCount(x: string): boolean {
  return NUMBER_WORDS.has(x) || /^\d{1,2}$/.test(x) || /^(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)$/.test(x);
}

/**
 * "We have seven: with Britain, Germany and France", "Kyiv now has 17 so far - with ...": "have" and a bare count,
 * then a colon or dash that opens a list of partners with "with". The count's noun is left to the sentences
 * before (a question "How many agreements ...?"), which the cue's `topical` asks for.
 */
function countedListAfter(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  let j = k + 1;
  if (!isCount(w[j] ?? '')) return false;
  j++;
  // ("seven so far", "seven now", "seven already")
  if (w[j] === 'so' && w[j + 1] === 'far') j += 2;
  else if (w[j] === 'now' || w[j] === 'already') j++;
  if (w[j] !== 'with') return false;
  return toks.slice(at[j - 1]! + 1, at[j]!).some((t) => /^[:–—-]$/.test(t.text));
}

/** "now have security agreements": the object of "have" is an agreement; its word index, else -1. */
function heldAgreementAfter(w: readonly string[], k: number): number {
  for (let j = k + 1; j < w.length && j <= k + 6; j++) {
    if (isAgreementNoun(w[j]!)) return j;
    // ("now has 25 bilateral security agreements, including those with ..."): a count of them is held too; the
    // partners are named after it, or the claim has none
    if (!HELD_MODIFIERS.has(w[j]!) && !isCount(w[j]!)) return -1;
  }
  return -1;
}

const LIKENESS = wordSet('similar such comparable analogous same');

/**
 * "Outside Europe, the United States, Canada and Japan have similar agreements": agreements held by likeness
 * point back at the article's agreements with the hub, so the hub need not be named again — unless the noun
 * names a partner of its own ("Moldova has similar agreements with the EU").
 */
function likeAgreementsHeld(w: readonly string[], k: number, noun: number): boolean {
  if (!w.slice(k + 1, noun).some((y) => LIKENESS.has(y))) return false;
  return !/^(?:with|between|among|amongst)$/.test(w[noun + 1] ?? '');
}

/** "to have a (near-)final text", "has a draft": words between "have" and the draft it holds. */
function heldTextAfter(w: readonly string[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (w[j] === 'text' || w[j] === 'draft') return true;
    if (!/^(?:a|an|the|near|nearly|almost|final|agreed|ready|its|their|own|first|joint)$/.test(w[j]!)) return false;
  }
  return false;
}
