import { clauseIndexOf, type Clause } from '../clauses.js';
import type { Trigger } from '../cues/trigger.js';
import { spaceBefore, type Token } from '../tokens.js';
import type { AgreementRef, RefKind } from '../kind.js';
import type { ArticleContext, DiscourseContext, SentenceAnalysis } from './types.js';
import { framedAct } from './framework-act.js';

/**
 * Binding each cue of a sentence to the agreement it is about: the nearest reference in its window, else
 * (for an objectless or topical cue) the agreement of the sentences before. A cue about another kind of
 * agreement, or about none, is dropped here: no claim can come from it.
 */

/** A cue with the agreement reference it governs. */
export interface Cue {
  readonly trigger: Trigger;
  readonly ref: AgreementRef;
  readonly clause: number;
  /** the agreement comes from the article's topic, not the sentence: weaker support */
  readonly topical?: boolean;
}

/** The agreement of the sentences before, for a cue that names none ("Copenhagen had signed in Lviv"). */
export const ANTECEDENT: AgreementRef = { kind: 'anaphoric', at: -1, plural: false, similar: false };

function refAccepted(kind: RefKind, ctx: ArticleContext): boolean {
  if (kind === 'strong') return true;
  if (kind === 'weak') return ctx.weakOk;
  if (kind === 'anaphoric') return ctx.focused;
  return false;
}

