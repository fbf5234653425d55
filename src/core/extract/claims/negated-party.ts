import { NEG, NEG_CONTRACTED } from '../cues/negation.js';
import type { Token } from '../tokens.js';
import type { Assignment } from './party-assignment.js';

/**
 * "Greece Signs Security Agreement with Ukraine, Bulgaria Still Not Among Signatories", "France has signed,
 * Italy not yet": a party followed by a negation of its own is set against the statement before it, not one
 * of its parties. Only a cue before the party is refused it (the party's own negated verb after it is a cue
 * of its own, read by the cue families), or one in a relative clause describing a set the party is said not
 * to be among.
 */

/** Words between the party and its negation: "still", "yet", an auxiliary. */
const BEFORE_NEG = new Set(['still', 'yet', 'also', 'so', 'far', 'is', 'are', 'was', 'were', 'remains', 'remain', 'has', 'have', 'had', 'does', 'do', 'did', 'however']);

export function dropNegatedParties(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => !(negationAfter(toks, x.m.to) && (x.cue.trigger.at < x.m.from || notAmongSigners(toks, x.m.to, x.cue.trigger.at))) && !outsideNegatedSet(toks, x));
}

/**
 * "Poland has been Ukraine's loudest supporter, yet it is not among the countries that have concluded …": the
 * set's relative clause is no statement about a party named before "not among" (whether by name, as above, or
 * through a pronoun after it).
 */
function outsideNegatedSet(toks: readonly Token[], x: Assignment): boolean {
  const cue = x.cue.trigger.at;
  if (x.m.to > cue) return false;
  for (let n = cue - 1; n >= x.m.to && n >= cue - AMONG_REACH; n--) {
    if (!NEG.has(toks[n]!.lower) || toks[n]!.lower === 'no') continue;
    return notAmongSigners(toks, n + 1, cue);
  }
  return false;
}

/**
 * "Slovakia is not among the countries that have signed ...", "Hungary is not one of the states which signed",
 * "Moldova is not part of the web of pacts that Kyiv has concluded":
 * the cue after the negation describes the set the party is said not to belong to.
 */
/** How far the set's relative clause may stand after the party ("is not among the countries that"). */
const AMONG_REACH = 12;

function notAmongSigners(toks: readonly Token[], from: number, cueAt: number): boolean {
  if (cueAt <= from) return false;
  let among = false;
  for (let i = from; i < cueAt && i <= from + AMONG_REACH; i++) {
    const x = toks[i]!.lower;
    // (membership in any words: "among", "one of", "part of", "a member of", "party to", "included in", "covered by")
    const next = toks[i + 1]?.lower ?? '';
    if (x === 'among' || (/^(?:one|part|member|members)$/.test(x) && next === 'of') || (x === 'party' && next === 'to') || (/^(?:included|covered)$/.test(x) && /^(?:in|by)$/.test(next))) among = true;
    else if (among && /^(?:that|which|who)$/.test(x)) return true;
  }
  return false;
}

/** A negation right after token `from` (skipping a few adverbs and auxiliaries, no punctuation). */
function negationAfter(toks: readonly Token[], from: number): boolean {
  for (let i = from, seen = 0; i < toks.length && seen < 3; i++, seen++) {
    const t = toks[i]!;
    if (!t.word) return false;
    if (NEG.has(t.lower) && t.lower !== 'no') return true;
    if (NEG_CONTRACTED.has(t.lower) && toks[i + 1]?.text === "'" && toks[i + 2]?.lower === 't') return true;
    if (!BEFORE_NEG.has(t.lower)) return false;
  }
  return false;
}
