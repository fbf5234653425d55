import type { Token } from '../tokens.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * Negotiation cues: "negotiating", "talks on", "opened talks", "is being discussed", "work on a text". They
 * sit right next to the agreement they are about (a small window); "peace talks" and "accession negotiations"
 * are about something else.
 */
const NEGOTIATE = /^(?:negotiat\w*|prepar\w*|draft|drafting|drafted|finali[sz]\w*|verhandl\w*|négoci\w*|negozi\w*|negocia\w*|negocjacj\w*|pogajanj\w*|negocier\w*)$/;
const DISCUSS = wordSet('discuss discussed discussing discussion discussions consultations consultation');
const TALKS = wordSet('talks');
const TALK_PREPS = wordSet('on about over regarding concerning for');
/** "opened talks", "talks have started": talks begun */
const TALKS_OPENERS = wordSet('open opened opens opening start started starts starting begin began begun launch launched launches resume resumed formal bilateral');
const TALKS_AFTER = wordSet('started begun began opened resumed continue continues continuing under underway');
/** words that may stand between the talks and their verb ("talks have also started") */
const TALK_AUX = /^(?:have|has|had|are|were|also|now|already|formally)$/;

export const TALKS_CUE_WORDS: readonly string[] = [...DISCUSS, ...TALKS, 'work', 'working', 'works', 'worked'];
export const TALKS_CUE_STEMS: readonly string[] = ['negotiat', 'prepar', 'draft', 'finali', 'verhandl', 'négoci', 'negozi', 'negocia', 'negocjacj', 'pogajanj', 'negocier'];

export function talksCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  const x = w[k]!;
  if (NEGOTIATE.test(x)) {
    const prev = w[k - 1] ?? '';
    if (prev === 'accession' || prev === 'peace' || w[k + 1] === 'framework' || prev === 'ceasefire') return null;
    if (/^prepar/.test(x) && w[k + 1] === 'to') return null; // "preparing to sign" is the signing cue's business
    // "Moldova is not among the countries negotiating": talks denied (a blocked cue still holds its party)
    if (negatedOver(w, k, 5)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 12 };
    if (/^draft/.test(x) && /^(?:law|laws|bill|resolution|legislation|budget|decree)$/.test(w[k + 1] ?? '')) return null;
    // "Negotiations on the text were completed during the summer": talks that are over (blocked, they hold their party)
    if (/^negotiation/.test(x) && (talksEnded(w, k + 1) || talksNotUnderWay(s, k))) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 12 };
    // "negotiations with Ireland have begun", "has been negotiating with Kyiv since January"
    const topical = /^(?:negotiations|negotiating|negotiation)$/.test(x) && w[k + 1] === 'with' && !/^(?:held|hold|holds|holding|for)$/.test(w[k - 1] ?? '');
    // "whose government is still negotiating one": a pronoun object, the agreement of the sentences before
    const pronoun = /^negotiat(?:e|es|ed|ing)$/.test(x) && w[k + 1] === 'one' && !(toks[at[k + 1]! + 1]?.word ?? false);
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, ...(topical ? { topical: true } : {}), ...(pronoun ? { objectless: true } : {}) };
  }
  if (TALKS.has(x)) {
    const prev = w[k - 1] ?? '';
    if (prev === 'peace' || prev === 'ceasefire' || prev === 'accession' || prev === 'membership') return null;
    if (negatedBefore(w, k, 3)) return null;
    if (talksNotUnderWay(s, k)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 10 };
    // "talks on a security agreement", "talks with Canada on ...", "in talks" — not "held talks with X"
    let ok = prev === 'in';
    for (let j = k + 1; j < w.length && j <= k + 8 && !ok; j++) if (TALK_PREPS.has(w[j]!)) ok = true;
    // "have opened talks", "talks have also started with Chisinau": talks begun, about the article's agreement
    const begun = TALKS_OPENERS.has(prev) || TALKS_OPENERS.has(w[k - 2] ?? '') || talksGoOn(w, k + 1) || talksWithListGoOn(s, k);
    if (ok || begun) return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 10, ...(begun ? { topical: true } : {}) };
    return null;
  }
  if (DISCUSS.has(x) || ((x === 'work' || x === 'working' || x === 'works' || x === 'worked') && workOn(toks, w, at, k))) {
    // "the Estonian draft is being discussed": a passive takes its agreement before it
    const passive = /^(?:is|are|was|were|been|being|be)$/.test(w[k - 1] ?? '');
    // "the intergovernmental consultations with Kyiv": a standing format of government meetings, not talks on a text
    if (FORMAT_BEFORE.has(w[k - 1] ?? '')) return null;
    if (talksNotUnderWay(s, k)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 11 };
    const noun = (x === 'consultations' || x === 'consultation') && w[k + 1] === 'with' && !/^(?:held|hold|holds|holding|for)$/.test(w[k - 1] ?? '');
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 11, ...(passive ? { passive } : { forward: true }), ...(noun ? { topical: true } : {}) };
  }
  return undefined;
}