/** The agreement a cue governs: the nearest reference, the object (after) slightly preferred over the subject. */
function governedRef(t: Trigger, refs: readonly AgreementRef[], clauses: readonly Clause[], clause: number, toks: readonly Token[]): AgreementRef | null {
  let best: AgreementRef | null = null;
  let bestScore = Infinity;
  // ("security agreements within the G7 Joint Declaration": the declaration is the agreements' frame, not an object)
  const framed = refs.some((r) => r.kind === 'strong') ? refs.filter((r) => framedAct(toks, r)) : [];
  for (const r of refs) {
    if (framed.includes(r)) continue;
    // "work on the final wording": the draft is the object of a negotiation cue, never its subject
    // ("signed a similar text": a text likened to the named agreements is one of them, the object of any cue)
    if (r.textual && !(r.similar && r.at > t.at) && (t.family !== 'negotiate' || (r.at <= t.at && !t.passive))) continue;
    if (t.forward && r.at < t.at) continue;
    if (t.backward && r.at > t.at) continue;
    // ("The agreement with Slovenia, which had been expected in June, is still being finalised": a relative clause
    // between the subject and its verb does not count)
    const back = t.at - r.at;
    // ("a ten-year security cooperation and long-term support deal": a hyphenated compound is one word)
    const d = r.at >= t.at ? r.at - t.at - 2 * compoundsBetween(toks, t.at, r.at) : (back * 1.3 > t.refWindow && back <= 3 * t.refWindow ? back - relativeBetween(clauses, r.at, t.at) : back) * 1.3;
    if (d > t.refWindow) continue;
    const other = clauseIndexOf(clauses, r.at) !== clause;
    const score = d + (other ? 8 : 0);
    if (score < bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** Hyphens glued to the words on both sides ("ten-year") between tokens `from` and `to`. */
function compoundsBetween(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to - 1; i++) if (toks[i]!.text === '-' && !spaceBefore(toks, i) && !spaceBefore(toks, i + 1)) n++;
  return n;
}

/** The tokens of relative clauses lying wholly between tokens `from` and `to`, resumed before `to`. */
function relativeBetween(clauses: readonly Clause[], from: number, to: number): number {
  let n = 0;
  clauses.forEach((c, i) => {
    if (c.boundary === 'rel' && c.from > from && c.to <= to && clauses[i + 1]?.boundary === 'resume') n += c.to - c.from;
  });
  return n;
}

/** "agreements with Kyiv": the agreement's complement is the hub. */
function withHub(a: SentenceAnalysis, ref: AgreementRef): boolean {
  return a.toks[ref.at + 1]?.lower === 'with' && a.mentions.some((m) => m.role === 'hub' && m.from === ref.at + 2);
}

/** The cues of a sentence that govern an accepted agreement reference, each with its clause. */
export function bindCues(a: SentenceAnalysis, ctx: ArticleContext, title: boolean, discourse: DiscourseContext, clauses: readonly Clause[]): Cue[] {
  const { mentions, triggers, refs } = a;
  const cues: Cue[] = [];
  const strongHere = refs.some((r) => r.kind === 'strong');
  const hubHere = mentions.some((m) => m.role === 'hub');
  const mentionEnds = new Set(mentions.map((m) => m.to));
  for (const t of triggers) {
    // body-text "countries that conclude agreements": a generic present, unless a party is its subject
    if (t.barePresent && !title && !mentionEnds.has(t.at)) continue;
    // ("Bulgaria was expected to sign. Sofia decided not to.": the verb left out is the sentence before's signing)
    if (t.elided && !discourse.signVerbBefore) continue;
    const clause = clauseIndexOf(clauses, t.at);
    let ref = t.refWindow > 0 ? governedRef(t, refs, clauses, clause, a.toks) : null;
    // after another agreement was named ("a 100-year partnership"), "the treaty" is that one; "similar bilateral
    // documents with Kyiv" after a summit's joint declaration are still the hub's bilateral ones
    // ("agreements with Kyiv" are likewise the hub's own, whatever act was named before)
    // ("Croatia concluded a similar agreement with Kyiv, while Greece signed its document": the sentence has named
    // the hub's agreement again before the anaphor)
    const renamed = ref !== null && cues.some((c) => c.ref.at >= 0 && c.ref.at < ref!.at && withHub(a, c.ref));
    if (ref && ref.kind === 'anaphoric' && discourse.shifted && !strongHere && !(ref.bilateral && hubHere) && !withHub(a, ref) && !renamed) continue;
    let topical = false;
    // "Recent ones include Ireland": the agreements the sentence before told were signed, or none
    if (t.signedBefore) {
      if (!(discourse.signedPlural && ctx.focused)) continue;
      ref = ANTECEDENT;
    }
    // "Copenhagen had signed in Lviv a day earlier": no object, the agreement of the sentences before
    if (!ref && t.objectless && discourse.carry && ctx.focused) ref = ANTECEDENT;
    // "Hungary and Slovakia have also declined to sign": the agreement the article is about
    // ("The Netherlands is expected to be the next to sign": the series of the article's agreements, named
    // however far back, unless another act was named since)
    else if (!ref && (t.objectless || t.topical) && (discourse.topical || (t.series && !discourse.shifted)) && ctx.focused) {
      ref = ANTECEDENT;
      topical = !discourse.carry;
    }
    // "has concluded security pacts with London and Berlin, and is in talks with Rome": talks with no object of
    // their own, coordinated after a clause that names the agreement, are talks on that agreement
    if (!ref && (t.objectless || t.topical) && t.family === 'negotiate') ref = sentenceAgreement(cues, t, clause, a.toks);
    if (!ref || !refAccepted(ref.kind, ctx)) continue;
    cues.push({ trigger: t, ref, clause, ...(topical ? { topical } : {}) });
  }
  return cues;
}

/**
 * The agreement an earlier clause of the sentence named and bound, for talks coordinated after it (", and is in
 * talks with", "and negotiations are under way with"): only across "and", with no other agreement between.
 */
function sentenceAgreement(cues: readonly Cue[], t: Trigger, clause: number, toks: readonly Token[]): AgreementRef | null {
  const before = cues.filter((c) => c.ref.at >= 0 && c.ref.at < t.at && c.clause < clause);
  const last = before[before.length - 1];
  if (!last) return null;
  const joined = toks.slice(last.ref.at + 1, t.at).some((x) => x.lower === 'and' || x.lower === 'while');
  return joined ? last.ref : null;
}
