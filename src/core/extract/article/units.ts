import { vocabulary as V } from '../../gazetteer/index.js';
import { lowercaseSpellings, startsEntry } from '../lexicon.js';
import type { Mention } from '../mentions.js';
import { splitSentences } from '../sentences.js';
import { tokenize, type Token } from '../tokens.js';

/**
 * An article as a list of units: its sentences (the headline's first), tokenised only when a cheap test says
 * they could contribute. Every sentence stays a unit, read or not, so "the sentence before" counts right.
 */
/** Longer "sentences" (a page with no punctuation) are read in windows, which keeps the work linear. */
const MAX_TOKENS = 400;

export interface Unit {
  readonly evidence: string;
  /** offset of the unit in its source (headline or text) */
  readonly start: number;
  readonly toks: readonly Token[];
  readonly title: boolean;
  mentions: readonly Mention[];
  /** a question on a line of its own ("Q: Who has signed so far?"): a section heading */
  readonly heading?: boolean;
  /** a line that ends in "?" or ":" and may lead in the list on the next line */
  readonly leadIn?: boolean;
  /** its statement is read together with the list that follows it (lead-in-lists.ts), not on its own */
  muted?: boolean;
}

export function units(source: string, title: boolean): Unit[] {
  const out: Unit[] = [];
  for (const s of splitSentences(source)) {
    const last = s.text[s.text.length - 1];
    const line = !title && (last === '?' || last === ':') && wholeLine(source, s.start, s.end);
    // ("Who signed in 2024? After London came Berlin …": a short question opening its paragraph heads the answer
    // run in after it, as an explainer writes its sections)
    const question = !title && last === '?' && (line || (opensLine(source, s.start) && s.text.split(/\s+/).length <= QUESTION_WORDS));
    const flags = { ...(line ? { leadIn: true } : {}), ...(question ? { heading: true } : {}) };
    if (!worthReading(s.text)) {
      // kept as a unit: sentences are counted for "the sentence before"; a question on its own line ("Who has
      // signed so far?", nothing in it worth reading) is still the heading of the answer below it
      out.push({ evidence: s.text, start: s.start, toks: [], title, mentions: [], ...(question ? { heading: true } : {}) });
      continue;
    }
    const toks = tokenize(s.text, s.start);
    for (let i = 0; i < toks.length; i += MAX_TOKENS) {
      const chunk = toks.slice(i, i + MAX_TOKENS);
      const evidence = toks.length <= MAX_TOKENS ? s.text : source.slice(chunk[0]!.start, chunk[chunk.length - 1]!.end);
      out.push({ evidence, start: chunk[0]!.start, toks: chunk, title, mentions: [], ...flags });
    }
  }
  return out;
}

/** the most words of a question that heads the answer run in after it on its line */
const QUESTION_WORDS = 10;

/** Does the text at `start` open its line (only blanks before it since the line break)? */
function opensLine(source: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && source[i] !== '\n'; i--) if (!/\s/.test(source[i]!)) return false;
  return true;
}

/** Does the sentence [start, end) stand on a line of its own (only blanks around it up to the line breaks)? */
function wholeLine(source: string, start: number, end: number): boolean {
  if (!opensLine(source, start)) return false;
  for (let i = end; i < source.length && source[i] !== '\n'; i++) if (!/\s/.test(source[i]!)) return false;
  return true;
}

/** Upper-case letters (Latin, Greek, Cyrillic; Latin Extended in both cases, which only lets more through). */
const INNER_CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F]/g;
const FIRST_WORD = /[\p{L}\p{N}]+/u;
let PREFILTER: RegExp | null = null;

/**
 * Cheap test on the raw sentence, before tokenising: only a sentence that names a party (a capitalised word
 * after the first, a gazetteer word first, or a lower-case gazetteer spelling), names an agreement or writes a
 * day in digits can contribute anything. Most furniture and background sentences fail all of these.
 */
function worthReading(text: string): boolean {
  INNER_CAPITAL.lastIndex = 1;
  if (INNER_CAPITAL.test(text)) return true;
  const lower = text.toLowerCase();
  const first = FIRST_WORD.exec(lower);
  if (first && startsEntry(first[0])) return true;
  PREFILTER ??= prefilter();
  return PREFILTER.test(lower);
}

/** One alternation of the shortest stems (a stem inside another makes the longer one redundant). */
function prefilter(): RegExp {
  const words = [...V.AGREEMENT_NOUNS, ...V.STRONG_COMPOUNDS, ...V.NOUN_PREFIXES, 'guarant', 'assuranc', 'garanti', 'garanzi', 'commitment', 'text', 'wording', 'draft', ...lowercaseSpellings()];
  const stems = [...new Set(words.map((w) => w.toLowerCase()))].filter((w, _, all) => !all.some((o) => o !== w && w.includes(o)));
  return new RegExp(stems.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + '|[0-9]');
}
