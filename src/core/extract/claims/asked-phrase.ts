import type { Token } from '../tokens.js';
import { LEADER_NOUNS } from '../words.js';

/**
 * "Asked about a security document of the kind Kyiv has concluded with most EU states, Fico said ...": a
 * fronted "Asked about / whether ..." phrase is the reporter's question. Nothing in it is asserted, and its
 * cues (here "has concluded") belong to no party of the answer. The phrase ends at the comma that opens the
 * answer's speech tag ("..., Fico said", "..., the minister replied", "..., he told reporters").
 */
const ASKED_OPENERS = /^(?:about|whether|if|when|why|how|on|what|for)$/;
const SPEECH = /^(?:said|says|replied|replies|answered|answers|told|responded|insisted|stressed|noted|added|declared|suggested)$/;
const PRONOUNS = /^(?:he|she|they|it|we)$/;

/** The token index of the comma that ends a fronted "Asked about ..." phrase, or -1. */
export function askedPhraseEnd(toks: readonly Token[]): number {
  if (toks[0]?.lower !== 'asked' || !ASKED_OPENERS.test(toks[1]?.lower ?? '')) return -1;
  for (let i = 2; i < toks.length; i++) {
    if (toks[i]!.text === ';' || toks[i]!.text === '.') return -1;
    if (toks[i]!.text === ',' && speechTagAfter(toks, i)) return i;
  }
  return -1;
}

/** After the comma at i, a speech tag: a subject (name, title or pronoun) of at most five words, then a verb of speech. */
function speechTagAfter(toks: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (j < toks.length && j <= i + 5 && toks[j]!.word && (toks[j]!.cap || LEADER_NOUNS.has(toks[j]!.lower) || toks[j]!.lower === 'the' || PRONOUNS.test(toks[j]!.lower))) j++;
  return j > i + 1 && SPEECH.test(toks[j]?.lower ?? '');
}

const ASK_VERBS = /^(?:asked|asks|ask|asking)$/;
/** How many words the one asked may take ("the Tánaiste and Minister for Foreign Affairs"). */
const ADDRESSEE_WORDS = 8;

/**
 * "Deputy Howlin asked the Minister if Ireland intends to conclude an agreement", "MPs have asked whether the
 * agreement will be signed before the summer": a reported question, the form of every parliamentary question.
 * What it asks about is not asserted. The token range [if/whether, end) of the question (to the comma before a
 * speech tag that answers it, else the sentence's end), or null.
 */
export function reportedQuestion(toks: readonly Token[]): [number, number] | null {
  for (let i = 0; i < toks.length; i++) {
    if (!ASK_VERBS.test(toks[i]!.lower)) continue;
    let j = i + 1;
    while (j < toks.length && j <= i + ADDRESSEE_WORDS && toks[j]!.word && !/^(?:if|whether)$/.test(toks[j]!.lower)) j++;
    if (!/^(?:if|whether)$/.test(toks[j]?.lower ?? '')) continue;
    // (", and the minister said ...": the answer, after a conjunction too)
    for (let k = j + 1; k < toks.length; k++) if (toks[k]!.text === ',' && speechTagAfter(toks, /^(?:and|but)$/.test(toks[k + 1]?.lower ?? '') ? k + 1 : k)) return [j, k];
    return [j, toks.length];
  }
  return null;
}
