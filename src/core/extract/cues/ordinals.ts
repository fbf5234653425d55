import { wordSet } from './trigger.js';

/**
 * Ordinal signatories: "became the 12th country to sign", "the first Nordic state to reach such a deal".
 * Being counted among the signatories is itself a statement that the country signed (or, with "next", will);
 * so is a leader counted among them ("the first leader from outside the G7 to sign"), who signs for the state.
 */
export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|latest|newest|last|\d+(?:st|nd|rd|th))$/;
export const ORDINAL_HEADS = wordSet('country state nation one partner member capital leader countries states members nations partners capitals leaders');
/** prepositions that open a modifier between the head and "to" ("the last members on the eastern flank to sign") */
const HEAD_MODIFIER_PREPS = wordSet('on in of from at among across within outside');
/** words that show a verb in that modifier: then the ordinal is not what governs "to sign" */
const VERBISH = /^(?:is|are|was|were|will|would|has|have|had|to|be|been)$|(?:ed|ing)$/;

/**
 * An ordinal and its head noun just before the "to" of word k ("the first EU country to sign"), the head
 * perhaps followed by a prepositional modifier ("among the last NATO members on the eastern flank to sign").
 */
export function ordinalHeadBefore(w: readonly string[], k: number): boolean {
  return ordinalBefore(w, k) >= 0;
}

/** The word index of the ordinal that governs the "to" of word k, else -1. */
export function ordinalBefore(w: readonly string[], k: number): number {
  // ("among the first to do so", "the latest to sign", "one of the last to put pen to paper": the head left out)
  if (ORDINAL.test(w[k - 2] ?? '') && w[k - 3] === 'the') return k - 2;
  for (let j = k - 2; j >= 0 && j >= k - 13; j--) {
    if (!ORDINAL_HEADS.has(w[j]!)) continue;
    // ("the fourth country, after the United Kingdom, Germany and France, to sign": the earlier signers between)
    const after = w[j + 1] === 'after' || w[j + 1] === 'following';
    if (j < k - (after ? 13 : 9)) continue;
    // ("united" of the United Kingdom / States is a name, not a verb)
    if (j < k - 5 && !((HEAD_MODIFIER_PREPS.has(w[j + 1]!) || after) && w.slice(j + 2, k - 1).every((y) => y === 'united' || !VERBISH.test(y)))) continue;
    // ("the first of the Baltic states to conclude": a partitive "of" puts the ordinal a word further off)
    for (let i = j - 1; i >= 0 && i >= j - 4; i--) if (ORDINAL.test(w[i]!) && (i >= j - 3 || w[i + 1] === 'of')) return i;
  }
  return -1;
}

/** "would be the last two members to sign", "will become the next country to sign": a modal just before the ordinal. */
export function modalBeforeOrdinal(w: readonly string[], ord: number): boolean {
  for (let i = ord - 1; i >= 0 && i >= ord - 4; i--) if (/^(?:will|would|ll|shall)$/.test(w[i]!)) return true;
  return false;
}
