import { vocabulary as V } from '../gazetteer/index.js';
import type { ArticleInput, Claim } from '../schemas/claim.js';
import { resolveCountedGroups } from './article/counted-groups.js';
import { Discourse } from './article/discourse.js';
import { joinLeadInLists } from './article/lead-in-lists.js';
import { merge, type Candidate } from './article/merge.js';
import { demotePersonNames } from './article/person-names.js';
import { signsOtherPair } from './article/other-pair.js';
import { pendingPartner } from './article/pending-party.js';
import { leaderPartner, subjectPair, subjectPartner } from './article/subject-partner.js';
import { dateHeadlineOfTheDay, dateNewsOfTheDay } from './article/story-day.js';
import { resolveTheirCountries } from './article/their-countries.js';
import { units, type Unit } from './article/units.js';
import { dropOthersSignatories } from './article/whose-signatories.js';
import { claimsInSentence } from './claims/sentence-claims.js';
import { headedListClaims, headedListParties } from './claims/headed-list.js';
import { verblessItems, verblessSequenceClaims } from './claims/verbless-sequence.js';
import type { ArticleContext, SentenceAnalysis, SentenceClaim } from './claims/types.js';
import { findTriggers } from './cues/find-triggers.js';
import type { Trigger } from './cues/trigger.js';
import type { Token } from './tokens.js';
import { findDates, todayAnchor } from './dates/expressions.js';
import { ORDINAL, ORDINAL_HEADS } from './cues/ordinals.js';
import { datelineDay } from './dates/dateline-day.js';
import { sectionDayAt, sectionDays } from './dates/section-day.js';
import { leadDay } from './dates/lead-day.js';
import { yearHintOf, type ResolveContext } from './dates/resolve.js';
import { findRefs, hasPhrase, mayNameType, type AgreementRef } from './kind.js';
import { findMentions } from './mentions.js';
import { demoteGuarantees } from './peace-guarantees.js';
import { addStructured, readStructured, rowStarts } from './structured/candidates.js';
import { entryTopics } from './structured/live-blog.js';
import { topicParty } from './topic.js';

export { partyName } from '../gazetteer/index.js';

const DIGIT = /\d/;
/** a day named in words ("on Thursday", "yesterday", "will travel there tomorrow"): a reference day for the sentences after it */
const DAY_WORD = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight)\b/i;

/**
 * The claims one article makes about the hub's bilateral security agreements: one per (party, status),
 * with the best-supported date and the sentence that says it. Pure: the only clock is `article.published`.
 *
 * The article is read in three passes: every sentence's parties, cues and agreement references; what the
 * article as a whole says (is it about the type, its main partner, its dates); then the sentences in order,
 * each with what the ones before it tell it (article/discourse.ts).
 */
