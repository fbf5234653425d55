import type { Token } from '../tokens.js';
import { negatedBefore, negatedInClause } from './negation.js';
import { conditionalSentence, futureFrameAfter, MODAL_HEDGED, modalInClause, motionBefore, PAST_PLAN_COPULA } from './modality.js';
import { modalBeforeOrdinal, ordinalBefore } from './ordinals.js';
import { refusedTo } from './refusal-gap.js';
import { wordSet, type SignReading } from './trigger.js';

/**
 * Plans: the infinitive "to sign" and what governs it. Most governors make a plan ("is expected to sign",
 * "travels to Vilnius to sign"); some make a refusal ("refused to sign", "decided not to sign"), a signing
 * ("was the first to sign", "flew to Madrid to sign"), or nothing ("failed to sign", "was due to sign").
 */
export const PLAN_BEFORE_TO = wordSet(`
  expected set due scheduled planned planning plans plan intends intend intended going ready aims aim hopes hope
  wants want agreed poised supposed likely about is are heads head travel travels travelling traveling visit visits
  arrive arrives arriving preparing prepares prepare prepared seeking seeks decided decides promised promises
  determined will needs need invited expect expects able
`);
/** A negated plan qualified by an occasion or a time is a postponement, not a refusal ("will not sign at the summit"). */
const POSTPONE_WORDS = wordSet('yet until before at this next today tomorrow during now soon when while in on without unless');
/** "of this kind": a kind, not an occasion */
const KIND_NOUNS = wordSet('kind type sort nature format');
/** "has decided not to sign": a decision against signing is a refusal */
const DECIDE = wordSet('decided decides decide chose chosen opted resolved voted agreed');

/** Words that open the new occasion after "but" ("..., but at the meeting in Britain next week"). */
const OCCASION_OPENERS = wordSet('at in on during next later after before by within tomorrow');

/**
 * After a negated plan: a refusal, unless an occasion or a time makes it a postponement; and a postponement
 * that names its new occasion ("will not sign at the summit, but at the meeting next week") is still a plan,
 * dated by the new occasion.
 */
export function negatedPlan(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): SignReading {
  for (let j = k + 1; j < w.length && j <= k + 12; j++) {
    // stop at the end of the clause (", while Hungary ..." is another clause)
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => t.text === ',' || t.text === ';' || t.text === '.')) break;
    // ("an agreement of this kind": "this" names an occasion only before a time, "this week")
    if (POSTPONE_WORDS.has(w[j]!) && !(w[j] === 'this' && KIND_NOUNS.has(w[j + 1] ?? ''))) {
      const moved = movedOccasionAt(w, j);
      return moved < 0 ? { status: null, hedged: false } : { status: 'planned', hedged: false, datedFrom: at[moved]! };
    }
  }
  return { status: 'refused', hedged: false, undated: true };
}

/** The word index of "but" + an occasion after word j ("but at", "but rather in the autumn"), or -1. */
function movedOccasionAt(w: readonly string[], j: number): number {
  for (let b = j + 1; b < w.length && b <= j + 25; b++) {
    if (w[b] !== 'but') continue;
    let n = b + 1;
    while (w[n] === 'rather' || w[n] === 'only' || w[n] === 'instead') n++;
    return OCCASION_OPENERS.has(w[n] ?? '') ? b : -1;
  }
  return -1;
}

/** The reading of "to sign" (word k is the verb, word k-1 is "to"). */
export function infinitiveReading(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): SignReading {
  const p2 = w[k - 2] ?? '';
  const p3 = w[k - 3] ?? '';
  if (refusedTo(w, k)) return { status: 'refused', hedged: false };
  // "has decided not to sign": a refusal, dated by its announcement
  if (p2 === 'not' && DECIDE.has(p3)) return { status: 'refused', hedged: false };
  // "has yet to sign", "the last member yet to sign": not signed, and no plan either
  if (p2 === 'failed' || p2 === 'not' || p2 === 'yet') return { status: null, hedged: false };
  // "nothing to sign", "there was nothing left to sign": no signing at all, and no plan either
  if (p2 === 'nothing' || (p2 === 'left' && p3 === 'nothing')) return { status: null, hedged: false };
  // "still have to sign", "still needs to sign": the same not-yet, said the other way round
  if ((p2 === 'have' || p2 === 'has' || p2 === 'need' || p2 === 'needs') && p3 === 'still') return { status: null, hedged: false };
  // "managed to sign", "had found a way to conclude such a document": an attempt told as done is a signing
  // ("never managed to sign", "has not found a way to": no signing, and no refusal either)
  const achieved = achievedBefore(w, k - 1);
  if (achieved >= 0) return negatedBefore(w, achieved, 3) ? { status: null, hedged: false } : { status: 'signed', hedged: false };
  // "Rutte chose to sign it in Kharkiv", "opted to sign in Lviv": a choice told in the past is of a signing done
  // (not "chose to sign next week", a plan; "never chose to sign", nothing)
  if (CHOSE.has(p2) && !futureFrameAfter(toks, w, at, k)) return negatedBefore(w, k - 2, 3) ? { status: null, hedged: false } : { status: 'signed', hedged: false };
  // "is not going to sign", "has no plans to sign", "does not intend to sign"
  if (negatedBefore(w, k - 1, 3)) return negatedPlan(toks, w, at, k);
  // "would not give the delegation a mandate to sign": negated further back in the clause
  if (negatedInClause(toks, w, at, k - 1, 8)) return { status: null, hedged: false };
  if (conditionalSentence(w)) return { status: null, hedged: false };
  // "became the 12th country to sign", "was the first to sign", "will be the next to sign"
  const ord = ordinalBefore(w, k);
  // "is one of the last EU states to conclude such a text": standing in a queue still moving, not a signing
  if (ord >= 0 && w[ord] === 'last' && /^(?:is|are)$/.test(w[partitiveStart(w, ord) - 1] ?? '')) return { status: null, hedged: false };
  if (ord >= 0 || (p2 === 'next' && p3 === 'the')) {
    return { status: modalInClause(w, k - 2, 6) === 'will' || p2 === 'next' || (ord >= 0 && modalBeforeOrdinal(w, ord)) ? 'planned' : 'signed', hedged: false, series: true };
  }
  // "flew to Madrid to sign", "with Rutte flying to Kharkiv to put his name to": the tense of the travel
  const motion = motionBefore(w, k - 1);
  if (motion === 'past') return { status: 'signed', hedged: false };
  if (PAST_PLAN_COPULA.has(p3) && PLAN_BEFORE_TO.has(p2) && !futureFrameAfter(toks, w, at, k)) return { status: null, hedged: false };
  // "on Tuesday authorised the prime minister to sign it": the mandate's day is not the signing's (a day after
  // "to sign" still is)
  // ("on Wednesday approved the draft, clearing the way for the president to sign it", "allowing the minister to sign":
  // what made the signing possible is dated, the signing is not)
  if (authorisedBefore(w, k - 1) || enabledBefore(w, k - 1)) return { status: 'planned', hedged: false, datedFrom: at[k - 1]! };
  const hedged = MODAL_HEDGED.has(p3) || p2 === 'likely' || p2 === 'hopes' || p2 === 'hope' || p2 === 'hoped';
  // "hoped to conclude them soon": a hope, the aim of whatever talks the sentence reports
  const aim = /^hope[sd]?$/.test(p2);
  return { status: 'planned', hedged, ...(aim ? { aim } : {}) };
}

