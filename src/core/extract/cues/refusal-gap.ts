import { REFUSE } from './refusal.js';

/** Words of a time or manner phrase that may stand between a refusal verb and its "to sign". */
const GAP = /^(?:on|at|in|the|this|last|again|also|formally|publicly|officially|once|more|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|\d{1,4}(?:st|nd|rd|th)?)$/;

/**
 * "declined on Dec. 19 to sign", "refused on Thursday to sign", "declined once more to sign": a refusal verb
 * whose "to sign" follows a time or manner phrase. Word k is the verb of signing ("to" at k-1).
 */
export function refusalAcrossGap(w: readonly string[], k: number): boolean {
  for (let j = k - 3; j >= 0 && j >= k - 7; j--) {
    if (REFUSE.test(w[j]!)) return true;
    if (!GAP.test(w[j]!)) return false;
  }
  return false;
}

/** "refused to follow", "declined on Thursday to go first": word k is the infinitive of a refusal ("to" at k-1). */
export function refusedTo(w: readonly string[], k: number): boolean {
  return w[k - 1] === 'to' && (REFUSE.test(w[k - 2] ?? '') || refusalAcrossGap(w, k));
}
