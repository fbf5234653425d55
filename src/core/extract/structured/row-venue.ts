import type { Mention } from '../mentions.js';
import type { Segment } from './party-list.js';

/**
 * Words a venue is written with ("Kyiv", "Berlin and Paris", "the G7 summit in Italy", "on the sidelines of
 * the NATO summit"): names (capitalised), the words that join them and nouns of meetings. A verb ("talks
 * continue", "signed by Sunak") makes the cell a predicate, not a venue.
 */
const VENUE_WORDS = new Set(
  `in at on during of the a and & summit meeting sidelines margins margin conference forum visit session
   ceremony council palace house city capital gathering also southern northern eastern western central`.split(/\s+/),
);

export function isVenue(text: string): boolean {
  const words = text.split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 9) return false;
  return words.every((w) => /^(?:\p{Lu}|\d+\p{L})/u.test(w) || VENUE_WORDS.has(w.toLowerCase()));
}

/**
 * "23 February – Denmark, Lviv (Mette Frederiksen)", "13 June – United States and Japan, G7 summit in Apulia,
 * Italy", "10 July – Luxembourg, Washington": a dated row that names its parties as states may go on, after a
 * comma, with where they signed (and the leaders in brackets). That place is no party, even when it is a
 * capital ("Washington"); and several such entries may share the row's date, cut by semicolons ("Belgium,
 * Brussels (De Croo); Portugal, Lisbon (Montenegro)").
 *
 * Returns the row's text without the venues (the brackets kept, as glosses of the parties), or null when the
 * row has no venue of this shape. Parties written as capitals ("London, Berlin") are a list, not a venue.
 */
export function withoutRowVenues(text: string, seg: Segment): string | null {
  const { toks } = seg;
  if (toks.length === 0) return null;
  const base = toks[0]!.start;
  const pieces: [number, number][] = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const x = toks[i]!.text;
    if (x === '(') depth++;
    else if (x === ')') depth = Math.max(0, depth - 1);
    else if (x === ';' && depth === 0) {
      pieces.push([s, i]);
      s = i + 1;
    }
  }
  pieces.push([s, toks.length]);
  let changed = false;
  let out = '';
  for (const [from, to] of pieces) {
    if (from >= to) continue;
    const cut = venueStart(text, seg, from, to, base);
    const sep = out === '' ? '' : '; ';
    if (cut === null) {
      out += sep + text.slice(toks[from]!.start - base, toks[to - 1]!.end - base);
      continue;
    }
    changed = true;
    out += sep + text.slice(toks[from]!.start - base, toks[cut.comma]!.start - base) + (cut.gloss < to ? ' ' + text.slice(toks[cut.gloss]!.start - base, toks[to - 1]!.end - base) : '');
  }
  return changed ? out : null;
}

/** The comma that opens the piece's venue and where its closing bracket gloss starts, or null. */
function venueStart(text: string, seg: Segment, from: number, to: number, base: number): { comma: number; gloss: number } | null {
  const { toks, mentions } = seg;
  const first = mentions.find((m) => m.from === from);
  if (!first || first.kind !== 'name' || first.role !== 'partner') return null;
  // a closing gloss in brackets: "(Mette Frederiksen)"
  let gloss = to;
  if (toks[to - 1]!.text === ')') {
    let j = to - 2;
    while (j > from && toks[j]!.text !== '(') j--;
    if (j <= from) return null;
    gloss = j;
  }
  for (let c = first.to; c < gloss - 1; c++) {
    if (toks[c]!.text === '(') return null;
    if (toks[c]!.text !== ',') continue;
    const inside = mentions.filter((m) => m.from > c && m.from < gloss);
    // what comes before the comma is all state names; after it, only places ("Apulia, Italy" is a place)
    const before = mentions.filter((m) => m.from >= from && m.from < c);
    if (!before.every((m) => m.kind === 'name' && m.role === 'partner')) return null;
    if (!inside.every(placeOnly)) continue;
    const tail = text.slice(toks[c + 1]!.start - base, toks[gloss - 1]!.end - base);
    if (isVenue(tail)) return { comma: c, gloss };
  }
  return null;
}

/** a mention a venue may hold: a city that is a capital, or a state named as the place of a gathering */
function placeOnly(m: Mention): boolean {
  return m.role === 'place' || m.role === 'hub' || m.kind === 'capital';
}
