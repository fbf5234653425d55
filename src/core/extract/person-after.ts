import type { Token } from './tokens.js';
import { FUNCTION_WORDS, SUBJECT_VERBS } from './words.js';

/**
 * "Estonia's Kaja Kallas", "Italy's Giorgia Meloni": two or three capitalised words after a possessive, ending
 * there, are a person's name (the state's leader whom the gazetteer may not know), so the state acts.
 * "Britain's Royal Navy fleet" (a name followed by its own noun) is not.
 */
export function personNameAt(toks: readonly Token[], i: number): boolean {
  let k = i;
  while (k < toks.length && k < i + 4 && isNamePart(toks, k, k === i)) k++;
  const n = k - i;
  if (n < 2 || n > 3) return false;
  const next = toks[k];
  // the name ends the noun phrase: punctuation, a function word or a verb follows ("Kaja Kallas on the fringes")
  return next === undefined || !next.word || (!next.cap && (FUNCTION_WORDS.has(next.lower) || SUBJECT_VERBS.has(next.lower) || /.{3}ed$/.test(next.lower)));
}

function isNamePart(toks: readonly Token[], k: number, first: boolean): boolean {
  const t = toks[k]!;
  if (!t.word || !t.cap || FUNCTION_WORDS.has(t.lower) || /\d/.test(t.text) || (t.text.length > 1 && t.text === t.text.toUpperCase())) return false;
  // the parts of a name are written apart ("Kaja Kallas"), and never glued by an apostrophe
  return first || toks[k - 1]!.end < t.start;
}
