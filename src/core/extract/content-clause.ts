import type { AgreementRef } from './kind.js';
import type { WordView } from './word-view.js';

/**
 * "signed an agreement allowing Ukrainian defence firms to produce weapons in Denmark", "a deal enabling joint
 * production": a bare agreement noun whose participle clause says what it permits names an arrangement of its
 * own (production, transit, access), not the article's security agreement. Only an `anaphoric` reference is
 * read so: "a security agreement allowing ..." keeps its kind.
 */
const PERMITS = /^(?:allowing|enabling|permitting|authori[sz]ing|letting)$/;

export function markContentClause(view: WordView, refs: AgreementRef[]): AgreementRef[] {
  const { w, at } = view;
  return refs.map((r) => {
    if (r.kind !== 'anaphoric' || r.textual || r.similar) return r;
    // the word right after the noun (the very next token)
    const next = wordIndexAfter(at, r.at);
    return at[next] === r.at + 1 && PERMITS.test(w[next] ?? '') ? { ...r, kind: 'other' } : r;
  });
}

/** The index of the first word whose token lies after token `tok` (binary search over the sorted `at`). */
function wordIndexAfter(at: readonly number[], tok: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! <= tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
