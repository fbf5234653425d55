import type { AgreementRef } from './kind.js';
import type { Token } from './tokens.js';
import type { WordView } from './word-view.js';

/**
 * An agreement that is only being changed: "an annex that should update their ten-year security commitments",
 * "amendments to the security agreement", "agreed to extend the bilateral agreement". What is prepared, signed
 * or approved there is the change to an agreement that already exists, not the agreement: such a reference is
 * read as another act (kind `other`), so no cue can make a claim of it.
 */

/** Verbs of changing a text that exists ("update", "amend", "extend", "supplement", "revise", "prolong"). */
const CHANGE_VERB = /^(?:updat(?:e|es|ed|ing)|amend(?:s|ed|ing)?|extend(?:s|ed|ing)?|supplement(?:s|ed|ing)?|revis(?:e|es|ed|ing)|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?|modernis(?:e|es|ed|ing)|moderniz(?:e|es|ed|ing))$/;
/** Nouns of a change to a text: "an annex to", "amendments to", "a protocol to", "the extension of". */
const CHANGE_NOUN = /^(?:annex|annexes|amendment|amendments|addendum|addenda|protocol|protocols|appendix|supplement|update|extension|prolongation|revision|renewal)$/;
/** Words between the change and the agreement noun: determiners, possessives and the type's own modifiers. */
const BETWEEN = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'existing', 'current', 'bilateral', 'security',
  'ten', 'year', '10', 'long', 'term', 'cooperation', 'defence', 'defense', 'and', 'support', 'on', 'of', 'to', 'with', 'ukraine', 'kyiv',
]);
/** How many words may stand between the change and the agreement noun. */
const REACH = 6;

/** The references of a sentence, those that are only being changed turned into another act. */
export function markAmended(toks: readonly Token[], view: WordView, refs: AgreementRef[]): AgreementRef[] {
  if (refs.length === 0) return refs;
  const { w, at } = view;
  const wordAt = new Map(at.map((t, k) => [t, k]));
  return refs.map((r) => {
    if (r.kind === 'other' || r.kind === 'excluded' || r.textual) return r;
    const k = wordAt.get(r.at);
    if (k === undefined) return r;
    return changedAt(toks, w, at, k) ? { ...r, kind: 'other' } : r;
  });
}

/** Is the agreement noun at word k the object of a change ("update their ... commitments", "annex to the agreement")? */
function changedAt(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REACH; j--) {
    // the change must be in the same stretch of text: no comma, semicolon or sentence mark in between
    if (toks.slice(at[j]! + 1, at[j + 1]!).some((t) => t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.')) return false;
    const x = w[j]!;
    if (CHANGE_VERB.test(x) && !(x === 'update' && /^(?:an|the|a)$/.test(w[j - 1] ?? ''))) return true;
    // "an annex to their agreement", "amendments to the security agreement"
    if (CHANGE_NOUN.test(x) && /^(?:to|of)$/.test(w[j + 1] ?? '')) return true;
    if (!BETWEEN.has(x)) return false;
  }
  return false;
}
