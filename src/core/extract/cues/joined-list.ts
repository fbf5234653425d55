import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { MODAL_PLANNED } from './modality.js';
import { namesThen } from './names-then.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * A partner entered in the list of the agreements' holders: "Ukraine added Sweden, Norway and Iceland to its
 * roster of bilateral security agreements", "Latvia joined the growing club of states with security agreements".
 * Being added to (or joining) the list of holders is having signed; "will add" / "is set to join" plans it.
 * The list must be of agreements, of their signatories, or of states holding them ("the list of its security
 * partners" is one; "the list of aid donors", "the club of NATO members" are not). The bare "joined the list",
 * "added theirs", whose list is the article's, are told-signing.ts's.
 */
export const JOINED_LIST_CUE_WORDS: readonly string[] = ['added', 'adds', 'add', 'joined', 'joins', 'join'];

const ADD = wordSet('added adds add');
const JOIN = wordSet('joined joins join');
const LIST_NOUNS = wordSet('list roster tally club circle ranks family group number');
const LIST_MODIFIERS = wordSet('its the a growing long lengthening expanding exclusive select');
const HOLDERS = wordSet('signatories signatory partners countries states nations governments');

export function joinedListCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  const x = w[k]!;
  let j = k + 1;
  if (ADD.has(x)) {
    // "added Sweden, Norway and Iceland to ...": the names added, then "to"
    const to = namesThen(s, k + 1, 'to');
    if (to < 0) return undefined;
    j = to + 1;
  }
  // "Documents were signed with Germany, France and Denmark. Later the Netherlands joined them in March": joining
  // "them" right after a sentence that told agreements signed, in the plural, is joining their signatories
  if (JOIN.has(x) && w[j] === 'them') {
    if (negatedBefore(w, k, 3)) return null;
    const p1 = w[k - 1] ?? '';
    const status = p1 === 'to' || MODAL_PLANNED.has(p1) ? 'planned' : 'signed';
    return { at: at[k]!, status, hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, signedBefore: true };
  }
  while (LIST_MODIFIERS.has(w[j] ?? '')) j++;
  if (!LIST_NOUNS.has(w[j] ?? '') || w[j + 1] !== 'of') return undefined;
  const of = j + 2;
  // what the list is of: agreements ("of states with security agreements"),
  let noun = -1;
  for (let q = of; q < w.length && q <= of + 6; q++) {
    if (isAgreementNoun(w[q]!)) {
      noun = q;
      break;
    }
  }
  // or its holders: "of its security partners", and "of signatories" with no "security" needed (signatories are
  // signers of the agreements the article is about; the cue is topical)
  const h0 = w[of] === 'its' || w[of] === 'the' ? of + 1 : of;
  const security = w[h0] === 'security';
  const h = security ? h0 + 1 : h0;
  const holders = noun < 0 && HOLDERS.has(w[h] ?? '') && (security || /^signator(?:y|ies)$/.test(w[h]!));
  if (noun < 0 && !holders) return undefined;
  if (negatedBefore(w, k, 3)) return null;
  const p1 = w[k - 1] ?? '';
  const status = p1 === 'to' || MODAL_PLANNED.has(p1) ? 'planned' : 'signed';
  if (noun >= 0) return { at: at[k]!, status, hedged: false, family: 'sign', refWindow: Math.ceil((at[noun]! - at[k]!) * 1.1) + 2, forward: true, direct: true };
  return { at: at[k]!, status, hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, topical: true };
}
