import { PARLIAMENT_NAMES } from '../words.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * Ratification by a parliament ("lawmakers voted to ratify", "the Rada ratified", "parliament approved") and
 * termination ("revoked", "withdrew from"). Rare: most of these agreements are political documents.
 */
const RATIFY = /^(?:ratified|ratifies|ratification|ratifiziert|ratifié\w*|ratificato|ratificat)$/;
const VOTE = wordSet('voted votes vote decided agreed moved');
const LEGISLATURE = new Set([...wordSet('parliament lawmakers mps deputies legislature rada congress senate assembly parlament parlement'), ...PARLIAMENT_NAMES]);
/** a legislature's passing of a bill ("approved the bill ratifying") */
const BILL_PASSED = wordSet('approved passed adopted endorsed backed');
const TERMINATE = wordSet('terminated terminates annulled revoked suspended');

/** a legislature's vote for the text, past or the present of a headline ("MPs approve security agreement") */
const PASS = wordSet('approved approves approve endorsed endorses endorse passed passes');
export const RATIFICATION_CUE_WORDS: readonly string[] = [...TERMINATE, ...PASS, 'withdrew', 'ratify', 'ratifying', 'through'];
export const RATIFICATION_CUE_STEMS: readonly string[] = ['ratif'];

export function ratificationCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  const x = w[k]!;
  // "lawmakers voted on Tuesday to ratify the agreement"
  if (x === 'ratify' && w[k - 1] === 'to' && w.slice(Math.max(0, k - 6), k - 1).some((y) => VOTE.has(y)) && !negatedBefore(w, k - 1, 6)) {
    const planned = w.slice(Math.max(0, k - 6), k - 1).some((y) => y === 'will' || y === 'to' || y === 'expected');
    return { at: at[k]!, status: planned ? null : 'ratified', hedged: false, family: 'ratify', refWindow: 10 };
  }
  // "the Chamber of Deputies approved the bill ratifying the agreement", "MPs passed a law ratifying it": the
  // act a legislature passed is the ratification
  if (x === 'ratifying' && /^(?:bill|law|act|legislation|decree)$/.test(w[k - 1] ?? '')) {
    const passed = w.slice(Math.max(0, k - 5), k - 1).some((y) => BILL_PASSED.has(y));
    if (!passed || !w.slice(Math.max(0, k - 12), k).some((y) => LEGISLATURE.has(y)) || negatedBefore(w, k - 1, 6)) return null;
    return { at: at[k]!, status: 'ratified', hedged: false, family: 'ratify', refWindow: 12 };
  }
  if (RATIFY.test(x)) {
    const before = w.slice(Math.max(0, k - 4), k);
    const future = before.some((y) => y === 'will' || y === 'to' || y === 'for' || y === 'needs' || y === 'must' || y === 'would') || negatedBefore(w, k, 3);
    if (x === 'ratification' && !w.slice(k + 1, k + 5).some((y) => /^(?:approved|passed|completed|adopted)$/.test(y))) return null;
    return { at: at[k]!, status: future ? null : 'ratified', hedged: false, family: 'ratify', refWindow: 10 };
  }
  // "the Chamber of Deputies on Tuesday voted through the agreement": the vote is the approval
  const votedThrough = x === 'through' && /^(?:voted|votes|vote)$/.test(w[k - 1] ?? '');
  if ((PASS.has(x) || votedThrough) && w.slice(Math.max(0, k - 6), k).some((y) => LEGISLATURE.has(y))) {
    // ("MPs to approve", "parliament will approve", "must be approved by parliament": still ahead)
    const blocked = negatedBefore(w, k, 3) || w.slice(Math.max(0, k - 4), k).some((y) => /^(?:be|needs|need|to|will|would|could|may|might|must|should|expected|set|due)$/.test(y));
    return { at: at[k]!, status: blocked ? null : 'ratified', hedged: false, family: 'ratify', refWindow: 8 };
  }
  if (TERMINATE.has(x) || (x === 'withdrew' && w[k + 1] === 'from')) {
    return { at: at[k]!, status: 'terminated', hedged: false, family: 'terminate', refWindow: 6 };
  }
  return undefined;
}
