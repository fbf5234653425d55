import type { Token } from '../tokens.js';
import { MODAL_PLANNED } from './modality.js';
import { wordSet } from './trigger.js';

/**
 * A free participle clause after a comma takes the tense of its main clause: "Zelensky secured commitments from
 * Germany and France on Friday, signing separate agreements in Berlin and Paris" reports signings, "he will
 * tour the region next week, signing agreements in three capitals" plans them.
 */
const PAST_IRREGULAR = wordSet('was were had did went came flew met held gave made took won got began brought left sought');
/** words after which an -ed word is an adjective or a passive participle, not the main verb */
const NOT_FINITE_BEFORE = wordSet('the a an its his her their our be been being is are to so');

/** The reading of "signing" at word k when a comma opens its clause, or null when it is not such a clause. */
export function participleClauseStatus(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): 'signed' | 'planned' | null {
  if (k < 2 || toks[at[k]! - 1]?.text !== ',') return null;
  // the main clause is what stands before the comma, back to the sentence start
  let past = false;
  for (let j = k - 1; j >= 0; j--) {
    const x = w[j]!;
    if (MODAL_PLANNED.has(x)) return 'planned';
    if (PAST_IRREGULAR.has(x)) past = true;
    else if (x.length > 4 && x.endsWith('ed') && !toks[at[j]!]!.cap && !NOT_FINITE_BEFORE.has(w[j - 1] ?? '')) past = true;
  }
  return past ? 'signed' : null;
}
