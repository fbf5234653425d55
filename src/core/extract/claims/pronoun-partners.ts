import type { Clause } from '../clauses.js';
import { REPORTING_VERBS } from '../cues/modality.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import type { Cue } from './cue-binding.js';
import type { Assignment } from './party-assignment.js';

/**
 * "Germany and France were next, and Ukraine hoped to sign documents with them": a cue whose partner is the
 * pronoun "them" (after "with") is about the parties an earlier clause of the sentence named as its subject and
 * gave no cue of their own. The antecedent clause must be short after the names (a copula and a word or two:
 * "were next", "are in line"), so no other plural noun could be what "them" stands for, and must name two
 * parties or more; "them" must be the cue's own complement, a few words after it, with no party in between.
 */
const WITH_WINDOW = 6;
/** the words a short predicate of the names may have after them */
const PREDICATE_TAIL = 4;

export function pronounPartnerAssignments(toks: readonly Token[], cues: readonly Cue[], clauses: readonly Clause[], partners: readonly Mention[], assigned: readonly Assignment[]): Assignment[] {
  const out: Assignment[] = [];
  for (const cue of cues) {
    if (cue.trigger.status === null || assigned.some((x) => x.cue === cue)) continue;
    const them = withThemAfter(toks, cue, clauses[cue.clause]!, partners);
    if (them < 0) continue;
    const names = antecedentNames(toks, clauses, cue.clause, partners, assigned);
    for (const m of names) out.push({ m, cue });
  }
  return out;
}

/** The index of "them" in "with them" a few words after the cue, in its clause and with no party between, else -1. */
function withThemAfter(toks: readonly Token[], cue: Cue, clause: Clause, partners: readonly Mention[]): number {
  const at = cue.trigger.at;
  for (let i = at + 1; i < clause.to && i <= at + WITH_WINDOW; i++) {
    if (partners.some((m) => m.from === i)) return -1;
    if (toks[i]!.lower === 'them' && toks[i - 1]?.lower === 'with') return i;
  }
  return -1;
}

/**
 * The partners that open the nearest earlier clause as its subject (after "that" or nothing), none of them
 * with a cue yet, followed only by a short predicate; at least two codes in all.
 */
function antecedentNames(toks: readonly Token[], clauses: readonly Clause[], c: number, partners: readonly Mention[], assigned: readonly Assignment[]): Mention[] {
  for (let p = c - 1; p >= 0; p--) {
    const clause = clauses[p]!;
    const inside = partners.filter((m) => m.from >= clause.from && m.from < clause.to);
    if (inside.length === 0) continue;
    if (inside.some((m) => assigned.some((x) => x.m === m && x.cue.trigger.status !== null))) return [];
    // the names are the clause's subject: at its start or opening reported speech ("said (that) ..."), then only list
    // glue and names before the predicate
    let i = inside[0]!.from;
    if (toks[i - 1]?.lower === 'the') i--;
    const opener = toks[i - 1]?.lower ?? '';
    if (i !== clause.from && !(i === clause.from + 1 && opener === 'and') && opener !== 'that' && !REPORTING_VERBS.has(opener)) return [];
    let last = -1;
    while (i < clause.to) {
      const m = inside.find((x) => x.from === i);
      if (m) {
        last = m.to;
        i = m.to;
        continue;
      }
      if (!/^(?:and|,|the)$/.test(toks[i]!.lower)) break;
      i++;
    }
    if (last < 0 || i !== last) return [];
    // a short predicate with no noun of its own ("were next"): the clause ends a few words after the names
    const tail = toks.slice(last, clause.to).filter((t) => t.word);
    if (tail.length === 0 || tail.length > PREDICATE_TAIL) return [];
    if (!/^(?:is|are|was|were|will|would|come|comes|came)$/.test(tail[0]!.lower)) return [];
    if (new Set(inside.flatMap((m) => m.codes)).size < 2) return [];
    return inside;
  }
  return [];
}
