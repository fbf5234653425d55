import type { Token } from '../tokens.js';
import { wordSet } from './trigger.js';

/**
 * A verb with no object of its own ("Copenhagen had signed in Lviv", "Berlin and Paris followed on 16 February")
 * points back at the agreement of the sentences before; only then may it borrow the article's agreement.
 */
const OBJECTLESS_NEXT = wordSet(`
  in at on with during yesterday today earlier later too as last this suit theirs ours hers by after before alongside
  together separately also already first shortly hours days weeks months afterwards soon later there next tomorrow tonight within
  either
`);

/** No object after the verb: punctuation, the end, or a preposition / adverb of time or place. */
export function objectlessAfter(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  const next = toks[at[k]! + 1];
  if (!next || !next.word) return true;
  // "Who has signed so far?"
  if (w[k + 1] === 'so' && w[k + 2] === 'far') return true;
  return OBJECTLESS_NEXT.has(w[k + 1] ?? '') || next.cap || spanOfTimeAfter(w, k) || distanceInTimeAfter(w, k);
}

const TIME_COUNTS = wordSet('a an one two three four five six few several');
const TIME_UNITS = wordSet('hour hours day days week weeks month months year years');

/** "signed its own a week ago", "followed two days later", "did so a month earlier": a distance in time, no object. */
function distanceInTimeAfter(w: readonly string[], k: number): boolean {
  const count = w[k + 1] ?? '';
  return (TIME_COUNTS.has(count) || /^\d{1,2}$/.test(count)) && TIME_UNITS.has(w[k + 2] ?? '') && /^(?:ago|earlier|later|before|after)$/.test(w[k + 3] ?? '');
}

/** "followed over the summer", "signed throughout the visit": "over" / "throughout" a span of time, not a topic. */
const SPAN_PREPS = wordSet('over throughout');
const TIME_SPANS = wordSet('summer spring autumn fall winter weekend weekends year years month months week weeks days course period holidays visit visits summit trip');

function spanOfTimeAfter(w: readonly string[], k: number): boolean {
  if (!SPAN_PREPS.has(w[k + 1] ?? '')) return false;
  for (let j = k + 2; j <= k + 4 && j < w.length; j++) if (TIME_SPANS.has(w[j]!)) return true;
  return false;
}
