import { isAgreementNoun } from '../kind.js';
import type { Token } from '../tokens.js';
import type { CueSentence } from './cue-sentence.js';
import { idiomAt } from './idioms.js';
import { negatedBefore } from './negation.js';
import { objectlessAfter } from './objectless.js';
import { SIGN_BASE, SIGN_GERUND } from './sign-verbs.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * Refusal cues: "refused", "declined", "refrained from signing", "pulled out", "ruled out", "was the first to say no". An active refusal
 * of signing itself ("declined to sign", "pulled out.") may borrow the article's agreement (`topical`); a
 * refusal of something else ("refused to send weapons") needs its agreement named beside it.
 */
export const REFUSE = /^(?:refus\w*|declin\w*|reject\w*|refrain\w*|rifiut\w*|abgelehnt|lehnte|lehnt|lehnen|lehnten|negado|negada|negó|negaron|niega|niegan|weigert\w*|rechaz\w*|recus\w*|weiger\w*|vägra\p{L}*|nekt\w*|avvis\w*|odmówi\p{L}*|odmawia\p{L}*|odrzuci\p{L}*|odmít\p{L}*|відмов\p{L}*|відхил\p{L}*|отказ\p{L}*|refuz\p{L}*|redd\p{L}*|elutasít\p{L}*|odbil\p{L}*|odbio|odbij\p{L}*|atsisak\p{L}*|atmet\p{L}*)$/u;
export const REFUSAL_CUE_WORDS: readonly string[] = ['pulled', 'backed', 'no', 'walked', 'walk', 'walks', 'walking', 'turned', 'turns', 'turn', 'turning', 'decided', 'decides', 'chose', 'chooses', 'opted', 'opts'];

/** verbs of a decision that, with "not to" and nothing after, leave out the signing told before */
const DECIDE_AGAINST = wordSet('decided decides chose chooses opted opts');
export const REFUSAL_CUE_STEMS: readonly string[] = ['balk', 'refus', 'declin', 'reject', 'refrain', 'rifiut', 'weigert', 'abgelehnt', 'lehnt', 'negado', 'negada', 'negó', 'negaron', 'niega', 'rul', 'rechaz', 'recus', 'weiger', 'vägra', 'nekt', 'avvis', 'odmówi', 'odmawia', 'odrzuci', 'odmít', 'відмов', 'відхил', 'отказ', 'refuz', 'redd', 'elutasít', 'odbil', 'odbio', 'odbij', 'atsisak', 'atmet'];

const BALK = /^balk(?:s|ed|ing)?$/;
/** what may stand before a signing withdrawn from ("a planned signing", "the scheduled signing") */
const SIGNING_DETERMINERS = wordSet('a an the its their his her this');
const SCHEDULED = wordSet('planned scheduled expected agreed announced envisaged intended');

/** "at the last moment", "at the eleventh hour": the moment of a signing that did not happen */
const LAST_MOMENT = /^(?:the )?(?:last|final|eleventh) (?:moment|minute|hour)\b/;

/** "declined to comment / say whether": refusing to speak */
const SPEAK = wordSet('say comment confirm specify elaborate disclose reveal answer name speculate discuss give provide detail');

