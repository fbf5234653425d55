import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * "The next one could be Latvia", "Latvia is likely to be next", "Next in line is Romania", "The next will be with
 * Luxembourg": a party named as the next in the series of
 * signatories will sign, though no verb of signing is written. The series is the article's agreements
 * (`series`), and the party must be named right beside the copula (`direct`): "the next step will be ..."
 * or "the next meeting is in Riga" name no party.
 */
export const NEXT_IN_LINE_CUE_WORDS: readonly string[] = ['next'];

const HEADS = wordSet('one country state nation partner signatory capital');
/** the head after a member's "among the next" ("among the next ones", "one of the next countries") */
const PLURAL_HEADS = wordSet('ones countries states nations partners signatories');
const MODALS = wordSet('could may might will would should');
const HEDGED = wordSet('could may might');

export function nextInLineCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at, toks } = s;
  if (w[k] !== 'next') return undefined;
  // "The next one could be Latvia", "Next in line is Romania", "The next will be with Luxembourg": the party
  // follows the copula (the next signing's partner after "with")
  if ((w[k - 1] === 'the' && (k < 2 || !/^(?:of|for|in|at|on|by)$/.test(w[k - 2] ?? ''))) || (k === 0 && toks[at[k]!]!.cap)) {
    let j = k + 1;
    if (HEADS.has(w[j] ?? '')) j++;
    else if (w[j] === 'in' && w[j + 1] === 'line') j += 2;
    const modal = MODALS.has(w[j] ?? '') ? w[j]! : null;
    if (modal !== null) j++;
    const withAt = w[j + 1] === 'with' ? 1 : 0;
    const party = toks[at[j]! + 1 + withAt];
    if ((modal !== null ? w[j] === 'be' : w[j] === 'is') && party !== undefined && party.cap) return reading(at[k]!, modal !== null && HEDGED.has(modal), negatedBefore(w, j + 1, 3));
  }
  // "Latvia could be (the) next", "Latvia is likely to be next in line": the party is the subject, the phrase ends the clause
  let be = w[k - 1] === 'the' ? k - 2 : k - 1;
  // "Finland will be among the next ones", "Latvia is one of the next": a member of the next ones in the series
  const member = w[k - 1] === 'the' && (w[be] === 'among' || (w[be] === 'of' && w[be - 1] === 'one'));
  if (member) be -= w[be] === 'among' ? 1 : 2;
  if (w[be] !== 'be' && w[be] !== 'is') return null;
  const last = member && PLURAL_HEADS.has(w[k + 1] ?? '') ? k + 1 : k;
  const after = toks[at[last]! + 1];
  const closes = after === undefined || /^[.,;]$/.test(after.text) || (w[last + 1] === 'in' && w[last + 2] === 'line');
  if (!closes) return null;
  const hedged = HEDGED.has(w[be - 1] ?? '') || w[be - 2] === 'likely';
  return reading(at[k]!, hedged, negatedBefore(w, be, 3));
}

function reading(at: number, hedged: boolean, negated: boolean): Trigger | null {
  if (negated) return null;
  return { at, status: 'planned', hedged, family: 'sign', refWindow: 0, objectless: true, series: true, direct: true, undated: true };
}
