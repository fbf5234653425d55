import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { LEADER_NOUNS } from '../words.js';
import { confidenceOf } from '../confidence.js';
import { clauseIndexOf, type Clause } from '../clauses.js';
import { dateFor } from './claim-dates.js';
import type { Cue } from './cue-binding.js';
import type { ArticleContext, DiscourseContext, SentenceAnalysis, SentenceClaim } from './types.js';
import type { Assignment } from './party-assignment.js';

/** words between the quantifier and its verb ("both have now signed") */
const VERB_GROUP = /^(?:have|had|has|also|then|later|duly|now|each|too|would|will)$/;
/** a plan or a passive between the quantifier and its verb ("are expected to be", "are due to be") */
const PLAN_GROUP = /^(?:are|were|be|been|expected|set|due|likely|to)$/;
/** the people or states a quantifier may count ("both leaders", "all three governments") */
const COUNTED_NOUNS = /^(?:men|women|countries|states|nations|capitals|neighbours|neighbors|allies)$/;
/** reporting verbs whose reported clause "both" may open ("Officials said both were expected to sign") */
const REPORTING = /^(?:said|says|added|noted|stressed|believe|believes|expect|expects|confirmed)$/;

/**
 * Where "Both" opens the sentence, or the clause a report opens right after its verb ("Latvian officials said
 * both neighbours ...", "He added that both ..."); -1 when it does neither.
 */
function bothStart(toks: readonly Token[]): number {
  if (toks[0]?.lower === 'both') return 0;
  for (let i = 1; i < toks.length && i <= 8; i++) {
    const t = toks[i]!;
    if (!t.word) return -1;
    if (t.lower !== 'both') continue;
    const v = toks[i - 1]!.lower === 'that' ? i - 2 : i - 1;
    return REPORTING.test(toks[v]?.lower ?? '') ? i : -1;
  }
  return -1;
}
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
    // ("work on pacts with Italy and Canada is well advanced, and both are expected to be signed": partners held by
    // talks may still be the subject of the signing after them; not partners of another signing)
    if (before.some((m) => assigned.some((x) => x.m === m && x.cue.trigger.family === 'sign'))) continue;
    const codes = new Set(before.flatMap((m) => m.codes));
    if (codes.size !== q.count) continue;
    for (const m of before) out.push({ m, cue });
  }
  return out;
}

/** "both" / "all three" (with an optional noun) opening the clause whose verb is at `v`: where, and how many. */
function quantifierAt(toks: readonly Token[], v: number): { at: number; count: number } | null {
  let i = v - 1;
  // ("both are expected to be signed", "both will be concluded": a plan or passive before the verb)
  while (i >= 0 && (VERB_GROUP.test(toks[i]!.lower) || PLAN_GROUP.test(toks[i]!.lower))) i--;
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

/**
 * "Latvian officials said both neighbours were expected to conclude theirs": "both" opens the clause a report
 * opens, and the partners named before it are the speakers (the sentence's "both" are still those of the
 * sentence before).
 */
export function bothOpensReport(toks: readonly Token[], partners: readonly Mention[]): boolean {
  const b = bothStart(toks);
  return b > 0 && partners.every((m) => m.to <= b);
}

/**
 * "Trudeau and Meloni arrived in Kyiv on Saturday morning. Both are expected to sign bilateral security
 * agreements with Zelenskyy today": a sentence that opens with "Both" ("Both leaders", "Both of them") and
 * names no partner speaks of the two partners the sentence before opened with as its subject.
 */
export function bothOfBeforeClaims(a: SentenceAnalysis, ctx: ArticleContext, discourse: DiscourseContext, cues: readonly Cue[], clauses: readonly Clause[], cueClauses: ReadonlySet<number>, hubInSentence: boolean, cueBase: number): SentenceClaim[] {
  const pair = discourse.subjectPair;
  const { toks } = a;
  const b = bothStart(toks);
  if (!pair || b < 0) return [];
  let v = b + 1;
  if (toks[v]?.lower === 'of' && toks[v + 1]?.lower === 'them') v += 2;
  else if (LEADER_NOUNS.has(toks[v]?.lower ?? '') || COUNTED_NOUNS.test(toks[v]?.lower ?? '')) v++;
  const out: SentenceClaim[] = [];
  for (const cue of cues) {
    const status = cue.trigger.status;
    if (status === null || (cue.trigger.family !== 'sign' && cue.trigger.family !== 'negotiate')) continue;
    // the cue is the verb of "Both": in the first clause, within a few words of it
    if (cue.trigger.at < v || cue.trigger.at - v > 6 || cue.clause !== clauseIndexOf(clauses, b)) continue;
    const date = dateFor(cue, a, clauses, cueClauses, ctx, discourse);
    for (const party of pair) {
      out.push({ party, status, date, via: 'direct', cueId: cueBase + cues.indexOf(cue), confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize: 2, hedged: cue.trigger.hedged, title: false, via: 'direct' }) });
    }
    break;
  }
  return out;
}
