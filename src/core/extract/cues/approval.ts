import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * A government's approval of a draft for signing: "Government clears draft security agreement with Ukraine",
 * "the cabinet approved the draft agreement on Thursday". The draft is ready: the approval is a plan to sign
 * (a parliament's approval is ratification, read before this in ratification.ts). The approval's day is not
 * the signing's, so the plan is undated. An approved mandate to negotiate puts the agreement at the talks stage.
 */
const APPROVE = wordSet('clears cleared clear approves approved approve endorses endorsed endorse greenlights greenlighted greenlit adopts adopted');
export const APPROVAL_CUE_WORDS: readonly string[] = [...APPROVE];

/** words that may stand between the verb and the draft ("cleared the final draft of the ...") */
const DETERMINERS = wordSet('a an the its their final text of');

export function approvalCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  if (!APPROVE.has(w[k]!)) return undefined;
  if (w[k + 1] === 'by' || negatedBefore(w, k, 3) || /^(?:is|are|was|were|been|be|being)$/.test(w[k - 1] ?? '')) return null;
  let j = k + 1;
  while (j < w.length && j <= k + 4 && DETERMINERS.has(w[j]!)) j++;
  // the object is a draft, or the agreement itself ("approved the bilateral security agreement")
  if (!/^drafts?$/.test(w[j] ?? '') && !objectIsAgreement(w, j)) return null;
  // "approved a negotiating mandate", "the draft and a mandate for negotiations on it": talks are to open
  if (negotiatingMandate(w, k)) return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 10, forward: true, undated: true };
  return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 8, forward: true, undated: true };
}

/** How far after the approval verb its objects may name a mandate. */
const MANDATE_WINDOW = 16;

/**
 * A mandate to negotiate among the approved objects ("a negotiating mandate", "a mandate for negotiations",
 * "the mandate to negotiate", "a mandate for talks"): the government lets its diplomats negotiate, so the
 * agreement is at the talks stage, not ready for signing.
 */
function negotiatingMandate(w: readonly string[], k: number): boolean {
  for (let i = k + 1; i < w.length && i <= k + MANDATE_WINDOW; i++) {
    if (w[i] === '.' || w[i] === ';') return false;
    // "approved the draft and authorized the Prime Minister to conduct negotiations on it": a mandate in a verb
    if (AUTHORISE.test(w[i]!) && talksToOpenAfter(w, i)) return true;
    if (!/^mandates?$/.test(w[i]!)) continue;
    if (/^negotiat/.test(w[i - 1] ?? '')) return true;
    for (let m = i + 1; m <= i + 3 && m < w.length; m++) if (/^(?:negotiat\w*|talks)$/.test(w[m]!)) return true;
  }
  return false;
}

const AUTHORISE = /^(?:authori[sz]ed?|authori[sz]es|mandated?|mandates|empowered?|empowers|instructed|instructs|tasked|tasks|charged|charges)$/;
/** the talks the authorised person is "to" open: "to negotiate", "to conduct / hold / open negotiations", "to hold talks" */
function talksToOpenAfter(w: readonly string[], i: number): boolean {
  for (let t = i + 1; t < w.length && t <= i + 6; t++) {
    if (w[t] !== 'to') continue;
    if (/^negotiat/.test(w[t + 1] ?? '')) return onTheDraft(w, t + 2);
    // "mandated its negotiators to finalise the text (with Kyiv)": the text is still being worked on
    if (/^(?:finali[sz]e|finish|complete|polish)$/.test(w[t + 1] ?? '')) return /^(?:the|its|this|that)$/.test(w[t + 2] ?? '') && /^(?:text|draft|wording|negotiations|talks)$/.test(w[t + 3] ?? '');
    const n = w[t + 2] === 'out' ? t + 3 : t + 2;
    return /^(?:conduct|hold|open|start|begin|lead|carry)$/.test(w[t + 1] ?? '') && /^(?:negotiations|talks)$/.test(w[n] ?? '') && onTheDraft(w, n + 1);
  }
  return false;
}

/** The talks' object at word j is the approved draft: nothing, "it", "on it", "on the text / draft / agreement". */
function onTheDraft(w: readonly string[], j: number): boolean {
  const o = /^(?:on|over|about)$/.test(w[j] ?? '') ? j + 1 : j;
  if (o >= w.length || w[o] === 'it' || w[o] === 'them' || w[o] === 'with') return true;
  if (/^(?:the|its|this|that)$/.test(w[o]!)) return w[o + 1] === 'text' || w[o + 1] === 'draft' || w[o + 1] === 'document' || isAgreementNoun(w[o + 1] ?? '');
  // (a clause that goes on: "... to negotiate, the statement said")
  return o === j && !/^[a-z]/.test(w[o]!);
}

function objectIsAgreement(w: readonly string[], j: number): boolean {
  for (let i = j; i < w.length && i <= j + 4; i++) if (isAgreementNoun(w[i]!)) return true;
  return false;
}

/** An approval verb just before the draft at word k ("cleared the final draft"). */
export function approvedBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (APPROVE.has(w[j]!)) return !negatedBefore(w, j, 3);
    if (!DETERMINERS.has(w[j]!)) return false;
  }
  return false;
}