export function extractClaims(article: ArticleInput, options: { hub: string }): Claim[] {
  const hub = options.hub;
  const all: Unit[] = [...(article.title ? units(article.title, true) : []), ...units(article.text, false).map((u) => (repeatsTitle(u, article.title) ? { ...u, title: true } : u))];
  for (const u of all) u.mentions = findMentions(u.toks, hub);
  joinLeadInLists(all, hub);
  resolveCountedGroups(all);
  resolveTheirCountries(all);
  demotePersonNames(all, hub);

  const hubMentioned = all.some((u) => u.mentions.some((m) => m.role === 'hub'));
  if (!hubMentioned) return [];
  const triggers = all.map((u) => (u.muted ? [] : findTriggers(u.toks)));
  // references only where a cue could use them, plus enough to tell whether the article names the type
  const peace = all.some((u) => hasPhrase(u.toks, V.PEACE_FRAMEWORK_MARKERS));
  // (in a peace-framework article, "the document on security guarantees" is the peace framework's)
  const refs = all.map((u, i) => (triggers[i]!.length > 0 || mayNameType(u.toks) ? findRefs(u.toks) : [])).map((rs, i) => (peace ? demoteGuarantees(all[i]!.toks, rs) : rs));
  dropOthersSignatories(all, triggers, refs);
  const strong = refs.some((rs) => rs.some((r) => r.kind === 'strong'));
  const focused = hubMentioned && strong;
  const dates = articleDates(article, all);
  const ctx: ArticleContext = { hub, focused, weakOk: focused && !peace, topic: topicParty(all, hub), dates };

  // tables, timelines, fact boxes and Q&A lists: rows that are no sentence
  const structured = readStructured(article, ctx);
  const rows = rowStarts(structured);
  const candidates: Candidate[] = [];
  const discourse = new Discourse(focused, ctx.weakOk, dates);
  // a live blog's or diary's day headings ("Friday 16 February 2024"): the day its entries count from
  const sections = sectionDays(article.text, dates.published);
  // a live blog's entries are stories of their own: their main partner is the one they name
  const topics = focused ? entryTopics(article.text, all, hub, ctx.topic) : null;
  let pending: string | null = null;
  let subject: string | null = null;
  let pair: string[] | null = null;
  let leader: string | null = null;
  all.forEach((u, order) => {
    const ts = triggers[order]!;
    const entered = discourse.enter(order, refs[order]!, u.title, u.heading === true || (!u.title && rows.has(u.start)));
    const before = { ...entered, ...(pending !== null ? { pending } : {}), ...(subject !== null ? { subject } : {}), ...(pair !== null ? { subjectPair: pair } : {}), ...(leader !== null ? { leader } : {}) };
    pending = u.title ? null : pendingPartner(u.toks, u.mentions, ts, hub);
    subject = u.title ? null : subjectPartner(u.toks, u.mentions, hub);
    pair = u.title ? null : subjectPair(u.toks, u.mentions, hub);
    leader = u.title ? null : leaderPartner(u.mentions, hub);
    // dates matter where a cue is, and (as the reference for "a day earlier") where a day is written in digits or named
    // "The end of May was crowded: Spain on the 27th, Belgium the next day": a list without a verb goes on with
    // the signings just told
    const sequence = ts.length === 0 && before.carried !== undefined && focused && verblessItems(u.toks, u.mentions) !== null;
    const found = ts.length > 0 || sequence || (!u.title && (DIGIT.test(u.evidence) || DAY_WORD.test(u.evidence))) ? findDates(u.toks) : [];
    let claims: SentenceClaim[] | null = null;
    let otherPair = false;
    const section = u.title ? null : sectionDayAt(sections, u.start);
    const day = section !== null && section !== dates.published ? { published: section } : {};
    const told = before.storyDate || section !== null ? { ...ctx, dates: { ...ctx.dates, ...day, ...(before.storyDate ? { narrative: before.storyDate } : {}) } } : ctx;
    if (sequence) claims = verblessSequenceClaims(u.toks, u.mentions, found, before.carried!, before.recentRefDate ?? before.refDate, told, order * 1000);
    // "APRIL. Finland and Latvia.": a month's entry of a recap that only names its partners goes on with the series
    const headed = ts.length === 0 && !sequence && before.carried !== undefined && focused && !u.title ? headedListParties(u.toks, u.mentions, order > 0 && !all[order - 1]!.title ? all[order - 1]!.toks : null, hub) : null;
    if (headed) claims = headedListClaims(headed, before.carried!, hub, order * 1000);
    if (ts.length > 0) {
      const a: SentenceAnalysis = { toks: u.toks, mentions: u.mentions, triggers: ts, refs: refs[order]!, dates: found };
      claims = claimsInSentence(a, topics ? { ...told, topic: topics[order] ?? null } : told, u.title, before, order * 1000);
      otherPair = claims.length === 0 && signsOtherPair(a);
    }
    // (the three readings above exclude one another: at most one gave the sentence its claims)
    if (claims !== null) for (const c of claims) if (!V.NEVER_PARTNERS.has(c.party)) candidates.push({ ...c, evidence: u.evidence, order, title: u.title });
    // ("Among them are the G7 members. In Europe, the list also includes …": a sentence that went on listing the
    // agreements signed keeps them the antecedent of the next)
    const listedOn = before.signedPlural && claims !== null && claims.some((c) => c.status === 'signed');
    discourse.leave(order, u.title, u.toks, claims, found, otherPair, ts.length > 0 && (signsPlural(ts, refs[order]!, u.toks) || listedOn), ts.some((t) => t.family === 'sign'));
  });
  addStructured(candidates, structured, all);
  // (an undated page whose dateline line or "today, April 11" gives its day is dated by it like by a publication
  // date; the day of its lead only dates the headline)
  if (dates.published !== null && (article.published !== null || !dates.leadOnly)) dateNewsOfTheDay(candidates, article.text, dates.published);
  else if (dates.published !== null) dateHeadlineOfTheDay(candidates, dates.published);
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

/** How far into the text a page may repeat its headline (after a kicker, a byline, a menu line). */
const TITLE_REPEAT_WITHIN = 400;

/**
 * The page's copy of its headline at the top of the text ("Portugal signs security agreement with Ukraine" again,
 * above the lead): a headline, read as one ("signs" is its past, and gives way to a body that says otherwise).
 */
function repeatsTitle(u: Unit, title: string | null): boolean {
  return title !== null && u.start < TITLE_REPEAT_WITHIN && u.evidence.trim() === title.trim();
}

/**
 * A sentence that tells of agreements signed, in the plural ("Ukraine has signed 28 security agreements"), or
 * places one in a series of them ("Greece is the 28th partner with which Ukraine has signed such a document").
 */
function signsPlural(ts: readonly Trigger[], refs: readonly AgreementRef[], toks: readonly Token[]): boolean {
  if (!ts.some((t) => t.status === 'signed' && !t.hedged && !t.signedBefore)) return false;
  const named = refs.filter((r) => r.kind === 'strong' || r.kind === 'weak' || r.kind === 'anaphoric');
  // (the sentence's series place is looked for once, not once per agreement named)
  return named.some((r) => r.plural) || (named.length > 0 && seriesPlace(toks));
}

/** "the 28th partner", "the tenth country": a place in a series of partners past its first. */
function seriesPlace(toks: readonly Token[]): boolean {
  return toks.some((t, i) => ORDINAL.test(t.lower) && !/^(?:first|1st|latest|newest|last)$/.test(t.lower) && ORDINAL_HEADS.has(toks[i + 1]?.lower ?? ''));
}

/**
 * What relative dates resolve against: the publication date, else the date the text gives its own "today"
 * ("today, February 16"), a dateline line at the top or the day of the lead, with a year hint from the URL or text for dates without a year.
 */
function articleDates(article: ArticleInput, all: readonly Unit[]): ResolveContext {
  const dates: ResolveContext = {
    published: article.published,
    epoch: V.AGREEMENT_EPOCH,
    yearHint: article.published ? null : yearHintOf(article.url, article.text),
  };
  if (article.published) return dates;
  // "today, February 16" in the text, else a dateline line at the top ("18 July 2024 | Agency")
  // else the day the lead gives its story ("signed in Kyiv on Saturday, February 24")
  const anchor = all.map((u) => todayAnchor(u.toks, dates)).find((d) => d !== null) ?? datelineDay(article.text);
  if (anchor) return { ...dates, published: anchor };
  const lead = leadDay(all, dates);
  return lead ? { ...dates, published: lead.day, leadOnly: true, ...(lead.yearless ? { aheadOnly: true } : {}) } : dates;
}
