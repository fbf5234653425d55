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
    if (toks[i]!.text !== ',') continue;
    // the speech tag: a subject (name, title or pronoun) of at most five words, then a verb of speech
    let j = i + 1;
    while (j < toks.length && j <= i + 5 && toks[j]!.word && (toks[j]!.cap || LEADER_NOUNS.has(toks[j]!.lower) || toks[j]!.lower === 'the' || PRONOUNS.test(toks[j]!.lower))) j++;
    if (j > i + 1 && SPEECH.test(toks[j]?.lower ?? '')) return i;
  }
  return -1;
}
