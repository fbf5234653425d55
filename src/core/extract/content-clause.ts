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
    const k = at.indexOf(r.at);
    return k >= 0 && PERMITS.test(w[k + 1] ?? '') && at[k + 1] === r.at + 1 ? { ...r, kind: 'other' } : r;
  });
}
