import { isEntryLine } from '../structured/live-blog.js';
import type { Candidate } from './merge.js';
import { stampsDay } from '../dates/dateline-day.js';

/**
 * A page that dates its story (a dateline or timestamp line, a live blog's time stamps) dates its undated
 * news of the day: the headline's signing, "has signed", and in a live blog "is expected to ... sign".
 */
export function dateNewsOfTheDay(candidates: Candidate[], text: string, published: string): void {
  // (reading the whole text for its day is wasted on a page with nothing undated to date)
  if (!candidates.some((c) => c.date === null)) return;
  const day = storyDay(text, published) ?? (namesPublishedWeekday(text, published) ? 'weekday' : null);
  if (!day) return;
  const told = toldByBody(candidates);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.date !== null) continue;
    // ("Berlin and Paris sign ..." over a body dating the French signing only: both share its day, merge.ts)
    // ("National Assembly approves security agreement": a vote is news of its day as a signing is)
    const headline = c.title && (c.status === 'signed' || c.status === 'refused' || c.status === 'ratified') && !c.undated && !told.has(c.cueId);
    // a body that names only the weekday of publication dates the headline's news, nothing else
    if (day === 'weekday') {
      if (headline) candidates[i] = { ...c, date: published };
      continue;
    }
    const news = c.dayOfStory === 'live' ? day === 'live' : c.dayOfStory === true && (c.status === 'signed' || day === 'live');
    if (headline || news) candidates[i] = { ...c, date: published };
  }
}

/** The headline's cues of which the body dates one party's event: that day, not the page's, is the cue's. */
function toldByBody(candidates: readonly Candidate[]): Set<number> {
  const out = new Set<number>();
  const dated = new Set<string>();
  for (const c of candidates) if (!c.title && c.date !== null) dated.add(`${c.party}|${c.status}`);
  if (dated.size === 0) return out;
  for (const c of candidates) if (c.title && dated.has(`${c.party}|${c.status}`)) out.add(c.cueId);
  return out;
}

/**
 * A page without a publication date that dates its story itself (its "today, April 3", a dateline line, the
 * day its lead gives its event: "on 11 April visited Kyiv"): the headline's signing, refusal or vote is that story's
 * news, so it has that day. Only the headline: the body's undated past may be background.
 */
export function dateHeadlineOfTheDay(candidates: Candidate[], day: string): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.date === null && c.title && (c.status === 'signed' || c.status === 'refused' || c.status === 'ratified') && !c.undated) candidates[i] = { ...c, date: day };
  }
}

/**
 * "Today we have fixed this in a ten-year agreement", "signed earlier today", "this morning in Kyiv": the body
 * tells the day of publication in words, as it would by naming its weekday.
 */
const TODAY = /\b(?:[Tt]oday|this (?:morning|afternoon|evening)|[Tt]onight)\b(?!['’]s)/;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "arrived in the capital on Saturday morning" on a page published that Saturday, or "today": the story is of
 * the publication day (a page published the day after names the day before: "signed on Saturday" on a Sunday).
 */
function namesPublishedWeekday(text: string, published: string): boolean {
  const d = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return false;
  return new RegExp(String.raw`\b(?:on|this|early|late)\s+${WEEKDAYS[d.getUTCDay()]}\b`).test(text) || TODAY.test(text);
}

/**
 * Does the page date its own story to the publication day? 'live' for a live blog (two or more time-stamp
 * lines), 'dated' for a short line near the top that carries the publication date ("1 March 2024 - 15:42",
 * "Published 31.05.2024"), else null. One pass over the lines.
 */
function storyDay(text: string, published: string): 'live' | 'dated' | null {
  let times = 0;
  let dated = false;
  let n = 0;
  for (const line of text.split('\n')) {
    if (isEntryLine(line) && ++times >= 2) return 'live';
    if (!dated && stampsDay(line, published, n)) dated = true;
    n++;
  }
  return dated ? 'dated' : null;
}