const ENDED = wordSet('completed concluded finished ended over');
const FORMAT_BEFORE = wordSet('intergovernmental inter-governmental annual regular');
const BEGIN = wordSet('start started starting begin begun began commence commenced open opened resume resumed');
const MAYBE = wordSet('possible conceivable');

/**
 * Talks said not to be under way, later in their clause: "negotiations with Poland, by contrast, have not
 * started", "talks have yet to begin", "talks on a text are possible, but no timetable exists".
 */
function talksNotUnderWay(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  for (let j = k + 1; j < w.length && j <= k + 12; j++) {
    const x = w[j]!;
    if (x === 'but' || x === 'while' || x === 'whereas') return false;
    if (BEGIN.has(x) && (negatedBefore(w, j, 2) || (w[j - 1] === 'to' && w[j - 2] === 'yet'))) return true;
    if (MAYBE.has(x) && /^(?:is|are|were|was|be|remain|remains)$/.test(w[j - 1] ?? '')) return true;
    // stop at the end of the clause (an aside between commas is skipped: ", by contrast,")
    if (toks.slice(at[j]! + 1, at[j + 1] ?? toks.length).some((t) => t.text === ';' || t.text === '.')) return false;
  }
  return false;
}

/** "were completed", "have been concluded" within a few words after the talks (word j on). */
function talksEnded(w: readonly string[], j: number): boolean {
  for (let i = j; i < w.length && i <= j + 8; i++) {
    if (ENDED.has(w[i]!) && /^(?:was|were|been|are|is)$/.test(w[i - 1] ?? '')) return true;
  }
  return false;
}

/** A negation within `span` words before word k with no "but" / "and" in between ("has not signed but is negotiating"). */
function negatedOver(w: readonly string[], k: number, span: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    if (w[j] === 'but' || w[j] === 'and') return false;
    if (negatedBefore(w, j + 1, 1)) return true;
  }
  return false;
}

/** "talks continue", "talks have also started": a verb of talks under way at word j (after an auxiliary or adverb). */
function talksGoOn(w: readonly string[], j: number): boolean {
  return [0, 1, 2].some((d) => TALKS_AFTER.has(w[j + d] ?? '') && (d === 0 || TALK_AUX.test(w[j]!)));
}

/**
 * "Talks with Greece and Ireland continue": the talks' parties, then a verb of talks under way. The list is
 * read as capitalised names joined by "and" / commas; "held talks with" is a meeting, not negotiation.
 */
function talksWithListGoOn(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  if (w[k + 1] !== 'with' || /^(?:held|hold|holds|holding)$/.test(w[k - 1] ?? '')) return false;
  let j = k + 2;
  while (j < w.length && j <= k + 10 && (toks[at[j]!]!.cap || w[j] === 'and' || w[j] === 'the')) j++;
  return j > k + 2 && talksGoOn(w, j);
}

/** "work on", "work with Albania on a text": the work is on something (within the clause). */
function workOn(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-' && t.text !== "'")) return false;
    if (w[j] === 'on') return true;
    // "Work has also begun on similar agreements": work started on something
    if (j === k + 1 && /^(?:has|have|had)$/.test(w[j]!)) continue;
    if (j > k + 1 && /^(?:also|now|already|begun|started)$/.test(w[j]!) && /^(?:has|have|had|also|now|already)$/.test(w[j - 1]!)) continue;
    if (j === k + 1 && w[j] !== 'with') return false;
  }
  return false;
}
