import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * An agreement expected at a time, with no verb of signing: "A security agreement with Portugal is also expected
 * before the end of the week", "the Spanish agreement is due next week". The agreement is the subject, so it must
 * stand before the cue; the time must follow it. "is expected to ..." is another verb's business (plan.ts), and a
 * past expectation ("was expected in May") may have fallen through, so only the present counts. An agreement "on
 * the agenda" of an occasion ahead is expected the same way.
 */
const EXPECT = wordSet('expected due scheduled');
export const EXPECTED_CUE_WORDS: readonly string[] = [...EXPECT, 'agenda'];

/** words that may stand before the agreement in its subject ("the long-awaited ten-year security agreement") */
const SUBJECT_MODIFIERS = wordSet('a an the this that its their his her our new bilateral security long term ten 10 year similar own separate comparable final awaited defence defense cooperation');
// ("..., where a similar document with Germany is on the agenda": a relative clause of place opens one too)
const CLAUSE_OPENERS = wordSet('that said says say told added confirmed announced noted stated expects believes while and but where');
const SEASON_OR_SPAN = wordSet('week weekend month year days weeks months spring summer autumn winter');
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

export function expectedAgreementCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  // "Zelensky is due in Berlin, where a similar document with Germany is on the agenda": an agreement on the agenda
  // of a visit or meeting ahead is one to be signed there (the occasion's time is the sentence's)
  if (w[k] === 'agenda') {
    const p = w[k - 1] === 'the' && w[k - 2] === 'on' ? copulaBefore(w, k - 3) : -1;
    if (p < 0 || negatedBefore(w, p + 1, 2) || !agreementSubject(s, p)) return null;
    return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 12, backward: true, direct: true };
  }
  if (!EXPECT.has(w[k]!)) return undefined;
  let p = k - 1;
  while (w[p] === 'also' || w[p] === 'now' || w[p] === 'still') p--;
  if (!/^(?:is|are)$/.test(w[p] ?? '') || negatedBefore(w, p + 1, 2)) return null;
  if (!timeAhead(w, k + 1) || !agreementSubject(s, p)) return null;
  return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 10, backward: true, direct: true };
}

/** The present copula at or before word j, past "also" / "now" / "firmly" / "high": its word index, else -1. */
function copulaBefore(w: readonly string[], j: number): number {
  while (w[j] === 'also' || w[j] === 'now' || w[j] === 'still' || w[j] === 'firmly' || w[j] === 'high' || w[j] === 'likewise') j--;
  return /^(?:is|are)$/.test(w[j] ?? '') ? j : -1;
}

/**
 * Is the subject before the copula (word p) an agreement: "A security agreement with Portugal is", "The Spanish
 * agreement is"? Only modifiers may stand before the noun and only its "with" partners after it, so "A decision
 * on the agreement is expected" has a decision as its subject.
 */
function agreementSubject(s: CueSentence, p: number): boolean {
  const { toks, w, at } = s;
  let j = p - 1;
  // "with Portugal", "with Spain and Portugal": the agreement's partners
  let names = j;
  while (names >= 0 && (toks[at[names]!]!.cap || w[names] === 'and' || w[names] === 'the')) names--;
  if (names < j && w[names] === 'with') j = names - 1;
  if (j < 0 || !isAgreementNoun(w[j]!)) return false;
  // back to the start of the clause: determiners, adjectives and names only
  for (let i = j - 1; i >= 0; i--) {
    if (toks.slice(at[i]! + 1, at[i + 1]!).some((t) => !t.word && t.text !== '-')) return true;
    // "officials said (that) the agreement ...": a reported clause starts after the verb of saying
    if (CLAUSE_OPENERS.has(w[i]!)) return true;
    if (!SUBJECT_MODIFIERS.has(w[i]!) && !toks[at[i]!]!.cap) return false;
  }
  return true;
}

/** "before the end of the week", "next week", "later this month", "in the coming days", "soon", "on Tuesday". */
function timeAhead(w: readonly string[], j: number): boolean {
  const x = w[j] ?? '';
  const n1 = w[j + 1] ?? '';
  if ((x === 'before' || x === 'by') && n1 === 'the' && w[j + 2] === 'end') return true;
  if ((x === 'next' || x === 'this') && SEASON_OR_SPAN.has(n1)) return true;
  if (x === 'later' && n1 === 'this') return true;
  if (x === 'in' && n1 === 'the' && (w[j + 2] === 'coming' || w[j + 2] === 'next')) return true;
  if (x === 'within' && SEASON_OR_SPAN.has(n1)) return true;
  if (x === 'on' && WEEKDAY.test(n1)) return true;
  return x === 'soon' || x === 'shortly' || x === 'tomorrow';
}
