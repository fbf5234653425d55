import type { Clause } from '../clauses.js';
import type { DateExpr } from '../dates/expressions.js';
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
export function earlierSigners(toks: readonly Token[], dates: readonly DateExpr[], cues: readonly Cue[], clauses: readonly Clause[], partners: readonly Mention[], taken: readonly Assignment[]): Assignment[] {
  const out: Assignment[] = [];
  for (let c = 1; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const opener = toks[clause.from]?.lower;
    if (opener !== 'after' && opener !== 'following') continue;
    const items = partners.filter((m) => m.from > clause.from && m.from < clause.to && !taken.some((x) => x.m === m));
    if (items.length === 0) continue;
    let bare = true;
    let dated = false;
    // "after Britain, Germany and Italy, under a framework agreed by the G7": a comma after the last name
    // closes the list, and what follows it is an adjunct of the sentence, not of the list
    const lastEnd = Math.max(...items.map((m) => m.to));
    const end = toks[lastEnd]?.text === ',' ? lastEnd : clause.to;
    // ("after those with London, Berlin and Paris", "following the ones of Britain and France": the agreements
    // of the names, by a pronoun)
    let first = clause.from + 1;
    if (toks[first]?.lower === 'the' && toks[first + 1]?.lower === 'ones') first++;
    if (/^(?:those|ones)$/.test(toks[first]?.lower ?? '') && /^(?:with|of)$/.test(toks[first + 1]?.lower ?? '')) first += 2;
    else first = clause.from + 1;
    for (let i = first; i < end && bare; i++) {
      if (items.some((m) => i >= m.from && i < m.to)) continue;
      if (GLUE.has(toks[i]!.lower)) continue;
      // "after the United Kingdom in January and Germany this morning in Berlin": each signer may carry the
      // time and place of its own signing
      const tail = timeOrPlaceAt(toks, i);
      if (tail > 0 && items.some((m) => m.to <= i)) {
        dated = true;
        i += tail - 1;
      } else bare = false;
    }
    if (!bare) continue;
    const signing = cues.find((q) => q.clause === c - 1 && q.trigger.family === 'sign' && q.trigger.status !== null && q.trigger.status !== 'refused');
    if (!signing) continue;
    const cue: Cue = { ...signing, trigger: { ...signing.trigger, status: 'signed', undated: true, hedged: false } };
    const sorted = [...items].sort((x, y) => x.from - y.from);
    sorted.forEach((m, i) => {
      // a signer's own time phrase, up to the next signer, dates its signing (read from the signer on)
      const end = sorted[i + 1]?.from ?? clause.to;
      const own = dated && dates.some((d) => d.at >= m.to && d.at < end);
      out.push({ m, cue: own ? { ...cue, clause: c, trigger: { ...cue.trigger, at: m.to, datedFrom: m.to, undated: false } } : cue });
    });
  }
  return out;
}

const TIME_WORDS = new Set([
  'this', 'last', 'that', 'same', 'earlier', 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'year', 'winter', 'spring', 'summer', 'autumn',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'of',
]);

/**
 * How many tokens from i make a phrase of time or place after a list member ("in January", "this morning",
 * "on 16 February", "in Berlin", "last week in Kyiv"); 0 when none starts there.
 */
function timeOrPlaceAt(toks: readonly Token[], i: number): number {
  const t = toks[i]!;
  let j = i;
  if (t.lower === 'in' || t.lower === 'on' || t.lower === 'at') j++;
  const start = j;
  while (j < toks.length && (TIME_WORDS.has(toks[j]!.lower) || /^\d{1,4}$/.test(toks[j]!.text) || (j > i && j === start && toks[j]!.cap && toks[j - 1]!.lower !== 'on'))) j++;
  return j > start ? j - i : 0;
}
