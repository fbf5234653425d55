import type { Token } from '../tokens.js';
import type { Cue } from './cue-binding.js';
import type { Assignment } from './party-assignment.js';

/** words between the pronoun and its verb ("it is now expected to be signed") */
const VERB_GROUP = /^(?:will|would|shall|be|is|are|was|were|been|being|has|have|to|expected|set|due|scheduled|going|also|then|now|soon|still|only|likely|should)$/;

/**
 * "Norway and Ukraine have finalised the text, and it will be signed when ...": a second statement whose subject
 * is a pronoun for the agreement of the first (after "and", "but" or a comma) is about the same parties. The
 * parties of the nearest earlier cue also take this one, which names none of its own.
 */
export function pronounSubjectAssignments(toks: readonly Token[], cues: readonly Cue[], assigned: readonly Assignment[]): Assignment[] {
  const out: Assignment[] = [];
  for (const cue of cues) {
    if (cue.trigger.status === null || assigned.some((x) => x.cue === cue)) continue;
    const it = pronounSubjectAt(toks, cue.trigger.at);
    if (it < 0) continue;
    let prev: Cue | null = null;
    for (const x of assigned) if (x.cue.trigger.at < it && x.cue.ref.at >= 0 && x.cue.ref.at < it && (!prev || x.cue.trigger.at > prev.trigger.at)) prev = x.cue;
    if (!prev) continue;
    for (const x of assigned) if (x.cue === prev) out.push({ m: x.m, cue });
  }
  return out;
}

/** The token index of "it" / "they" that is the subject of the verb at `v` and opens a clause, or -1. */
function pronounSubjectAt(toks: readonly Token[], v: number): number {
  // "..., and its signing is expected in April": the possessive stands for the agreement of the first statement
  if (toks[v]?.lower === 'signing' && /^(?:its|their)$/.test(toks[v - 1]?.lower ?? '')) return /^(?:and|but|,|;)$/.test(toks[v - 2]?.lower ?? '') ? v - 1 : -1;
  for (let i = v - 1; i >= 0 && i >= v - 7; i--) {
    const x = toks[i]!.lower;
    if (x === 'it' || x === 'they') return /^(?:and|but|,|;)$/.test(toks[i - 1]?.lower ?? '') ? i : -1;
    if (!VERB_GROUP.test(x)) return -1;
  }
  return -1;
}
