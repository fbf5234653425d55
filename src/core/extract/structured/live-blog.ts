/**
 * A live blog's entry lines: a time stamp, then the entry on the same line ("16:48 — Leaders sign ...",
 * "09.15 GMT: ...", "Updated 10:05"). A time of day is never a date: such a page dates its entries by its
 * publication day (article/story-day.ts counts these lines).
 */
const ENTRY = /^\s*(?:(?:last\s+)?updated:?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?\s*(?:[—–|-]\s*\S|:\s+\S|\s+\p{Lu}|$)/u;
const UPDATED_ONLY = /^\s*(?:last\s+)?updated:?\s+\d{1,2}[:.]\d{2}/iu;

export function isLiveEntry(line: string): boolean {
  if (line.length === 0 || line.length > 2000) return false;
  return ENTRY.test(line) || UPDATED_ONLY.test(line);
}

const TIME_ONLY = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*$/i;

/** A line that opens a live blog's entry: a time-stamped line, or a time alone on its line. */
export function isEntryLine(line: string): boolean {
  return isLiveEntry(line) || TIME_ONLY.test(line);
}

/** Start offsets of a live blog's entries (a time-stamped line, or the text after a time-only line); null when the page has fewer than two. */
function entryStarts(text: string): number[] | null {
  const starts: number[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const c = text.charCodeAt(from);
    // cheap test first: an entry line opens with a digit or "Updated"
    if ((c >= 48 && c <= 57) || c === 85 || c === 117 || c === 76 || c === 108 || c === 32) {
      const line = text.slice(from, to);
      if (isEntryLine(line)) starts.push(from);
    }
    from = to + 1;
  }
  return starts.length >= 2 ? starts : null;
}

/** What `entryTopics` needs of a sentence unit. */
export interface EntryUnit {
  readonly start: number;
  readonly title: boolean;
  readonly mentions: readonly { readonly role: string; readonly codes: readonly string[] }[];
}

/**
 * In a live blog each entry is its own story: a sentence that names no party ("Negotiations on the text are
 * continuing") speaks of the partner its entry named, not of the page's main partner. Per unit: the one
 * partner its entry has named so far (itself included), the page's topic when the entry names none, null
 * when it names several. Null for a page that is no live blog. One pass over units and entries together.
 */
export function entryTopics(text: string, all: readonly EntryUnit[], hub: string, pageTopic: string | null): (string | null)[] | null {
  const starts = entryStarts(text);
  if (starts === null) return null;
  const out: (string | null)[] = [];
  let entry = -1;
  let next = 0;
  let codes = new Set<string>();
  for (const u of all) {
    if (u.title) {
      out.push(pageTopic);
      continue;
    }
    while (next < starts.length && starts[next]! <= u.start) {
      entry = next++;
      codes = new Set<string>();
    }
    if (entry < 0) {
      out.push(pageTopic);
      continue;
    }
    for (const m of u.mentions) if (m.role === 'partner') for (const c of m.codes) if (c !== hub) codes.add(c);
    out.push(codes.size === 0 ? pageTopic : codes.size === 1 ? [...codes][0]! : null);
  }
  return out;
}
