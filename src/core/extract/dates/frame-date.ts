import type { Token } from '../tokens.js';
import type { DateExpr } from './expressions.js';

/**
 * "On the same day, Estonia signed a similar agreement, while EU leaders signed joint commitments": a date that
 * opens the sentence, set off by a comma before anything else is said, frames every clause of it, not only the
 * first. Read only for signings (a plan in a later clause has a day of its own, or none).
 */
const OPENING_WORDS = /^(?:on|the|same|that|this|day|later|earlier|in|at|of|a|an|also|and)$/;
/** How many tokens may stand between the start of the sentence and the date. */
const OPENING_REACH = 3;

export function framesSentence(toks: readonly Token[], d: DateExpr): boolean {
  if (d.at > OPENING_REACH) return false;
  for (let i = 0; i < d.at; i++) if (!toks[i]!.word || !OPENING_WORDS.test(toks[i]!.lower)) return false;
  // the opening phrase ends in a comma a few words on
  for (let i = d.at + 1; i < toks.length && i <= d.at + 5; i++) {
    const t = toks[i]!;
    if (t.text === ',') return true;
    if (!t.word || t.cap) return false;
  }
  return false;
}
