import type { AgreementRef } from './kind.js';
import type { Token } from './tokens.js';

/**
 * In an article about the peace framework (ceasefire, Coalition of the Willing, multinational force, ...),
 * "security guarantees" are the post-war guarantees being negotiated there, whatever noun carries them: "the
 * document on security guarantees is ready to be signed", "a security guarantees agreement with the US". Such a
 * reference names the tracked type only as weakly as bare "security guarantees" do, so it is read as `weak`
 * (which a peace-framework article never accepts). References without guarantee words keep their kind.
 */

const GUARANTEE = /^(?:guarantee|guarantees|guaranteeing|assurance|assurances)$/;
/** How many words before the agreement noun (its pre-modifiers) and after it (its complement) are read. */
const BEFORE = 4;
const AFTER = 6;

export function demoteGuarantees(toks: readonly Token[], refs: readonly AgreementRef[]): AgreementRef[] {
  // ("Poland concluded a ten-year deal with Ukraine": among a peace plan's guarantees, a term alone names no type,
  // only an agreement, as the bare noun would)
  return refs.map((r) => (r.kind !== 'strong' ? r : guaranteeNear(toks, r.at) ? { ...r, kind: 'weak' } : r.termOnly ? { ...r, kind: 'anaphoric' } : r));
}

/** A guarantee word among the modifiers or the complement of the noun at token `at` (no punctuation between). */
function guaranteeNear(toks: readonly Token[], at: number): boolean {
  return GUARANTEE.test(toks[at]!.lower) || guaranteeWithin(toks, at, -1, BEFORE) || guaranteeWithin(toks, at, 1, AFTER);
}

/** Walks up to `words` words from `at` in direction `step`, across hyphens, stopping at other punctuation. */
function guaranteeWithin(toks: readonly Token[], at: number, step: 1 | -1, words: number): boolean {
  for (let i = at + step, seen = 0; i >= 0 && i < toks.length && seen < words; i += step) {
    const t = toks[i]!;
    if (!t.word) {
      if (t.text === '-') continue;
      return false;
    }
    if (GUARANTEE.test(t.lower)) return true;
    seen++;
  }
  return false;
}
