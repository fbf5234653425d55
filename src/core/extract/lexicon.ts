import { COUNTRIES } from '../gazetteer/index.js';
import { tokenize, type Token } from './tokens.js';

/**
 * A token trie over every name, adjective, capital, acronym and hub-leader spelling in the gazetteer.
 * Matching is longest-first at each position and looks at most MAX_DEPTH tokens ahead, so a sentence is
 * scanned in linear time.
 */
export type EntryKind = 'name' | 'adjective' | 'capital' | 'acronym' | 'leader';

export interface LexEntry {
  readonly code: string;
  readonly kind: EntryKind;
  /** Exact surface required (acronyms) — otherwise compared in lower case. */
  readonly exact: string | null;
  /** The spelling starts upper-case, so the text must too ("Turkey" the country, not "turkey"). */
  readonly needsCap: boolean;
}

interface Node {
  readonly next: Map<string, Node>;
  entries: LexEntry[];
}

export interface LexMatch {
  readonly entries: readonly LexEntry[];
  /** token index range [from, to) */
  readonly from: number;
  readonly to: number;
}

let ROOT: Node | null = null;

const FOLDED = new Map<string, string>();
/**
 * Latin letters without their diacritics, so "Chişinău" (cedilla) finds "Chișinău" (comma below) and
 * "Chisinau". Only marks on Latin letters are dropped; other scripts are left as they are.
 */
export function fold(lower: string): string {
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  let f = FOLDED.get(lower);
  if (f === undefined) {
    f = lower.normalize('NFD').replace(/([a-z])\p{M}+/gu, '$1').normalize('NFC');
    if (FOLDED.size < 10_000) FOLDED.set(lower, f);
  }
  return f;
}
let MAX_DEPTH = 1;

function add(root: Node, spelling: string, entry: Omit<LexEntry, 'exact' | 'needsCap'>, exact: boolean): void {
  // a leading article belongs to the sentence, not the name ("the Netherlands" → "Netherlands")
  const bare = spelling.replace(/^the\s+/i, '');
  const toks = tokenize(bare);
  if (toks.length === 0) return;
  MAX_DEPTH = Math.max(MAX_DEPTH, toks.length);
  let node = root;
  for (const t of toks) {
    const key = fold(t.lower);
    let n = node.next.get(key);
    if (!n) {
      n = { next: new Map(), entries: [] };
      node.next.set(key, n);
    }
    node = n;
  }
  const e: LexEntry = { ...entry, exact: exact ? bare : null, needsCap: /^\p{Lu}/u.test(bare) };
  if (!node.entries.some((x) => x.code === e.code && x.kind === e.kind && x.exact === e.exact)) node.entries.push(e);
}

function root(): Node {
  if (ROOT) return ROOT;
  const r: Node = { next: new Map(), entries: [] };
  for (const c of COUNTRIES) {
    for (const n of c.names) add(r, n, { code: c.code, kind: 'name' }, false);
    for (const n of c.adjectives) add(r, n, { code: c.code, kind: 'adjective' }, false);
    for (const n of c.capitals) add(r, n, { code: c.code, kind: 'capital' }, false);
    for (const n of c.acronyms ?? []) add(r, n, { code: c.code, kind: 'acronym' }, true);
    for (const n of c.leaders ?? []) add(r, n, { code: c.code, kind: 'leader' }, false);
  }
  ROOT = r;
  return r;
}

function accepts(e: LexEntry, toks: readonly Token[], from: number, to: number): boolean {
  if (e.exact !== null) {
    const surface = toks
      .slice(from, to)
      .map((t) => t.text)
      .join('');
    return surface === e.exact.replace(/\s+/g, '');
  }
  if (e.needsCap && !toks[from]!.cap) return false;
  return true;
}

/** Longest gazetteer matches, left to right, non-overlapping. */
export function matchLexicon(toks: readonly Token[]): LexMatch[] {
  const r = root();
  const out: LexMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    let node: Node | undefined = r;
    let best: LexMatch | null = null;
    for (let j = i; j < toks.length && j - i < MAX_DEPTH; j++) {
      node = node.next.get(fold(toks[j]!.lower));
      if (!node) break;
      if (node.entries.length > 0) {
        const ok = node.entries.filter((e) => accepts(e, toks, i, j + 1));
        if (ok.length > 0) best = { entries: ok, from: i, to: j + 1 };
      }
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/** Does some gazetteer spelling start with this (lower-case) word? */
export function startsEntry(lower: string): boolean {
  return root().next.has(fold(lower));
}

/** Spellings written in lower case ("ukrainische", "von der Leyen"): found without a capital letter. */
export function lowercaseSpellings(): string[] {
  const out: string[] = [];
  for (const c of COUNTRIES) {
    for (const n of [...c.names, ...c.adjectives, ...c.capitals, ...(c.leaders ?? [])]) if (/^\p{Ll}/u.test(n) && !/^the\s/.test(n)) out.push(n.toLowerCase());
  }
  return out;
}
