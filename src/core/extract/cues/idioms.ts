import { MONTHS, RELATIVE, WEEKDAYS } from '../dates/calendar-words.js';
import { MODAL_HEDGED, MODAL_PLANNED } from './modality.js';
import type { VerbForm } from './sign-verbs.js';
import { wordSet } from './trigger.js';

/**
 * Signing idioms: "put pen to paper", "put their names to", "added their signatures", "entered into (an agreement)". They read like the
 * verb of signing in the same form, so their tense is that of their own verb ("put" is either).
 */
const IDIOM_VERBS: ReadonlyMap<string, 'past' | 'base' | 'ambiguous' | 'pres3' | 'gerund'> = new Map([
  ['put', 'ambiguous'], ['puts', 'pres3'], ['putting', 'gerund'], ['add', 'base'], ['added', 'past'], ['adds', 'pres3'],
  ['adding', 'gerund'], ['affixed', 'past'], ['affix', 'base'], ['set', 'ambiguous'],
  ['enter', 'base'], ['enters', 'pres3'], ['entered', 'past'], ['entering', 'gerund'],
]);
/** "entered into force", "enter into talks": what one enters into that is no agreement */
const NOT_ENTERED = wordSet('force effect talks negotiations dialogue discussions consultations war service office');
export const IDIOM_VERB_WORDS: readonly string[] = [...IDIOM_VERBS.keys()];
export const POSSESSIVE_PRONOUNS = wordSet('his her their its our my your');
const SIGNATURE_NOUNS = wordSet('signature signatures name names');
const DOCUMENT_DETERMINERS = wordSet('a an the their its his her this that these both');

/** The length of a signing idiom starting at word k ("put pen to paper" → 4), or 0. */
export function idiomAt(w: readonly string[], k: number): number {
  if (!IDIOM_VERBS.has(w[k]!)) return 0;
  // "would not enter into any agreement", "entered into a security pact with Kyiv": the agreement is its object
  if (w[k]!.startsWith('enter')) return w[k + 1] === 'into' && !NOT_ENTERED.has(w[k + 2] ?? '') ? 2 : 0;
  if (w[k + 1] === 'pen' && w[k + 2] === 'to' && w[k + 3] === 'paper') return 4;
  // "put pen to a bilateral security agreement": the document itself in place of the paper
  if (w[k + 1] === 'pen' && w[k + 2] === 'to' && DOCUMENT_DETERMINERS.has(w[k + 3] ?? '')) return 3;
  let j = k + 1;
  if (w[j] === 'each' || w[j] === 'both' || w[j] === 'also') j++;
  if (!POSSESSIVE_PRONOUNS.has(w[j] ?? '')) return 0;
  const noun = w[j + 1] ?? '';
  if (!SIGNATURE_NOUNS.has(noun)) return 0;
  // "put their names to", "added their signatures (to)"; "set his name" / "add his name" only with "to"
  // ("put their names on Thursday, April 11, to a document": the day may stand before the "to")
  if (noun.startsWith('name') && w[timeAfter(w, j + 2)] !== 'to') return 0;
  return j + 2 - k;
}

/** Time words that may stand between the parts of an idiom or before its verb ("on Thursday, April 11"). */
function isTimeWord(x: string): boolean {
  return WEEKDAYS.has(x) || MONTHS.has(x) || RELATIVE.has(x) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(x) || x === 'later' || x === 'earlier';
}

/** The word after a time phrase "on Thursday, April 11" / "today" starting at word i (i itself when none). */
function timeAfter(w: readonly string[], i: number): number {
  let j = w[i] === 'on' ? i + 1 : i;
  const from = j;
  while (j < w.length && j < from + 4 && isTimeWord(w[j]!)) j++;
  return j > from ? j : i;
}

/** The word before a time phrase that ends before word k ("will on Thursday put"): its index, else k - 1. */
function beforeTime(w: readonly string[], k: number): number {
  let i = k - 1;
  while (i >= 0 && i >= k - 4 && isTimeWord(w[i]!)) i--;
  if (i === k - 1) return i;
  return w[i] === 'on' ? i - 1 : i;
}

/** The form of an idiom's verb at word k; "put" and "set" are base after "to", a modal, "did" or a negated one ("would not", "won't"). */
export function idiomForm(w: readonly string[], k: number): VerbForm {
  const f = IDIOM_VERBS.get(w[k]!)!;
  // ("will on Thursday put their names to": the modal before the day)
  const p = w[beforeTime(w, k)] ?? '';
  const negatedAux = (p === 'not' && /^(?:will|would|did|does|do|could|can|shall)$/.test(w[k - 2] ?? '')) || (p === 't' && /^(?:won|wouldn|didn|doesn|don)$/.test(w[k - 2] ?? ''));
  return f === 'ambiguous' ? (p === 'to' || MODAL_PLANNED.has(p) || MODAL_HEDGED.has(p) || p === 'would' || p === 'did' || negatedAux ? 'base' : 'past') : f;
}
