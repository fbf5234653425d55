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
