import type { Token } from '../tokens.js';
import { wordSet } from './trigger.js';

/**
 * Tense and modality around a cue, read from the few words before it: a modal makes a plan ("will sign"),
 * a hedge weakens it ("could sign"), a conditional blocks it ("if signed"), a verb of saying turns "would"
 * into a reported future ("said ... would be signed"), and a past expectation is a plan that did not happen
 * ("was expected to sign").
 */
export const MODAL_PLANNED = wordSet('will shall ll');
export const MODAL_HEDGED = wordSet('may might could can should must');
const CONDITIONAL = wordSet('if once unless whether when whenever until wenn si se');
/** "was expected to sign", "were due to": the copula that puts an expectation in the past */
export const PAST_PLAN_COPULA = wordSet('was were had');
const PAST_EXPECT = wordSet('expected supposed due set scheduled planned meant hoped intended');
/** verbs of saying that make a following "would" a reported future ("told reporters that ... would be signed") */
export const REPORTING_VERBS = wordSet('said says told announced stated confirmed added noted expects expected predicted promised indicated');
/**
 * verbs of travel before a purpose infinitive ("flew to Madrid to sign"): the signing takes their tense; so do
 * sitting down or meeting with the other side ("sat down with Zelensky to sign", "met Tusk in Warsaw to sign")
 */
const MOTION_PAST = wordSet('flew travelled traveled went came arrived headed sat met');
const MOTION_ING = wordSet('flying travelling traveling going coming arriving heading');
const PAST_MAIN = wordSet('was were had flew travelled traveled went came arrived headed');
/** words that end the stretch of place and time after a verb of travel: another verb, a conjunction, a relative */
const JOURNEY_BREAK = /^(?:and|or|but|who|which|where|that|when|while|is|are|was|were|will|would|has|have|had|be|been|said|says|\w+ed)$/;

/** The nearest modal, "to" or "would" within `span` words before word k, or null. */
export function modalInClause(w: readonly string[], k: number, span: number): string | null {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    const x = w[j]!;
    if (MODAL_PLANNED.has(x) || x === 'to' || x === 'would' || MODAL_HEDGED.has(x)) return x;
  }
  return null;
}

export function conditionalBefore(w: readonly string[], k: number, span = 4): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) if (CONDITIONAL.has(w[j]!)) return true;
  return false;
}

/** "If adopted, the draft law would mandate the prime minister to sign": a plan inside a conditional sentence. */
export function conditionalSentence(w: readonly string[]): boolean {
  return w[0] === 'if' || w[0] === 'unless';
}

/** A verb of saying earlier in the sentence, with no conditional: "said the document would be signed soon". */
export function reportedBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (CONDITIONAL.has(w[j]!)) return false;
    if (REPORTING_VERBS.has(w[j]!)) return true;
  }
  return false;
}

/** "was expected to sign", "had been initially expected ... to be signed": a plan in the past. */
export function pastPlanBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 7; j--) {
    if (PAST_EXPECT.has(w[j]!)) {
      for (let i = j - 1; i >= 0 && i >= j - 3; i--) if (PAST_PLAN_COPULA.has(w[i]!)) return true;
    }
  }
  return false;
}

/**
 * "had hoped it could be signed", "had planned to sign": a hope in the pluperfect is over by the time of the
 * report, so it stays fallen through whatever time frame it named.
 */
export function pluperfectPlanBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 7; j--) {
    if (PAST_EXPECT.has(w[j]!) && (w[j - 1] === 'had' || (w[j - 2] === 'had' && /ly$/.test(w[j - 1]!)))) return true;
  }
  return false;
}

/** "flew to Madrid to sign" (past), "flying to Kharkiv to sign" after a past main verb (past), else null. */
export function motionBefore(w: readonly string[], k: number): 'past' | null {
  // ("flew to Kyiv on January 12 to sign": the journey's place and day stand between; another verb or a
  // clause word ends the search)
  let broken = false;
  for (let j = k - 1; j >= 0 && j >= k - 9; j--) {
    if (j < k - 5 && broken) return null;
    if (JOURNEY_BREAK.test(w[j]!) && !MOTION_PAST.has(w[j]!)) broken = true;
    if (MOTION_PAST.has(w[j]!)) return 'past';
    if (MOTION_ING.has(w[j]!)) {
      for (let i = j - 1; i >= 0; i--) {
        // ("was heading to Brussels to conclude a pact": a journey under way when the report was written)
        if (w[i] === 'is' || w[i] === 'are' || w[i] === 'will' || MODAL_HEDGED.has(w[i]!) || ((w[i] === 'was' || w[i] === 'were') && i === j - 1)) return null;
        if (PAST_MAIN.has(w[i]!)) return 'past';
      }
      return null;
    }
  }
  return null;
}

const SEASON_OR_SPAN = wordSet('week weekend month year spring summer autumn fall winter days weeks months');

/**
 * A time still ahead named after word k in its clause: "before the end of the year", "by the end of July",
 * "next week", "later this month", "in the coming weeks", "soon", "in the near future". With it, a past-tense expectation is a
 * plan still standing ("said ... were expected to sign before the end of the year"), not one that fell
 * through; a contrast later in the sentence ("..., but the ceremony was cancelled") keeps it fallen through.
 */
export function futureFrameAfter(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let frame = false;
  for (let j = k + 1; j < w.length; j++) {
    if (w[j] === 'but' || w[j] === 'however' || w[j] === 'instead') return false;
    if (frame) continue;
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => t.text === ';' || t.text === '.')) break;
    const x = w[j]!;
    const n1 = w[j + 1] ?? '';
    if ((x === 'before' || x === 'by') && n1 === 'the' && w[j + 2] === 'end') frame = true;
    else if (x === 'next' && SEASON_OR_SPAN.has(n1)) frame = true;
    else if (x === 'later' && n1 === 'this') frame = true;
    // "was expected to sign later on Saturday", "later today": the same day's plan, told in the day's past
    else if (x === 'later' && (n1 === 'today' || n1 === 'tonight' || (n1 === 'on' && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(w[j + 2] ?? '')))) frame = true;
    else if (x === 'in' && n1 === 'the' && (w[j + 2] === 'coming' || w[j + 2] === 'next')) frame = true;
    else if (x === 'soon' || x === 'shortly') frame = true;
    // "was ready to sign ... in the near future", "in the very near future": soon, in more words
    else if (x === 'in' && n1 === 'the' && (w[j + 2] === 'near' || (w[j + 2] === 'very' && w[j + 3] === 'near'))) frame = true;
  }
  return frame;
}
