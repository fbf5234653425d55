import type { CueSentence } from './cue-sentence.js';

/**
 * "added Sweden, Norway and Iceland to …", "follow the UK, Germany and France in signing": a run of names
 * (capitalised words joined by "and" / "the") from word `from`, then the word `stop`. The index of `stop`, or -1
 * when another word comes first, no name does, or `stop` is not within 14 words.
 */
export function namesThen(s: CueSentence, from: number, stop: string): number {
  const { toks, w, at } = s;
  let names = 0;
  for (let j = from; j < w.length && j < from + 14; j++) {
    if (w[j] === stop) return names > 0 ? j : -1;
    if (toks[at[j]!]!.cap) names++;
    else if (w[j] !== 'and' && w[j] !== 'the') return -1;
  }
  return -1;
}
