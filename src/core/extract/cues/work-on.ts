import { isAgreementNoun } from '../kind.js';
import type { Token } from '../tokens.js';
import type { CueSentence } from './cue-sentence.js';
import { talksGoOn } from './talks-under-way.js';

/**
 * "Work" as negotiation: "work on a text", "work with Albania on a text", "work has begun on similar agreements",
 * and the work's progress with a partner ("work with Canada was at an earlier stage", "work with Oslo continues").
 */

/** words of work going on between "work is" and its "on" */
const WORK_GOES_ON = new Set(['also', 'now', 'still', 'already', 'under', 'way', 'underway', 'ongoing', 'continuing', 'progressing', 'being', 'done', 'intensifying']);

/** "work on", "work with Albania on a text": the work is on something (within the clause). */
export function workOn(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-' && t.text !== "'")) return false;
    // ("working through their own drafts": work on a text, read through)
    if (w[j] === 'on' || (w[j] === 'through' && /^work(?:ing|s|ed)?$/.test(w[k]!) && j === k + 1)) return true;
    // "Work has also begun on similar agreements": work started on something
    if (j === k + 1 && /^(?:has|have|had)$/.test(w[j]!)) continue;
    // "work is under way on agreements with Poland", "work continues on the texts", "work is being done on": work in
    // progress on something
    if (j === k + 1 && /^(?:is|was|are|were|continues|continued|continuing|progresses)$/.test(w[j]!)) continue;
    if (j > k + 1 && WORK_GOES_ON.has(w[j]!) && /^(?:is|was|are|were|also|now|still|under|being)$/.test(w[j - 1]!)) continue;
    if (j > k + 1 && /^(?:also|now|already|begun|started)$/.test(w[j]!) && /^(?:has|have|had|also|now|already)$/.test(w[j - 1]!)) continue;
    if (j === k + 1 && w[j] !== 'with') return false;
  }
  return false;
}

// ("the work with the United States is in an active phase": talks going on, the Ukrainian officials' phrase)
const STAGE_ADJECTIVES = /^(?:early|earlier|advanced|final|late|later|initial|preliminary|technical|active|similar|different)$/;

/**
 * "work with Canada was at an earlier stage", "work with Norway is well advanced", "work with Oslo continues": the
 * work's partners (capitalised names joined by "and" / commas), then a verb of progress with no object of its own.
 */
export function workWithProgress(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  if (w[k] === 'work' && w[k + 1] !== 'with') return workGoesOnWith(s, k);
  if (w[k] !== 'work' || w[k + 1] !== 'with') return false;
  let j = k + 2;
  while (j < w.length && j <= k + 10 && (toks[at[j]!]!.cap || w[j] === 'and' || w[j] === 'the')) j++;
  if (j === k + 2) return false;
  if (talksGoOn(w, j)) return true;
  if (!/^(?:is|was|are|were)$/.test(w[j] ?? '')) return false;
  let n = j + 1;
  if (w[n] === 'still' || w[n] === 'now' || w[n] === 'already') n++;
  // "is well advanced", "was at an earlier stage", "is in its final stage"
  if (w[n] === 'well' && w[n + 1] === 'advanced') return true;
  if (w[n] !== 'at' && w[n] !== 'in') return false;
  const m = /^(?:an|a|the|its|their)$/.test(w[n + 1] ?? '') ? n + 2 : n + 1;
  return STAGE_ADJECTIVES.test(w[m] ?? '') && /^(?:stage|stages|phase)$/.test(w[m + 1] ?? '');
}

/**
 * "a similar document with Greece was at an advanced stage", "the text with Oslo is in its final phase": an
 * agreement (or its text) said to be at a stage of its making, word k being "stage" / "phase". The agreement
 * noun opens the clause a few words before; its "with" partner is the party of the talks.
 */
export function agreementAtStage(w: readonly string[], k: number): boolean {
  if (!/^(?:stage|phase)$/.test(w[k]!) || !STAGE_ADJECTIVES.test(w[k - 1] ?? '') || w[k - 1] === 'similar' || w[k - 1] === 'different') return false;
  let n = /^(?:an|a|the|its|their)$/.test(w[k - 2] ?? '') ? k - 3 : k - 2;
  if (w[n] !== 'at' && w[n] !== 'in') return false;
  n--;
  if (w[n] === 'still' || w[n] === 'now' || w[n] === 'already') n--;
  if (!/^(?:is|was|are|were)$/.test(w[n] ?? '')) return false;
  for (let j = n - 1; j >= 0 && j >= n - 7; j--) if (isAgreementNoun(w[j]!) || /^(?:text|texts|draft|drafts)$/.test(w[j]!)) return true;
  return false;
}

/** words that may stand between "work" and its "with" once the verb of progress is read ("is still under way with") */
const WORK_PROGRESS_WORDS = /^(?:is|was|are|were|has|had|have|been|also|now|still|already|continues|continued|continuing|continue|progresses|progressed|progressing|proceeds|proceeded|proceeding|ongoing|under|way|underway|goes|went|going|on|intensified|intensifying|resumed|begun|began|started|advancing|advanced)$/;

/**
 * "work continues with Oslo", "work is still under way with Greece and Ireland", "work has resumed with Prague":
 * the verb of progress before the work's partners (the word order of workWithProgress turned round). The partners
 * are capitalised names at the clause's end or before a comma / "and that" ("work continued with the help of
 * Berlin" has a lower-case noun first; "work continues with Germany's support" a possessive).
 */
function workGoesOnWith(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  let j = k + 1;
  while (j < w.length && j <= k + 5 && WORK_PROGRESS_WORDS.test(w[j]!)) {
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word)) return false;
    j++;
  }
  if (j === k + 1 || w[j] !== 'with') return false;
  // a verb of progress is needed: "work is with Kyiv" says nothing of talks
  if (!w.slice(k + 1, j).some((x) => !/^(?:is|was|are|were|has|had|have|been|also|now|still|already)$/.test(x))) return false;
  let n = j + 1;
  if (w[n] === 'the') n++;
  if (n >= w.length || !toks[at[n]!]!.cap) return false;
  for (let i = n; i < w.length && i <= n + 12; i++) {
    const next = toks[at[i]! + 1];
    if (next !== undefined && /^['’]$/.test(next.text)) return false;
  }
  return true;
}
