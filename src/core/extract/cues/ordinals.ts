import { wordSet } from './trigger.js';

/**
 * Ordinal signatories: "became the 12th country to sign", "the first Nordic state to reach such a deal".
 * Being counted among the signatories is itself a statement that the country signed (or, with "next", will).
 */
export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|latest|last|\d+(?:st|nd|rd|th))$/;
export const ORDINAL_HEADS = wordSet('country state nation one partner member capital countries states members nations partners capitals');
/** prepositions that open a modifier between the head and "to" ("the last members on the eastern flank to sign") */
const HEAD_MODIFIER_PREPS = wordSet('on in of from at among across within outside');
/** words that show a verb in that modifier: then the ordinal is not what governs "to sign" */
const VERBISH = /^(?:is|are|was|were|will|would|has|have|had|to|be|been)$|(?:ed|ing)$/;

/**
 * An ordinal and its head noun just before the "to" of word k ("the first EU country to sign"), the head
 * perhaps followed by a prepositional modifier ("among the last NATO members on the eastern flank to sign").
 */
export function ordinalHeadBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 9; j--) {
    if (!ORDINAL_HEADS.has(w[j]!)) continue;
    if (j < k - 5 && !(HEAD_MODIFIER_PREPS.has(w[j + 1]!) && w.slice(j + 2, k - 1).every((y) => !VERBISH.test(y)))) continue;
    for (let i = j - 1; i >= 0 && i >= j - 3; i--) if (ORDINAL.test(w[i]!)) return true;
  }
  return false;
}
