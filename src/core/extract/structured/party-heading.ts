import type { Status } from '../../schemas/status.js';
import { kindOf } from './lead.js';
import { nextLine, type Line } from './lines.js';
import { isHeadingLike, sentenceOf, startsLikeList } from './list-lines.js';
import { segment, wholeList, type ListItem } from './party-list.js';
import { firstDay, type AbsoluteDate } from './row-dates.js';
import { NEGATION } from './block.js';

/**
 * A fact box that heads each entry with its parties and leaves them out of the entry's sentence:
 * "GERMANY" over "Signed on Feb. 16 in Berlin. Germany is providing …", "Sweden, Norway" over "Due to be
 * signed at the Nordic summit." The heading is the subject of the entry's first sentence, which opens with
 * the participle (a sentence with a subject of its own is prose, read by the sentence rules).
 */
export interface HeadedEntry {
  readonly items: readonly ListItem[];
  readonly status: Status;
  readonly day: AbsoluteDate | null;
  /** the heading and the entry's first sentence, as one span */
  readonly line: Line;
}

/** "Signed on …", "Concluded in …"; "To be signed …", "Expected to be signed …"; "In negotiation", "Under negotiation since …". */
const OPENING: readonly [RegExp, Status][] = [
  [/^(?:signed|concluded|inked|sealed)\b/i, 'signed'],
  [/^(?:to be signed|due to be signed|expected to be signed|set to be signed|scheduled to be signed|signing (?:expected|planned|scheduled))\b/i, 'planned'],
  [/^(?:in negotiations?|under negotiation|negotiations? (?:under way|underway|ongoing|launched|started)|talks (?:under way|underway|ongoing|launched|started)|in talks)\b/i, 'negotiating'],
];

/** "Signed nothing so far": a participle with an empty object tells no event */
const NOTHING = /\b(?:nothing|none)\b/i;

/** The entry that the party heading `lines[i]` heads, else null (the next line is tested first: it is cheap). */
export function headedAt(lines: readonly Line[], i: number, text: string, hub: string): HeadedEntry | null {
  const entry = lines[nextLine(lines, i)];
  if (entry === undefined || !OPENING.some(([re]) => re.test(entry.text))) return null;
  const items = partyHeading(lines[i]!, hub);
  return items !== null ? headedEntry(lines[i]!, items, entry, text) : null;
}

/** The parties of a heading line ("BRITAIN", "Sweden, Norway, Iceland"), else null. */
function partyHeading(line: Line, hub: string): readonly ListItem[] | null {
  const t = line.text;
  if (!isHeadingLike(t) || !startsLikeList(t)) return null;
  return wholeList(segment(t, line.start, hub), hub)?.items ?? null;
}

/** The entry under a party heading, when its first sentence opens with the status it tells. */
function headedEntry(heading: Line, items: readonly ListItem[], entry: Line, text: string): HeadedEntry | null {
  const sentence = sentenceOf(entry.text);
  const status = OPENING.find(([re]) => re.test(sentence))?.[1] ?? null;
  if (status === null || NEGATION.test(sentence) || NOTHING.test(sentence) || kindOf(sentence).other) return null;
  const end = entry.start + sentence.length;
  return { items, status, day: firstDay(sentence), line: { text: text.slice(heading.start, end), start: heading.start, bullet: false } };
}
