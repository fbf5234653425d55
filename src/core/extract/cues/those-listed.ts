import { isAgreementNoun, SIGNED_PARTICIPLES } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';
import { NUMBER_WORDS } from '../words.js';

/**
 * A list of agreements named through a pronoun for them: "The Dutch document follows similar ones with Britain,
 * Germany and France", "Among the documents already in force he named those with the United States and Japan",
 * "Recent ones include Ireland, Croatia and Greece", "Among the others are Denmark and the Netherlands". The
 * pronoun ("ones", "those", "others", "them") stands for agreements the text has told were signed, so the names
 * it lists signed too, on dates of their own. What makes them signed is read where the pronoun's noun is:
 * - a document "follows" / "joins" / "comes after" them: they came before it (`sequence`);
 * - the sentence names them as agreements signed or in force before the pronoun ("among the documents already in
 *   force ... those with X", "of the pacts concluded so far, the ones with X");
 * - else the sentences just before told of agreements signed, in the plural ("Ukraine has signed 28 agreements.
 *   Recent ones include ...": `signedBefore`, checked where the discourse is known).
 * "ones"/"those" for anything else ("similar visits", "plans like those of Poland") are no agreement: the noun
 * they stand for must be an agreement, or (for the list verbs) the discourse must have just counted signings.
 */
export const THOSE_LISTED_CUE_WORDS: readonly string[] = ['ones', 'those', 'others', 'them', 'list', 'they', 'these', 'signatories', 'signers', 'partners', 'countries', 'states', 'nations'];

/** a document placed after the ones named: "follows similar ones with", "joins those of", "comes after those signed by" */
const SEQUENCE = wordSet('follows followed follow following joins joined join joining');
const COME = wordSet('comes came come coming');
/** verbs that make the pronoun's subject a list: "Recent ones include X", "The others are X" */
const LIST_VERBS = wordSet('include includes included comprise comprises comprised are were');
/** modifiers of the pronoun: "similar ones", "the earlier ones", "the other ones", "recent ones" */
const PRONOUN_MODIFIERS = wordSet('the similar such comparable analogous earlier previous prior recent latest older other first last most some many several new');
/** a participle's adverb: "those already signed with", "the ones recently concluded by" */
const ADVERBS = wordSet('already recently previously earlier just so far');
/** a plural agreement of the sentence is in force or signed: "the documents already in force", "agreements signed so far" */
const IN_FORCE_AFTER = wordSet('already now currently still');

export function thoseListedCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  const x = w[k]!;
  if (x === 'list') return listIncludes(s, k);
  if (x === 'they' || x === 'these') return pronounListed(s, k);
  if (x === 'signatories' || x === 'signers') return signatoriesListed(s, k);
  if (x === 'partners') return partnersListed(s, k);
  if (x === 'countries' || x === 'states' || x === 'nations') return signersByRelative(s, k);
  if (x !== 'ones' && x !== 'those' && x !== 'others' && x !== 'them') return undefined;
  // "among others", "those who", "them" after a verb: idioms and persons, no agreements
  let b = k - 1;
  while (b >= 0 && PRONOUN_MODIFIERS.has(w[b]!)) b--;
  const modified = b < k - 1;
  const among = w[b] === 'among' || w[b] === 'amongst';
  if (x === 'others' && !(modified && w[k - 1] !== 'among')) return null;
  if (x === 'them' && !(among && w[k - 1] === 'among')) return null;
  // what the pronoun names: a list with a preposition ("those with X", "ones signed by X"), or after a list verb
  let j = k + 1;
  if (ADVERBS.has(w[j] ?? '')) j++;
  if (w[j] === 'far') j++;
  if (SIGNED_PARTICIPLES.has(w[j] ?? '')) j++;
  // "a deal like those that the United Kingdom, Germany and France already have": the agreements the named
  // states hold, the likeness pointing back at the agreement before "like"
  if (x === 'those' && (w[b] === 'like' || w[b] === 'as') && (w[j] === 'that' || w[j] === 'which')) {
    const noun = heldByRelative(w, j + 1) ? subjectNounBefore(w, w[b - 1] === 'such' ? b - 1 : b) : -1;
    if (noun < 0) return null;
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: windowBack(at, noun, k), objectless: true, direct: true, undated: true, backward: true };
  }
  const prep = w[j] === 'with' || w[j] === 'of' || w[j] === 'by';
  const listVerb = LIST_VERBS.has(w[j] ?? '') && toks[at[j + 1] ?? -1] !== undefined;
  if (!prep && !listVerb && !(among && LIST_VERBS.has(w[k + 1] ?? ''))) return null;
  if (negatedBefore(w, k, 3) || (listVerb && w[j + 1] === 'not')) return null;
  const base: Trigger = { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, undated: true };
  // "follows similar ones with X", "joins those of X", "comes after those signed by X": the document before
  // the verb is what the pronoun stands for
  const verb = b;
  const sequenced = SEQUENCE.has(w[verb] ?? '') || (w[verb] === 'after' && COME.has(w[verb - 1] ?? ''));
  if (prep && sequenced) {
    const noun = subjectNounBefore(w, w[verb] === 'after' ? verb - 1 : verb);
    if (noun >= 0) return { ...base, backward: true, refWindow: windowBack(at, noun, k) };
    if (w[verb - 1] === 'it' || w[verb - 2] === 'it') return base;
    return null;
  }
  // "Among the documents already in force he named those with X": the sentence's own agreements, signed
  const signed = signedAgreementsBefore(w, k);
  if (signed >= 0) return { ...base, backward: true, refWindow: windowBack(at, signed, k) };
  // "Recent ones include X", "Among the others are X": the agreements of the sentences before, if those signed
  return listVerb || among ? { ...base, signedBefore: true } : null;
}

