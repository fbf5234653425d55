import type { Token } from './tokens.js';

/**
 * The words of a sentence without its punctuation, lower-cased, with the token index of each: the rules that
 * read a few words left or right of a cue ("will not be signed") skip commas and quotes this way, and map
 * back to token positions (for clauses, mentions and evidence) through `at`.
 */
export interface WordView {
  readonly w: readonly string[];
  /** token index of each word */
  readonly at: readonly number[];
}

export function wordView(toks: readonly Token[]): WordView {
  const w: string[] = [];
  const at: number[] = [];
  toks.forEach((t, i) => {
    if (t.word) {
      // the prefix of "non-G7" is no negation
      w.push(t.lower === 'non' && toks[i + 1]?.text === '-' ? 'non-' : t.lower);
      at.push(i);
    }
  });
  return { w, at };
}
