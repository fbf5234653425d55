import { vocabulary as V } from '../gazetteer/index.js';
import type { ArticleInput, Claim } from '../schemas/claim.js';
import type { Status } from '../schemas/status.js';
import { claimsInSentence, type ArticleContext, type DiscourseContext, type SentenceAnalysis, type SentenceClaim } from './claims.js';
import { findDates, resolveDate, todayAnchor, yearHintOf, type ResolveContext } from './dates.js';
import { findRefs, hasPhrase, isAgreementNoun } from './kind.js';
import { findMentions, type Mention } from './mentions.js';
import { lowercaseSpellings, startsEntry } from './lexicon.js';
import { findTriggers } from './triggers.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { topicParty } from './topic.js';

export { partyName } from '../gazetteer/index.js';

/** Longer "sentences" (a page with no punctuation) are read in windows, which keeps the work linear. */
const MAX_TOKENS = 400;

interface Unit {
  readonly evidence: string;
  readonly toks: readonly Token[];
  readonly title: boolean;
  mentions: readonly Mention[];
}

function units(source: string, title: boolean): Unit[] {
  const out: Unit[] = [];
  for (const s of splitSentences(source)) {
    if (!worthReading(s.text)) {
      // kept as a unit: sentences are counted for "the sentence before"
      out.push({ evidence: s.text, toks: [], title, mentions: [] });
      continue;
    }
    const toks = tokenize(s.text, s.start);
    for (let i = 0; i < toks.length; i += MAX_TOKENS) {
      const chunk = toks.slice(i, i + MAX_TOKENS);
      const evidence = toks.length <= MAX_TOKENS ? s.text : source.slice(chunk[0]!.start, chunk[chunk.length - 1]!.end);
      out.push({ evidence, toks: chunk, title, mentions: [] });
    }
  }
  return out;
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

interface Candidate extends SentenceClaim {
  readonly evidence: string;
  readonly order: number;
  readonly title: boolean;
}

const DIGIT = /\d/;

/** How many sentences a signing stays the antecedent of an objectless "had signed" / "followed". */
const CARRY_SENTENCES = 2;
/** How many sentences a strong mention of the type keeps it the topic of sentences that name no agreement. */
const TOPIC_SENTENCES = 4;
/** How far after a counted group ("three Nordic countries") its members may be named. */
const GROUP_LOOKAHEAD = 2;

/**
 * The claims one article makes about the hub's bilateral security agreements: one per (party, status),
 * with the best-supported date and the sentence that says it. Pure: the only clock is `article.published`.
 */
export function extractClaims(article: ArticleInput, options: { hub: string }): Claim[] {
  const hub = options.hub;
  const all: Unit[] = [...(article.title ? units(article.title, true) : []), ...units(article.text, false)];
  for (const u of all) u.mentions = findMentions(u.toks, hub);
  resolveCountedGroups(all);

  const hubMentioned = all.some((u) => u.mentions.some((m) => m.role === 'hub'));
  if (!hubMentioned) return [];
  const triggers = all.map((u) => findTriggers(u.toks));
  // references only where a cue could use them, plus enough to tell whether the article names the type
  const refs = all.map((u, i) => (triggers[i]!.length > 0 || mayNameType(u.toks) ? findRefs(u.toks) : []));
  const strong = refs.some((rs) => rs.some((r) => r.kind === 'strong'));
  const focused = hubMentioned && strong;
  const peace = all.some((u) => hasPhrase(u.toks, V.PEACE_FRAMEWORK_MARKERS));

  let dates: ResolveContext = {
    published: article.published,
    epoch: V.AGREEMENT_EPOCH,
    yearHint: article.published ? null : yearHintOf(article.url, article.text),
  };
  if (!article.published) {
    const anchor = all.map((u) => todayAnchor(u.toks, dates)).find((d) => d !== null) ?? null;
    if (anchor) dates = { ...dates, published: anchor };
  }
  const ctx: ArticleContext = { hub, focused, weakOk: focused && !peace, topic: topicParty(all, hub), dates };

  const candidates: Candidate[] = [];
  let lastSigning = -Infinity;
  let refDate: string | null = null;
  // the article's running topic: where the tracked type was last named, and whether another act was named since
  let lastTopic = -Infinity;
  let shifted = false;
  all.forEach((u, order) => {
    const ts = triggers[order]!;
    const topical = focused && !shifted && order - lastTopic <= TOPIC_SENTENCES;
    const shiftedHere = shifted;
    for (const r of refs[order]!) {
      if (r.kind === 'strong' || (r.kind === 'weak' && ctx.weakOk)) {
        lastTopic = order;
        shifted = false;
      } else if (r.act) shifted = true;
      else if (r.kind === 'anaphoric' && !shifted) lastTopic = order;
    }
    // dates matter where a cue is, and (as the reference for "a day earlier") where a day is written in digits
    const found = ts.length > 0 || (!u.title && DIGIT.test(u.evidence)) ? findDates(u.toks) : [];
    if (ts.length > 0) {
      const a: SentenceAnalysis = { toks: u.toks, mentions: u.mentions, triggers: ts, refs: refs[order]!, dates: found };
      const discourse: DiscourseContext = { carry: !u.title && order - lastSigning <= CARRY_SENTENCES, refDate, topical, shifted: shiftedHere };
      const claims = claimsInSentence(a, ctx, u.title, discourse, order * 1000);
      for (const c of claims) candidates.push({ ...c, evidence: u.evidence, order, title: u.title });
      if (!u.title && claims.some((c) => c.status === 'signed' || c.status === 'planned')) lastSigning = order;
      const dated = claims.filter((c) => c.date !== null);
      if (!u.title && dated.length > 0) {
        refDate = dated[dated.length - 1]!.date;
        return;
      }
    }
    if (u.title) return;
    // the last explicit date of the text is what "a day earlier" counts from
    for (const d of found) if (d.kind === 'absolute') refDate = resolveDate(d, 'none', dates) ?? refDate;
  });
  // a page that dates its story (a dateline or timestamp line, a live blog's time stamps) dates its undated news
  // of the day: the headline's signing, "has signed", and in a live blog "is expected to ... sign"
  const day = dates.published !== null && article.published !== null ? storyDay(article.text, article.published) : null;
  if (day) {
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.date !== null) continue;
      const headline = c.title && (c.status === 'signed' || c.status === 'refused') && !c.undated;
      const news = c.dayOfStory === true && (c.status === 'signed' || day === 'live');
      if (headline || news) candidates[i] = { ...c, date: article.published };
    }
  }
  return merge(candidates, dates.published).map((c) => ({
    party: c.party,
    status: c.status,
    date: c.date,
    evidence: c.evidence,
    url: article.url,
    sourceId: article.sourceId,
    published: article.published,
    confidence: c.confidence,
  }));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A line that is only a time of day ("19:52 CET", "6:48 p.m. ET"): an entry of a live blog. */
