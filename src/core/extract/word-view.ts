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
    if (!t.word) return;
    // "co-operation" is the word "cooperation" (its second half is not a word of its own: "operation")
    if (i >= 2 && toks[i - 2]!.lower === 'co' && glued(toks, i - 1) && glued(toks, i)) return;
    if (t.lower === 'co' && glued(toks, i + 1) && glued(toks, i + 2) && toks[i + 2]!.word) {
      w.push('co' + toks[i + 2]!.lower);
      at.push(i);
      return;
    }
    // the prefix of "non-G7" is no negation
    w.push(t.lower === 'non' && toks[i + 1]?.text === '-' ? 'non-' : t.lower);
    at.push(i);
  });
  return { w, at };
}

/** Is token i a hyphen or word written right against the token before it ("co-operation")? */
function glued(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && (t.text === '-' || t.word) && t.start === toks[i - 1]!.end && (t.text === '-' || toks[i - 1]!.text === '-');
}