export function refusalCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  const x = w[k]!;
  // "Hungary was the first to say no"
  if (x === 'no' && /^(?:say|says|said|saying)$/.test(w[k - 1] ?? '')) {
    // "said no, more than once, to requests that it hand over its air defences": what is turned down follows
    // an aside; only a signing there ("said no to signing it") is a refusal of the agreement the article tells
    const to = objectOfNo(toks, w, at, k);
    if (to >= 0 && refusalOfSigning(toks, w, at, to + 1)) return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 10, topical: true };
    // "Hungary says no to security deal with Ukraine": a refusal of the agreement right after "to" (what else is
    // turned down, "to requests that it hand over its air defences", names no agreement there)
    if (to >= 0) return negatedBefore(w, k - 1, 3) ? null : { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 7, forward: true, direct: true };
    if (objectlessAfter(toks, w, at, k)) return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 6, objectless: true, direct: true, topical: true };
  }
  // "Bulgaria was expected to sign. At the last moment Sofia decided not to.": the verb of signing left out after
  // "not to", the signing the article tells ("decided not to sign" itself is the plan cue's refusal)
  if (DECIDE_AGAINST.has(x)) {
    if (w[k + 1] !== 'not' || w[k + 2] !== 'to' || k + 3 > w.length || !clauseEndsAt(toks, w, at, k + 3)) return undefined;
    const left = verbLeftOut(toks, w, at, k);
    if (left === 'other') return undefined;
    // (with no verb before it in the sentence, the one left out is the sentence before's)
    return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 10, topical: true, ...(left === null ? { elided: true } : {}) };
  }
  // "There will be no Hungarian-Ukrainian security agreement", "there would be no such agreement from Hungary"
  if (x === 'no' && noneToCome(toks, w, at, k)) return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 6, forward: true, direct: true };
  if (REFUSE.test(x)) {
    // "declined to say whether ...", "refused to comment": a refusal to speak, not of the agreement
    if (w[k + 1] === 'to' && SPEAK.has(w[k + 2] ?? '')) return null;
    // "refrained from signing" refuses; "refrained from comment", "from criticism" refuse something else
    if (x.startsWith('refrain') && !(w[k + 1] === 'from' && refusalOfSigning(toks, w, at, k + 1))) return null;
    // "did not refuse", "never rejected": no refusal, and no cue (the party keeps its other cues)
    if (negatedBefore(w, k, 2)) return null;
    const active = activeRefusal(w, k);
    return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 10, ...(active && refusalOfSigning(toks, w, at, k + 1) ? { topical: true } : {}) };
  }
  // "balked at signing", "balked at the last moment": a last-minute refusal (of something else: "balked at the cost")
  if (BALK.test(x)) {
    if (negatedBefore(w, k, 3)) return null;
    const ofSigning = w[k + 1] === 'at' && (refusalOfSigning(toks, w, at, k + 2) || LAST_MOMENT.test(w.slice(k + 2, k + 5).join(' ')));
    return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 8, ...(ofSigning || k + 1 >= w.length ? { topical: true } : {}) };
  }
  // "has turned down a bilateral pact with Kyiv", "turned the offer down": like "ruled out", a refusal of what
  // it names (a transitive verb: its object must be the agreement or a signing)
  if (/^turn(?:s|ed|ing)?$/.test(x) && w[k + 1] === 'down') {
    if (negatedBefore(w, k, 2)) return null;
    const active = activeRefusal(w, k);
    return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 8, forward: true, ...(active && k + 2 < w.length && refusalOfSigning(toks, w, at, k + 2) ? { topical: true } : {}) };
  }
  // "walked away from signing", "walked away from the deal": a withdrawal, as "pulled out" is
  const walkedAway = /^walk(?:s|ed|ing)?$/.test(x) && w[k + 1] === 'away' && w[k + 2] === 'from';
  if (((x === 'pulled' || x === 'backed' || /^rul(?:e|es|ed|ing)$/.test(x)) && w[k + 1] === 'out') || walkedAway) {
    // "did not rule out signing it": not ruled out is still open
    if (negatedBefore(w, k, 2)) return null;
    const active = activeRefusal(w, k);
    // "backed out in December", "pulled out at the last minute": withdrawing needs no object, so a time or
    // place after it leaves the withdrawal about the signing the article is about ("ruled out" needs one)
    const withdrew = !/^rul/.test(x) && objectlessAfter(toks, w, at, k + 1);
    return { at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 8, ...(active && (withdrew || refusalOfSigning(toks, w, at, k + 2)) ? { topical: true } : {}) };
  }
  return undefined;
}

/**
 * What "not to" after the decision at word k leaves out, nearest first: a signing ("was to sign ..., but decided
 * not to"), another verb ("considered sending troops but decided not to", "wanted to join the mission, then chose
 * not to": a gerund, or a verb after "to"), else none in the sentence (null).
 */
