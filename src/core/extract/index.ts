import { vocabulary as V } from '../gazetteer/index.js';
import type { ArticleInput, Claim } from '../schemas/claim.js';
import type { Status } from '../schemas/status.js';
import { claimsInSentence, type ArticleContext, type SentenceClaim } from './claims.js';
import { todayAnchor, yearHintOf, type ResolveContext } from './dates.js';
import { findRefs, hasPhrase } from './kind.js';
import { findMentions, type Mention } from './mentions.js';
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
    const toks = tokenize(s.text, s.start);
    for (let i = 0; i < toks.length; i += MAX_TOKENS) {
      const chunk = toks.slice(i, i + MAX_TOKENS);
      const evidence = toks.length <= MAX_TOKENS ? s.text : source.slice(chunk[0]!.start, chunk[chunk.length - 1]!.end);
      out.push({ evidence, toks: chunk, title, mentions: [] });
    }
  }
  return out;
}

interface Candidate extends SentenceClaim {
  readonly evidence: string;
  readonly order: number;
}

/**
 * The claims one article makes about the hub's bilateral security agreements: one per (party, status),
 * with the best-supported date and the sentence that says it. Pure: the only clock is `article.published`.
 */
export function extractClaims(article: ArticleInput, options: { hub: string }): Claim[] {
  const hub = options.hub;
  const all: Unit[] = [...(article.title ? units(article.title, true) : []), ...units(article.text, false)];
  for (const u of all) u.mentions = findMentions(u.toks, hub);

  const hubMentioned = all.some((u) => u.mentions.some((m) => m.role === 'hub'));
  const strong = all.some((u) => findRefs(u.toks).some((r) => r.kind === 'strong'));
  const focused = hubMentioned && strong;
  const peace = all.some((u) => hasPhrase(u.toks, V.PEACE_FRAMEWORK_MARKERS));
  if (!hubMentioned) return [];

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
  all.forEach((u, order) => {
    for (const c of claimsInSentence(u.toks, ctx, u.title)) candidates.push({ ...c, evidence: u.evidence, order });
  });
  return merge(candidates).map((c) => ({
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

/** One claim per (party, status): the strongest support, and a date from the strongest sentence that gives one. */
function merge(cands: readonly Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const key = `${c.party}|${c.status}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: Candidate[] = [];
  for (const g of groups.values()) {
    const best = [...g].sort((a, b) => b.confidence - a.confidence || a.order - b.order)[0]!;
    const dated = [...g].filter((c) => c.date !== null).sort((a, b) => b.confidence - a.confidence || a.order - b.order)[0];
    const pick = dated ?? best;
    out.push({ ...pick, confidence: best.confidence, order: Math.min(...g.map((c) => c.order)) });
  }
  return out.sort((a, b) => a.order - b.order || rank(a.status) - rank(b.status));
}

const ORDER: readonly Status[] = ['signed', 'planned', 'negotiating', 'ratified', 'refused', 'terminated'];
function rank(s: Status): number {
  return ORDER.indexOf(s);
}
