/**
 * An article's text as lines, the way structured text (tables, timelines, fact boxes, Q&A, live blogs) is
 * laid out: one line per row / entry / question. A leading bullet or list number is set aside; offsets are
 * kept so a row's evidence is a verbatim slice of the article. One pass over the text.
 */
export interface Line {
  /** the line without surrounding blanks and without its bullet */
  readonly text: string;
  /** offset of `text` in the article */
  readonly start: number;
  readonly bullet: boolean;
}

/** Lines longer than this are prose (or a page without line breaks), never a row. */
export const MAX_ROW_CHARS = 300;

const BULLET = /^(?:[•·▪◦●○■□►▸‣⁃∙*]|[-–—](?=\s))\s*/u;
/** "1. United Kingdom", "2) Germany" — not "1. März" and not a date "1 March" */
const NUMBERED = /^\d{1,2}[.)]\s+(?=\p{Lu})(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b)/u;

/** White space, by code (a regular expression per character is slow on long pages). */
export function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

/** The index of the next non-blank line after `j` (extraction may leave blank lines between a table's cells, or under a heading). */
export function nextLine(lines: readonly Line[], j: number): number {
  let n = j + 1;
  while (n < lines.length && lines[n]!.text.length === 0) n++;
  return n;
}

export function readLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    let body = text.slice(s, e);
    let bullet = false;
    if (body.length > 0 && body.length <= MAX_ROW_CHARS) {
      const b = BULLET.exec(body) ?? NUMBERED.exec(body);
      if (b && b[0].length < body.length) {
        bullet = true;
        s += b[0].length;
        body = body.slice(b[0].length);
      }
    }
    out.push({ text: body, start: s, bullet });
    from = to + 1;
  }
  return out;
}