function verbLeftOut(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): 'sign' | 'other' | null {
  for (let j = k - 1; j >= 0; j--) {
    if (/^sign/.test(w[j]!)) return 'sign';
    if (toks[at[j]!]!.cap) continue;
    if (w[j]!.length > 5 && w[j]!.endsWith('ing')) return 'other';
    if (w[j - 1] === 'to' && !/^(?:the|a|an|its|their|his|her|be)$/.test(w[j]!)) return 'other';
  }
  return null;
}

/** Does the clause end before word j (a stop, a comma, a semicolon, or the sentence's end)? */
function clauseEndsAt(toks: readonly Token[], w: readonly string[], at: readonly number[], j: number): boolean {
  return j >= w.length || toks.slice(at[j - 1]! + 1, at[j]!).some((t) => t.text === '.' || t.text === ',' || t.text === ';');
}

/** what, after the agreement, makes "there will be no agreement" a matter of time or occasion ("at the summit", "before June") */
const NOT_YET_AFTER = wordSet('at before until till by during this next on in soon yet for while without unless');

/**
 * "There will be no security agreement", "there would be no such deal from Hungary": an agreement denied for the
 * future, the agreement right after "no" (a word or four of modifiers) and nothing after it but a party or the
 * end of the clause. "There will be no agreement at the summit" only puts it off (a negated plan, no refusal).
 */
function noneToCome(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  if (w[k - 1] !== 'be' || !/^(?:will|would|ll)$/.test(w[k - 2] ?? '') || w[k - 3] !== 'there') return false;
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => t.text !== '-')) return false;
    if (!isAgreementNoun(w[j]!)) continue;
    // (the rest of its clause: "with Ukraine at the summit" is put off, "from Hungary," refused)
    for (let r = j + 1; r < w.length && !toks.slice(at[r - 1]! + 1, at[r]!).some((t) => !t.word); r++) if (NOT_YET_AFTER.has(w[r]!)) return false;
    return true;
  }
  return false;
}

/** The refusal verb at k is the subject's own act: not negated, not a passive ("was rejected"). */
function activeRefusal(w: readonly string[], k: number): boolean {
  return !negatedBefore(w, k, 3) && !/^(?:be|been|being|is|are|was|were)$/.test(w[k - 1] ?? '');
}

/** Word index of the "to" that opens what "no" (word k) turns down, past a comma-bounded aside; else -1. */
function objectOfNo(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): number {
  if (w[k + 1] === 'to') return toks.slice(at[k]! + 1, at[k + 1]!).some((t) => !t.word) ? -1 : k + 1;
  if (toks[at[k]! + 1]?.text !== ',') return -1;
  // ", more than once, to", ", again, to", ", repeatedly and publicly, to"
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    const gap = toks.slice(at[j - 1]! + 1, at[j]!);
    if (j > k + 1 && gap.some((t) => t.text === ',')) return w[j] === 'to' ? j : -1;
    if (gap.some((t) => !t.word && t.text !== ',')) return -1;
  }
  return -1;
}

/**
 * After a refusal verb: nothing, or a signing ("declined.", "pulled out of signing it", "ruled out signing at
 * all"), a signing idiom included ("declined to put his name to the text").
 */
function refusalOfSigning(toks: readonly Token[], w: readonly string[], at: readonly number[], j: number): boolean {
  if (clauseEndsAt(toks, w, at, j)) return true;
  let v = w[j] === 'of' || w[j] === 'to' || w[j] === 'from' ? j + 1 : j;
  // ("pulled out of a planned signing", "backed out of the scheduled signing ceremony": the signing with its
  // determiner and the word of its schedule)
  if (v > j && SIGNING_DETERMINERS.has(w[v] ?? '')) v += SCHEDULED.has(w[v + 1] ?? '') ? 2 : 1;
  const n = w[v] ?? '';
  return SIGN_BASE.has(n) || SIGN_GERUND.has(n) || n === 'signature' || (v < w.length && idiomAt(w, v) > 0);
}
