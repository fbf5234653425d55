import type { Token } from '../tokens.js';

/**
 * A date right after a verb of saying dates the statement, not the event ("the ministry said on Wednesday"):
 * a plan or talks announced on a day did not happen on that day.
 */
/** Verbs of saying: a date right after one dates the statement, not the event ("said on Wednesday"). */
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'confirmed', 'stated', 'added', 'noted', 'reported', 'wrote', 'declared', 'explained', 'insisted', 'announcing', 'saying', 'according', 'briefing', 'interview', 'statement', 'briefed']);

/** Is the date at token `i` the date of a statement ("the ministry said on Wednesday")? */
export function reportedDate(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const t = toks[j]!;
    if (REPORTING.has(t.lower)) return true;
    if (!t.word && t.text !== '-') return false;
    // "Diplomats said that on the margins of the same meeting ...": "that" opens what was said; a date in it is
    // the event's
    if (t.lower === 'that' && REPORTING.has(toks[j - 1]?.lower ?? '')) return false;
  }
  return false;
}
