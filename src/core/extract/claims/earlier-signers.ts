import type { Clause } from '../clauses.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import type { Cue } from './cue-binding.js';
import type { Assignment } from './party-assignment.js';

/** Words that may join the names of a bare list ("the United Kingdom, Germany and France"). */
const GLUE = new Set([',', 'and', 'the', '&', '.', ';', 'as', 'well']);

/**
 * "Denmark became the fourth country to sign one, after the United Kingdom, Germany and France": a clause that
 * is nothing but "after"/"following" and a list of names, hung on a signing, names the earlier signers. They
 * signed before (whatever the main verb's tense), on dates of their own that the sentence does not give.
 * A clause with a verb or any other word ("after talks with Germany", "after France pledged jets") is not one.
 */
export function earlierSigners(toks: readonly Token[], cues: readonly Cue[], clauses: readonly Clause[], partners: readonly Mention[], taken: readonly Assignment[]): Assignment[] {
  const out: Assignment[] = [];
  for (let c = 1; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const opener = toks[clause.from]?.lower;
    if (opener !== 'after' && opener !== 'following') continue;
    const items = partners.filter((m) => m.from > clause.from && m.from < clause.to && !taken.some((x) => x.m === m));
    if (items.length === 0) continue;
    let bare = true;
    for (let i = clause.from + 1; i < clause.to && bare; i++) {
      if (items.some((m) => i >= m.from && i < m.to)) continue;
      if (!GLUE.has(toks[i]!.lower)) bare = false;
    }
    if (!bare) continue;
    const signing = cues.find((q) => q.clause === c - 1 && q.trigger.family === 'sign' && q.trigger.status !== null && q.trigger.status !== 'refused');
    if (!signing) continue;
    const cue: Cue = { ...signing, trigger: { ...signing.trigger, status: 'signed', undated: true, hedged: false } };
    for (const m of items) out.push({ m, cue });
  }
  return out;
}
