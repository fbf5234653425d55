import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { objectOfPreposition } from '../preposition-object.js';
import type { Cue } from './cue-binding.js';

/** words that may stand between a subject and its verb of talks ("are both still working on") */
const SUBJECT_GAP = /^(?:and|,|is|are|was|were|has|have|had|been|both|still|also|now|already|currently|all|each|themselves|itself)$/;

/**
 * "Germany and France are both still working on their own agreements, and the US intends to conclude one":
 * a party that is the subject of a verb of talks (only auxiliaries, adverbs and the other subjects between
 * them) takes those talks, not the sentence's nearer signing or plan.
 */
export function talksOfSubject(toks: readonly Token[], mentions: readonly Mention[], mentionAt: ReadonlySet<number>, m: Mention, own: readonly Cue[]): Cue | undefined {
  // ("signed pacts with Britain and is negotiating with Italy": a party a preposition governs is no subject)
  if (objectOfPreposition(toks, mentions, m)) return undefined;
  return own.find((q) => {
    if (q.trigger.family !== 'negotiate' || q.trigger.status === null || q.trigger.at < m.to || q.trigger.at - m.to > 8) return false;
    for (let i = m.to; i < q.trigger.at; i++) if (!mentionAt.has(i) && !SUBJECT_GAP.test(toks[i]!.lower)) return false;
    return true;
  });
}