const TIME_LINE = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*$/i;

/**
 * Does the page date its own story to the publication day? 'live' for a live blog (two or more time-stamp
 * lines), 'dated' for a short line near the top that carries the publication date ("1 March 2024 - 15:42",
 * "Published 31.05.2024"), else null. One pass over the lines.
 */
function storyDay(text: string, published: string): 'live' | 'dated' | null {
  const [y, m, d] = published.split('-');
  const mi = Number(m) - 1;
  const day = String(Number(d));
  const long = MONTH_NAMES[mi]!;
  const short = long.slice(0, 3);
  const forms = [
    `${day} ${long} ${y}`, `${long} ${day}, ${y}`, `${day} ${short} ${y}`, `${short} ${day}, ${y}`, `${short}. ${day}, ${y}`,
    `${d}.${m}.${y}`, `${day}.${Number(m)}.${y}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`, published,
  ];
  let times = 0;
  let dated = false;
  let n = 0;
  for (const line of text.split('\n')) {
    if (TIME_LINE.test(line) && ++times >= 2) return 'live';
    if (n++ < 10 && line.length <= 120 && forms.some((f) => line.includes(f))) dated = true;
  }
  return dated ? 'dated' : null;
}

/** Cheap test: could this sentence name the agreement type (so the article is about it), or another act? */
function mayNameType(toks: readonly Token[]): boolean {
  ACT_HEADS ??= new Set(V.OTHER_ACT_PHRASES.map((p) => p[0]!));
  for (const t of toks) if (t.word && (isAgreementNoun(t.lower) || t.lower === 'commitments' || ACT_HEADS.has(t.lower))) return true;
  return false;
}
let ACT_HEADS: ReadonlySet<string> | null = null;

