import { clauseIndexOf, segmentClauses } from '../clauses.js';
import type { SentenceAnalysis } from '../claims/types.js';

/** How far a signing verb reaches for the agreement it governs when deciding whose agreement it is. */
const OBJECT_WINDOW = 12;

/**
 * "Japan and the Philippines signed a Reciprocal Access Agreement", "France signed a defence agreement with
 * Moldova": a sentence without the hub in which two other states sign one agreement (singular, not "similar")
 * together. What follows it ("the pact", "the deal", "similar agreements") is that pact, not the hub's,
 * until the tracked type is named again.
 */
export function signsOtherPair(a: SentenceAnalysis): boolean {
  const { mentions, triggers, refs, toks } = a;
  if (mentions.some((m) => m.role === 'hub')) return false;
  const clauses = segmentClauses(toks, mentions);
  for (const t of triggers) {
    if (t.family !== 'sign' || t.status === null) continue;
    const object = refs.find((r) => r.at > t.at && r.at - t.at <= OBJECT_WINDOW);
    if (!object || object.plural || object.similar) continue;
    // "Germany and Lithuania signed on Monday an agreement on stationing troops": an adjunct before the object
    // leaves the verb objectless, but an agreement of another kind after it is still their own pact
    if (t.objectless && object.kind !== 'other' && object.kind !== 'excluded') continue;
    const clause = clauseIndexOf(clauses, t.at);
    const codes = new Set(mentions.filter((m) => m.role === 'partner' && m.kind !== 'group' && clauseIndexOf(clauses, m.from) === clause).flatMap((m) => m.codes));
    if (codes.size === 2) return true;
  }
  return false;
}
