import type { Status } from '../../schemas/status.js';
import { findRefs } from '../kind.js';
import { tokenize } from '../tokens.js';
import type { Line } from './lines.js';
import { findDates } from '../dates/expressions.js';
import { yearOf, type AbsoluteDate } from './row-dates.js';
import { leadStatus } from './status-words.js';

/**
 * What the lines above a block (a question, a lead-in ending with a colon, a heading) say about it: is it
 * about the tracked agreements, which status its rows have, which year its undated rows are in.
 */
export interface Lead {
  readonly text: string;
  /** names the tracked type ("security agreements", "security pacts") */
  readonly strong: boolean;
  /** "security guarantees" */
  readonly weak: boolean;
  /** names another kind and not the tracked one (minerals deal, the G7 declaration), or is about aid */
  readonly vetoed: boolean;
  readonly status: Status | null;
  readonly year: number | null;
  /**
   * "The British document came first, on 12 January 2024. The chronology of the following months:": a day
   * the lead tells an event on, from which the undated rows below run (not a page's "updated 15 January 2025")
   */
  readonly since: AbsoluteDate | null;
  /** the line just above is a question, ends with a colon, or is a heading: a list may follow it */
  readonly introduces: boolean;
  readonly question: boolean;
  /** "Timeline", "The second half of 2024, at a glance:": announces a chronology of what the article is about */
  readonly chronology: boolean;
}

/** Aid amounts, deliveries and who joined a declaration are other lists, whatever agreement the lead names. */
const DISTRACTOR = /\b(?:aid|pledge[sd]?|pledging|packages?|funding|billions?|millions?|joined|joins?|joining|deliver\w*|deliveries|weapons|casualt\w*|sanctions?)\b|[€$£]/i;

const CHRONOLOGY = /^(?:timeline|chronology|key dates|key moments|milestones|in dates|at a glance|tracker)\b/i;

export interface TextKind {
  readonly strong: boolean;
  readonly weak: boolean;
  /** names another act (and not the tracked type) */
  readonly other: boolean;
}

export function kindOf(text: string): TextKind {
  const refs = findRefs(tokenize(text));
  const strong = refs.some((r) => r.kind === 'strong');
  return {
    strong,
    weak: refs.some((r) => r.kind === 'weak'),
    other: !strong && refs.some((r) => r.kind === 'excluded' || (r.kind === 'other' && r.act === true)),
  };
}

export function isQuestion(text: string): boolean {
  return text.length <= 200 && /\?["”’)]?$/u.test(text);
}

/** A heading: short, no sentence-final full stop. */
function isHeading(text: string): boolean {
  return text.length <= 90 && !/[.!]["”’)]?$/u.test(text);
}

/**
 * The lead of a block starting after `recent` (the last non-empty lines before it, nearest last): the line
 * just above, and the one above that when it is a question or a heading ("Which countries have signed?"
 * over "By 20 June, seventeen countries had signed:"). With no line above, the headline.
 */
export function leadOf(recent: readonly Line[], title: string | null): Lead {
  const l1 = recent[recent.length - 1];
  const l2 = recent[recent.length - 2];
  const parts: string[] = [];
  if (l1) {
    parts.push(l1.text);
    if (l2 && !isQuestion(l1.text) && (isQuestion(l2.text) || isHeading(l2.text))) parts.unshift(l2.text);
  } else if (title) parts.push(title);
  // a bare "Timeline" or "Key dates" heading is about what the headline names, and so is a lead-in sentence
  // that only announces one ("The chronology of the following months:", "Here is the timeline so far:")
  const chronology = l1 !== undefined && ((CHRONOLOGY.test(parts.join(' ')) && parts.join(' ').length <= 60) || announcesChronology(lastSentence(l1.text)));
  if (title && chronology) parts.push(title);
  const text = parts.join('\n');
  const k = kindOf(text);
  const t1 = l1?.text ?? '';
  const introduces = l1 !== undefined && (isQuestion(t1) || /:["”’]?$/u.test(t1) || isHeading(t1));
  // the status of a line that introduces the block (a paragraph above it says other things), else of the
  // question or heading above that ("Who is next?" over "Officials say:")
  const above = l2 && l1 && !isQuestion(t1) && (isQuestion(l2.text) || isHeading(l2.text)) ? leadStatus(l2.text) : null;
  const status = l1 ? (introduces ? leadStatus(t1) : null) ?? above : title ? leadStatus(title) : null;
  return {
    text,
    strong: k.strong,
    weak: k.weak,
    vetoed: k.other || DISTRACTOR.test(text),
    status,
    year: yearOf(text),
    since: l1 ? eventDay(l1.text) : null,
    introduces,
    question: l1 !== undefined && isQuestion(t1),
    chronology,
  };
}

/** "The chronology of the following months:": a short sentence naming a chronology and nothing else. */
const CHRONOLOGY_WORD = /\b(?:timeline|chronology|key dates|key moments|milestones|at a glance|in dates)\b/i;

function announcesChronology(sentence: string): boolean {
  return sentence.length <= 60 && /:["”’]?$/u.test(sentence) && CHRONOLOGY_WORD.test(sentence);
}

/** The last sentence of a line ("The British one came first, on 12 January. Then:" → "Then:"). */
function lastSentence(text: string): string {
  const m = /[.!?]["”’)]?\s+(?=\p{Lu})/gu;
  let from = 0;
  for (let x = m.exec(text); x !== null; x = m.exec(text)) from = x.index + x[0].length;
  return text.slice(from);
}

/** words before a date that make it the page's or the state's ("updated", "as of", "by"), not an event's */
const PAGE_DATE_BEFORE = /^(?:updated|update|as|at|of|by|until|till|published|posted|modified|revised)$/;

/** The last full date (day, month and year) of a lead's prose that dates an event, else null. */
function eventDay(text: string): AbsoluteDate | null {
  if (!/\d{4}/.test(text)) return null;
  const toks = tokenize(text);
  let out: AbsoluteDate | null = null;
  for (const d of findDates(toks)) {
    if (d.kind !== 'absolute' || d.year === null) continue;
    const before = toks[d.at - 1]?.lower ?? '';
    const before2 = toks[d.at - 2]?.lower ?? '';
    out = PAGE_DATE_BEFORE.test(before) || (before === 'on' && PAGE_DATE_BEFORE.test(before2)) ? null : d;
  }
  return out;
}

export function distracts(text: string): boolean {
  return DISTRACTOR.test(text);
}
