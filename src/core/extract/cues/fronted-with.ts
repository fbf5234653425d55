import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { finalStageAt } from './talks-under-way.js';
import type { Trigger } from './trigger.js';

export const FRONTED_WITH_CUE_WORDS: readonly string[] = ['stage', 'phase'];

/**
 * Interview English: "With Latvia we are also at the final stage.", "With Moldova, we are at an advanced stage":
 * a sentence that opens on "With <partner>" and says the work with it has reached a late stage — talks under way
 * with that partner, about the agreement the article is on.
 */
export function frontedWithStageCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  if (w[k] !== 'stage' && w[k] !== 'phase') return undefined;
  // "at the final stage", "in an advanced phase" (with its determiner), ending at word k
  if (finalStageAt(w, k - 3) !== 4) return null;
  // ("at the final stage of the tournament" is another stage)
  if (w[k + 1] === 'of' && !w.slice(k + 2, k + 5).some((y) => /^(?:talks|negotiations?|text|agreement|document|drafting|work|preparations?|approval|coordination|harmoni[sz]ation)$/.test(y))) return null;
  if (w[0] === 'with' && toks[at[1]!]?.cap && k <= 14) return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, topical: true, objectless: true };
  // "Talks with the Czech Republic were at the final stage", "The agreement between Slovenia and Ukraine is in the
  // final phase of coordination": the talks or the agreement itself, as the subject of the copula, are that far on
  if (/^(?:is|are|was|were)$/.test(w[k - 4] ?? '') && k <= 24) {
    const subject = w.slice(0, k - 4);
    const talks = /^(?:talks|negotiations|consultations)$/.test(subject[0] ?? '') && subject[1] === 'with';
    if (talks || subject.some((y) => isAgreementNoun(y))) {
      return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 30, topical: true, objectless: true };
    }
  }
  return null;
}