/**
 * "three Nordic countries" (fewer than the group): the members named in the same sentence or the next
 * ones, when exactly that many are; otherwise the count names nobody.
 */
function resolveCountedGroups(all: Unit[]): void {
  all.forEach((u, i) => {
    if (!u.mentions.some((m) => m.count !== undefined)) return;
    u.mentions = u.mentions.flatMap((m): Mention[] => {
      if (m.count === undefined) return [m];
      const found = new Set<string>();
      for (let j = i; j < all.length && j <= i + GROUP_LOOKAHEAD && found.size < m.count; j++) {
        if (all[j]!.title !== u.title) break;
        for (const o of all[j]!.mentions) {
          if (o === m || o.kind === 'group' || o.role !== 'partner') continue;
          for (const c of o.codes) if (m.codes.includes(c)) found.add(c);
        }
      }
      return found.size === m.count ? [{ ...m, codes: [...found] }] : [];
    });
  });
}

/**
 * One claim per (party, status): the strongest support, and a date from the strongest sentence that gives one.
 * The body outranks the headline: a headline's "signs" gives way to a body that has the same party still to
 * sign on a later day, and parties a headline names together share the day the body gives one of them.
 */
function merge(cands: readonly Candidate[], published: string | null): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const key = `${c.party}|${c.status}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const merged = new Map<string, Candidate>();
  for (const [key, g] of groups) {
    const best = [...g].sort((a, b) => b.confidence - a.confidence || a.order - b.order)[0]!;
    const dated = [...g].filter((c) => c.date !== null).sort((a, b) => Number(a.title) - Number(b.title) || b.confidence - a.confidence || a.order - b.order)[0];
    const pick = dated ?? best;
    merged.set(key, { ...pick, confidence: best.confidence, order: Math.min(...g.map((c) => c.order)), title: g.every((c) => c.title) });
  }
  // an article that reports a party's signing makes its talks background ("Formal talks began in late May")
  for (const [key, c] of merged) {
    if (c.status === 'negotiating' && (merged.has(`${c.party}|signed`) || merged.has(`${c.party}|ratified`))) merged.delete(key);
  }
  // "Portugal signs security deal" over a body saying it will sign tomorrow
  for (const [key, c] of merged) {
    if (c.status !== 'signed' || !c.title || published === null) continue;
    const plan = merged.get(`${c.party}|planned`);
    if (plan && !plan.title && plan.date !== null && plan.date > published) merged.delete(key);
  }
  // "US and Japan sign ... at G7": the headline's parties share the body's day for that signing
  const titleCues = new Map<number, Candidate[]>();
  for (const c of cands) if (c.title) titleCues.set(c.cueId, [...(titleCues.get(c.cueId) ?? []), c]);
  for (const list of titleCues.values()) {
    if (list.length < 2) continue;
    const days = new Set(list.map((c) => merged.get(`${c.party}|${c.status}`)?.date).filter((d): d is string => typeof d === 'string'));
    if (days.size !== 1) continue;
    const day = [...days][0]!;
    for (const c of list) {
      const m = merged.get(`${c.party}|${c.status}`);
      if (m && m.date === null) merged.set(`${c.party}|${c.status}`, { ...m, date: day });
    }
  }
  return [...merged.values()].sort((a, b) => a.order - b.order || rank(a.status) - rank(b.status));
}
const ORDER: readonly Status[] = ['signed', 'planned', 'negotiating', 'ratified', 'refused', 'terminated'];
function rank(s: Status): number {
  return ORDER.indexOf(s);
}
