import { isAgreementNoun, TEXT_NOUNS } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { finalStageAt } from './talks-under-way.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * The state of an agreement's text, a stage of negotiation: "the text is agreed", "the text of Madrid's
 * agreement was ready", "is said to be close to final", "its text is still being polished", and the active
 * "we have finished the text with our partners", "agreed (on) the wording". The text is the agreement (kind.ts reads
 * "text" as an anaphoric reference); the cue is a negotiation cue, so it needs that reference right beside it.
 */
const STATE = wordSet('agreed ready final complete completed finished settled polished done');
const CLOSE_TO = wordSet('final completion');
const COPULA = /^(?:is|are|was|were|be|been|being)$/;
/** words between the copula and the state ("is now almost ready", "is said to be close to") */
const BETWEEN = wordSet('still now already almost nearly largely practically essentially fully reportedly said to be');
/** adverbs of a state not quite reached ("nearly ready", "practically complete") */
const APPROXIMATELY = wordSet('nearly almost practically virtually essentially largely mostly');
const FINISH = wordSet('finished completed agreed settled polished finalized finalised');
const OBJECT_DETERMINERS = wordSet('the its their our a final');

/** verbs of a want of work ("the draft still needs work", "the text requires further polishing") */
const NEEDS = wordSet('needs need needed requires require required');
/** what the text still wants: work on it */
const WORK = wordSet('work polishing fine-tuning finetuning finalising finalizing refinement');
const MORE = wordSet('more further some additional a little bit of extra');

export const TEXT_STATE_CUE_WORDS: readonly string[] = [...STATE, ...CLOSE_TO, ...FINISH, ...NEEDS, 'advanced'];

export function textStateCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  const x = w[k]!;
  if (NEEDS.has(x)) return workWantedCue(s, k);
  // "have finished the text with our American partners", "agreed the final wording"
  if (FINISH.has(x) && !COPULA.test(w[k - 1] ?? '') && !APPROXIMATELY.has(w[k - 1] ?? '')) {
    // ("have agreed on the text", "settled upon the wording")
    const d0 = w[k + 1] === 'on' || w[k + 1] === 'upon' ? k + 2 : k + 1;
    let j = d0;
    while (j <= d0 + 2 && OBJECT_DETERMINERS.has(w[j] ?? '')) j++;
    if (j === d0 || !TEXT_NOUNS.has(w[j] ?? '') || negatedBefore(w, k, 3)) return undefined;
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, forward: true, background: true };
  }
  // "close to final", "near completion"
  let v = k - 1;
  // "the text is at the final stage of negotiations", "was in an advanced stage of preparation"
  const stage = [k - 2, k - 1].find((j) => j >= 0 && finalStageAt(w, j) === k + 2 - j);
  if (stage !== undefined) v = stage - 1;
  else if (x === 'advanced') return undefined;
  else if (CLOSE_TO.has(x)) {
    if (w[k - 1] === 'near') v = k - 2;
    else if (w[k - 1] === 'to' && w[k - 2] === 'close') v = k - 3;
    else if (x !== 'final') return undefined;
  } else if (!STATE.has(x)) return undefined;
  // "ready to be signed", "agreed to sign": a plan, the signing cue's business
  if (stage === undefined && (w[k + 1] === 'to' || w[k + 1] === 'for')) return undefined;
  // "close to completion", "nearly ready": a state not yet reached, so the text is still being worked on
  const approximate = CLOSE_TO.has(x) || APPROXIMATELY.has(w[k - 1] ?? '');
  while (v >= 0 && v > k - 7 && BETWEEN.has(w[v]!)) v--;
  // "Croatia is in a similar position, with its own document reportedly close to completion"
  if (approximate && stage === undefined && absoluteWithDocument(w, v)) {
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 14, passive: true, background: true };
  }
  if (!COPULA.test(w[v] ?? '') && !(w[v] === 'has' || w[v] === 'have')) return undefined;
  if (negatedBefore(w, v + 1, 3)) return undefined;
  // "has been agreed", "will be ready"
  while (v > 0 && /^(?:has|have|had|will|would|should|may|might|could|been)$/.test(w[v - 1]!)) v--;
  // the subject is the text ("the text of the agreement with Spain", "its text")
  // ("the pact with Oslo is nearly complete", "work on the deal is almost done": a state not yet reached may be said of
  // the agreement itself, like "ready")
  if (!textSubject(w, beforeReportingAside(s, v), x === 'ready' || approximate)) return undefined;
  return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 14, passive: true, ...(x === 'polished' && w[k - 1] === 'being' ? {} : { background: true }) };
}

/** verbs of saying that make a reporting aside ("The Latvian text, he said, was almost done") */
const REPORTING = wordSet('said says added adds told noted notes explained insisted claimed stressed admitted confirmed');

/**
 * "The Latvian text, he said, was almost done", "the draft, officials added, is ready": a reporting aside between
 * commas before the verb at word v belongs to no clause of the text's; the subject is read from before it. The
 * word index to read back from: the aside's first word, else v.
 */
function beforeReportingAside(s: CueSentence, v: number): number {
  const { toks, w, at } = s;
  if (v < 2 || toks[at[v]! - 1]?.text !== ',') return v;
  for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
    if (!toks[at[j]!]!.word) return v;
    if (toks[at[j]! - 1]?.text === ',') return REPORTING.has(w[v - 1]!) ? j : v;
  }
  return v;
}

/** "with its own document", "with the text": a document held in an absolute "with" phrase, its noun at word v. */
function absoluteWithDocument(w: readonly string[], v: number): boolean {
  if (!TEXT_NOUNS.has(w[v] ?? '') && !/^(?:document|documents|agreement|agreements)$/.test(w[v] ?? '')) return false;
  let j = v - 1;
  while (j >= v - 3 && j >= 0 && /^(?:its|their|the|own|draft|a|his|her)$/.test(w[j]!)) j--;
  return j < v - 1 && w[j] === 'with';
}

/**
 * A text noun shortly before the copula at word v, with no other verb in between. With "ready" the agreement itself
 * may be the subject ("The Hague's document is practically ready", "the deal with Oslo is almost ready"): an agreement
 * said to be ready is written but not yet signed; "the deal is done" or "final" would be a signing.
 */
function textSubject(w: readonly string[], v: number, ready: boolean): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 10; j--) {
    if (TEXT_NOUNS.has(w[j]!) || (ready && isAgreementNoun(w[j]!))) return !w.slice(Math.max(0, j - 6), j).some((y) => y === 'whether' || y === 'if' || /^(?:negotiations?|talks)$/.test(y));
    if (/^(?:is|are|was|were|has|have|had|said|says|will|would)$/.test(w[j]!)) return false;
  }
  return false;
}

/**
 * "the Polish draft still needs work", "the text requires further polishing": a text that still wants work is
 * being worked on, a stage of negotiation. The text must be the subject (textSubject), the work the object.
 */
function workWantedCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { w, at } = s;
  let j = k + 1;
  while (j <= k + 3 && MORE.has(w[j] ?? '')) j++;
  if (!WORK.has(w[j] ?? '')) return undefined;
  // ("no longer needs work", "does not need more work": the text is ready, a state the other readings tell)
  if (negatedBefore(w, k, 3) || w[k - 1] === 'longer') return null;
  let v = k;
  while (v > 0 && /^(?:still|now|also|only|clearly|evidently|will|would|may|might|could|does|do|did)$/.test(w[v - 1]!)) v--;
  if (!textSubject(w, beforeReportingAside(s, v), true)) return undefined;
  return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 14, passive: true, background: true };
}