/** the relative clause's verb of holding or signing, after its subject: "(that) X, Y and others already have" */
const HELD_VERBS = wordSet('have has had hold holds signed concluded');

function heldByRelative(w: readonly string[], from: number): boolean {
  for (let j = from; j < w.length && j <= from + 14; j++) {
    if (HELD_VERBS.has(w[j]!)) return !/^(?:to|not|no|yet)$/.test(w[j + 1] ?? '') && !/^(?:not|to|would|could|might)$/.test(w[j - 1] ?? '');
  }
  return false;
}

/** The agreement noun a few words before the verb at word v, its subject ("The Dutch document follows"); else -1. */
function subjectNounBefore(w: readonly string[], v: number): number {
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) if (isAgreementNoun(w[j]!)) return j;
  return -1;
}

/** A reference window from the pronoun back to the noun at word n (cue-binding weighs distance back by 1.3). */
function windowBack(at: readonly number[], n: number, k: number): number {
  return Math.ceil((at[k]! - at[n]!) * 1.3) + 2;
}

/**
 * A plural agreement noun before word k said to be signed or in force ("the documents already in force", "the
 * agreements signed so far", "the pacts concluded"); its word index, else -1.
 */
function signedAgreementsBefore(w: readonly string[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    if (!isAgreementNoun(w[j]!) || !w[j]!.endsWith('s')) continue;
    let v = j + 1;
    if (IN_FORCE_AFTER.has(w[v] ?? '') || ADVERBS.has(w[v] ?? '')) v++;
    if (SIGNED_PARTICIPLES.has(w[v] ?? '') || (w[v] === 'in' && w[v + 1] === 'force')) return j;
  }
  return -1;
}

/** "the list (also / now) includes X": the noun for the agreements just told, as a subject of a list verb */
const LIST_INCLUDES = wordSet('include includes included comprise comprises comprised');
const LIST_ADVERBS = wordSet('also now already further');

/**
 * "Ukraine has concluded agreements with Germany, France and Italy. In Europe, the list includes Poland, Spain
 * and the three Baltic states": "the list" of a sentence right after one that told agreements signed, in the
 * plural, is the list of those agreements, and the names it includes signed too (as "Recent ones include").
 * Only "the list" / "this list" as a subject: "a list of demands includes" has its own noun after "of".
 */
function listIncludes(s: CueSentence, k: number): Trigger | null {
  const { w, at } = s;
  if (w[k - 1] !== 'the' && w[k - 1] !== 'this') return null;
  let j = k + 1;
  if (LIST_ADVERBS.has(w[j] ?? '')) j++;
  if (!LIST_INCLUDES.has(w[j] ?? '') || negatedBefore(w, j, 2)) return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, undated: true, signedBefore: true };
}

/**
 * "Twenty-five countries now have such agreements. In alphabetical order, they are: Belgium, Canada, ...",
 * "These include Britain, Germany and France": a plural pronoun right after a sentence that told agreements
 * signed, in the plural, stands for their signatories (or the agreements), and the names its list verb opens
 * signed too. Only a list: the verb is followed by a colon or a name ("They are: ...", "They are the UK, ..."),
 * not by a predicate ("They are worth billions", "They are expected to ...").
 */
function pronounListed(s: CueSentence, k: number): Trigger | null {
  const { toks, w, at } = s;
  const j = k + 1;
  if (!LIST_VERBS.has(w[j] ?? '')) return null;
  // a pronoun that is a determiner ("these agreements include") has its own noun, read by other cues
  if (toks[at[k]! + 1] !== toks[at[j]!]) return null;
  let n = at[j]! + 1;
  if (toks[n]?.text === ':') n++;
  else if (toks[n]?.lower === 'the') n++;
  if (!toks[n]?.cap || negatedBefore(w, j, 2)) return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, undated: true, signedBefore: true };
}

