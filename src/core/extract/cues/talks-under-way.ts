import { wordSet } from './trigger.js';

/** Verbs of talks (or work) under way after their noun: "talks continue", "negotiations are under way". */
const TALKS_AFTER = wordSet('started begun began opened resumed continue continues continuing under underway progressing advancing proceeding ongoing active intensive');
/** words that may stand between the talks and their verb ("talks have also started") */
const TALK_AUX = /^(?:have|has|had|is|are|was|were|also|now|already|formally|still)$/;

/** "talks continue", "talks have also started": a verb of talks under way at word j (after an auxiliary or adverb). */
export function talksGoOn(w: readonly string[], j: number): boolean {
  return [0, 1, 2].some((d) => TALKS_AFTER.has(w[j + d] ?? '') && (d === 0 || TALK_AUX.test(w[j]!)));
}