/** Where "one of the" / "among the" before the ordinal at `ord` starts, else -1. */
function partitiveStart(w: readonly string[], ord: number): number {
  if (w[ord - 1] !== 'the') return -1;
  if (w[ord - 2] === 'among') return ord - 2;
  return w[ord - 2] === 'of' && w[ord - 3] === 'one' ? ord - 3 : -1;
}

/** verbs that give someone the power to sign ("authorised the prime minister to sign") */
const AUTHORISE = wordSet('authorised authorized authorises authorizes mandated mandates empowered empowers instructed instructs tasked');

/** An authorising verb before the "to" at word t, its object (a few words) between them. */
function authorisedBefore(w: readonly string[], t: number): boolean {
  for (let j = t - 1; j >= 0 && j >= t - 5; j--) if (AUTHORISE.has(w[j]!)) return true;
  return false;
}

/** verbs that make a signing possible ("allowing the president to sign") */
const ENABLE = wordSet('allowing allows allowed enabling enables enabled permitting permits permitted');

/**
 * An enabling verb, or "the way for" ("clearing / paving / opening the way for the president"), before the "to" at
 * word t, its object (a few words) between them.
 */
function enabledBefore(w: readonly string[], t: number): boolean {
  for (let j = t - 1; j >= 0 && j >= t - 5; j--) if (ENABLE.has(w[j]!) || (w[j] === 'for' && w[j - 1] === 'way')) return true;
  return false;
}

/** past forms of "manage" / "find" that tell an attempt succeeded */
const MANAGED = wordSet('managed');
/** a past choice of how or where to sign ("Rutte chose to sign it in Kharkiv"): told of a signing done */
const CHOSE = wordSet('chose opted');
const FOUND = wordSet('found');
/** past forms of putting an occasion to use ("used the summit to", "seized the chance to") */
const USED = wordSet('used took seized grabbed');
/** the occasions so used */
const OCCASION = wordSet('summit visit trip meeting occasion opportunity chance gathering stop stopover talks forum');
/** what was found: "a way", "the means", "a formula" to sign */
const MEANS = wordSet('way ways means formula solution');

/**
 * The word index of the verb that tells an attempt succeeded before the "to" at word t ("managed to", "had found a
 * way to", "found the means to"), else -1. Only past forms: "are finding a way to sign" is still an effort.
 */
function achievedBefore(w: readonly string[], t: number): number {
  if (MANAGED.has(w[t - 1] ?? '')) return t - 1;
  // "used the summit to sign", "took the opportunity of the visit to sign": an occasion put to use is a signing done
  // ("used their Tuesday meeting in Davos, where both attended the forum, to sign": the occasion may carry its
  // day, its place and an aside before "to")
  for (let o = t - 1; o >= 0 && o >= t - 16; o--) {
    if (!OCCASION.has(w[o]!)) continue;
    let v = o;
    // (its modifiers: "their Tuesday meeting", "the G7 summit", "the NATO leaders' gathering")
    while (v > 0 && o - v <= 4 && !USED.has(w[v]!) && !/^(?:to|and|or|is|are|was|were|has|have|had|will|would)$/.test(w[v]!)) v--;
    if (USED.has(w[v] ?? '') && !/^(?:was|were|be|been|being)$/.test(w[v - 1] ?? '')) return v;
  }
  if (!MEANS.has(w[t - 1] ?? '')) return -1;
  const v = /^(?:a|the|an)$/.test(w[t - 2] ?? '') ? t - 3 : t - 2;
  // ("could not find a way to", "have found no way to": no success)
  return FOUND.has(w[v] ?? '') && !MODAL_HEDGED.has(w[v - 1] ?? '') ? v : -1;
}