/** what may describe the partners of a list: "the other European partners", "the partners, in chronological order," */
const PARTNER_MODIFIERS = wordSet('other remaining european western g7 nato eu main key');

/**
 * "Ukraine has so far signed 21 security agreements. The partners, in chronological order, are: the United
 * Kingdom; Germany and France; …", "Among the other European partners are the Nordic states …": right after a
 * sentence that told agreements signed, in the plural, "the partners" are their signatories, and the names its list
 * verb opens signed too (`signedBefore`). Only a list: a colon or a name after the verb, not "the partners are
 * ready to help".
 */
function partnersListed(s: CueSentence, k: number): Trigger | null {
  const { toks, w, at } = s;
  let b = k - 1;
  while (b >= 0 && PARTNER_MODIFIERS.has(w[b]!)) b--;
  if (w[b] !== 'the' && w[b] !== 'its' && w[b] !== 'their') return null;
  if (b > 0 && w[b - 1] !== 'among') return null;
  // an aside between commas: "The partners, in chronological order, are"
  let n = at[k]! + 1;
  if (toks[n]?.text === ',') {
    const close = toks.findIndex((t, i) => i > n && i <= n + 5 && t.text === ',');
    if (close < 0) return null;
    n = close + 1;
  }
  if (!LIST_VERBS.has(toks[n]?.lower ?? '') || negatedBefore(w, k + 1, 2)) return null;
  if (!namesFrom(toks, n + 1)) return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, undated: true, signedBefore: true };
}

/**
 * Does a list of names open at token n, after a list verb: "are: the UK, …", "include Britain", "are the three
 * Baltic states" (a colon, "the" and a number may come before the first name)?
 */
function namesFrom(toks: CueSentence['toks'], n: number): boolean {
  if (toks[n]?.text === ':') n++;
  if (toks[n]?.lower === 'the') n++;
  if (NUMBER_WORDS.has(toks[n]?.lower ?? '')) n++;
  return toks[n]?.cap === true;
}

/** between "that" and its signing verb, or after it: "that have already signed", "that signed so far" */
const RELATIVE_FILLERS = wordSet('have has had already so far to date now also');

/**
 * "The G7 countries that signed are the U.S., the U.K., …", "The states that have signed so far include …": a
 * group defined by its signing, in a relative clause, then named by a list — the signatories of the article's
 * agreements (`topical`), unless they are another act's (`signatories`, article/whose-signatories.ts).
 */
function signersByRelative(s: CueSentence, k: number): Trigger | null {
  const { toks, w, at } = s;
  if (!/^(?:that|which|who)$/.test(w[k + 1] ?? '')) return null;
  let j = k + 2;
  while (RELATIVE_FILLERS.has(w[j] ?? '')) j++;
  if (!SIGNED_PARTICIPLES.has(w[j] ?? '')) return null;
  j++;
  while (RELATIVE_FILLERS.has(w[j] ?? '')) j++;
  if (!LIST_VERBS.has(w[j] ?? '') || negatedBefore(w, j, 2)) return null;
  if (!namesFrom(toks, at[j]! + 1)) return null;
  return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, undated: true, topical: true, signatories: true };
}

/** between "signatories" and its list verb: "the signatories so far are", "signatories to date include" */
const SO_FAR = wordSet('so far to date now already thus');

/**
 * "Among the signatories are all G7 countries, the EU and Poland", "The signatories so far include Britain and
 * France", "Signatories of the bilateral agreements include ...": the signatories of the agreements are the
 * states that signed them. With "of"/"to" the noun names its document, which must be the agreement (not "the
 * signatories of the Vilnius declaration"); bare, it stands for the signatories of the article's agreements
 * named just before (`topical`).
 */
function signatoriesListed(s: CueSentence, k: number): Trigger | null {
  const { w, at } = s;
  const among = (w[k - 1] === 'the' ? w[k - 2] : w[k - 1]) === 'among';
  const base: Trigger = { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, undated: true };
  let j = k + 1;
  if (w[j] === 'of' || w[j] === 'to') {
    // the document is the object of the preposition; the list verb follows it
    let v = j + 1;
    while (v < w.length && v <= j + 8 && !LIST_VERBS.has(w[v]!)) v++;
    if (!LIST_VERBS.has(w[v] ?? '') || negatedBefore(w, v, 2)) return null;
    return { ...base, objectless: false, forward: true, refWindow: Math.ceil((at[v]! - at[k]!) * 1.3) + 1 };
  }
  while (SO_FAR.has(w[j] ?? '')) j++;
  if (!LIST_VERBS.has(w[j] ?? '') || negatedBefore(w, j, 2)) return null;
  if (!among && w[k - 1] !== 'the' && w[k - 1] !== 'its' && w[k - 1] !== 'their' && k > 0) return null;
  return { ...base, topical: true, signatories: true };
}
