/**
 * Word tokens with character offsets, so evidence can be cut verbatim from the source.
 * Dotted acronyms ("U.S.", "U.K.") stay one token; every other non-space, non-word character is its
 * own token, so punctuation is visible to the rules (possessive "'s", list commas, dashes).
 * The pattern has no nested quantifiers: one pass, linear in the input.
 */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Letters or digits (not punctuation). */
  readonly word: boolean;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII fast path; the Unicode classes only for other characters
    const ascii = c < 128;
    const word = ascii ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD.test(t);
    const cap = ascii ? c >= 65 && c <= 90 : UPPER.test(t);
    out.push({
      text: t,
      lower: word ? t.toLowerCase() : normalizeWord(t),
      start: offset + m.index,
      end: offset + m.index + t.length,
      word,
      cap,
    });
  }
  return out;
}

/** Lower case, typographic apostrophes and dashes folded so lexicons need one spelling. */
export function normalizeWord(t: string): string {
  const lower = t.toLowerCase();
  if (lower === '’' || lower === '‘' || lower === '`') return "'";
  if (lower === '–' || lower === '—' || lower === '‑' || lower === '‐') return '-';
  if (lower === '“' || lower === '”' || lower === '«' || lower === '»' || lower === '„') return '"';
  return lower;
}

/** True when the gap before token `i` contains whitespace (distinguishes "Dutch-Ukrainian" from " - "). */
export function spaceBefore(tokens: readonly Token[], i: number): boolean {
  // (past the last token there is no space: a sentence may end on a spaced dash, "Riga, 11 April –")
  return i > 0 && i < tokens.length && tokens[i]!.start > tokens[i - 1]!.end;
}
