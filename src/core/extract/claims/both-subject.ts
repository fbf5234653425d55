import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { LEADER_NOUNS } from '../words.js';
import type { Cue } from './cue-binding.js';
import type { Assignment } from './party-assignment.js';

/** words between the quantifier and its verb ("both have now signed") */
const VERB_GROUP = /^(?:have|had|has|also|then|later|duly|now|each|too|would|will)$/;
/** the people or states a quantifier may count ("both leaders", "all three governments") */
const COUNTED_NOUNS = /^(?:men|women|countries|states|nations|capitals)$/;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "Scholz hosted Zelensky in Berlin, and Macron received him in Paris; both leaders signed", "Trudeau and
 * Meloni were in Kyiv, and both signed": a signing whose subject is "both" or "all three" (opening its clause)
 * is made by the partners the sentence named before it, when they are exactly as many as it counts and none of
 * them has a cue of its own.
 */
export function quantifiedSubjectAssignments(toks: readonly Token[], cues: readonly Cue[], partners: readonly Mention[], assigned: readonly Assignment[]): Assignment[] {
  const out: Assignment[] = [];
  for (const cue of cues) {
    if (cue.trigger.status === null || cue.trigger.family !== 'sign' || assigned.some((x) => x.cue === cue)) continue;
    const q = quantifierAt(toks, cue.trigger.at);
    if (!q) continue;
    const before = partners.filter((m) => m.to <= q.at);
    if (before.some((m) => assigned.some((x) => x.m === m))) continue;
    const codes = new Set(before.flatMap((m) => m.codes));
    if (codes.size !== q.count) continue;
    for (const m of before) out.push({ m, cue });
  }
  return out;
}

/** "both" / "all three" (with an optional noun) opening the clause whose verb is at `v`: where, and how many. */
function quantifierAt(toks: readonly Token[], v: number): { at: number; count: number } | null {
  let i = v - 1;
  while (i >= 0 && VERB_GROUP.test(toks[i]!.lower)) i--;
  if (i >= 0 && (LEADER_NOUNS.has(toks[i]!.lower) || COUNTED_NOUNS.test(toks[i]!.lower))) i--;
  // ("the prime ministers": a two-word title)
  if (i >= 0 && toks[i]!.lower === 'prime') i--;
  let at = -1;
  let count = 0;
  if (toks[i]?.lower === 'both') {
    at = i;
    count = 2;
  } else if (toks[i - 1]?.lower === 'all' && NUMBERS[toks[i]?.lower ?? ''] !== undefined) {
    at = i - 1;
    count = NUMBERS[toks[i]!.lower]!;
  }
  if (at < 1) return null;
  return /^(?:and|but|,|;|then)$/.test(toks[at - 1]!.lower) ? { at, count } : null;
}
