import type { Clause } from '../clauses.js';
import type { Token } from '../tokens.js';
import { confidenceOf } from '../confidence.js';
import { dateFor } from './claim-dates.js';
import { MONTHS, WEEKDAYS } from '../dates/calendar-words.js';
import { ANTECEDENT, type Cue } from './cue-binding.js';
import type { ArticleContext, DiscourseContext, SentenceAnalysis, SentenceClaim } from './types.js';

/**
 * "Zelensky was before in Vilnius and in Madrid, where he signed similar agreements": a relative "where" clause
 * whose signing names no partner was a signing with the states of the places it describes, as a visit to a
 * capital names its host (weak support, like a visit). The places must close the clause right before ", where"
 * (only "in", "and", commas and articles between them) and not be a gathering's venue ("at the G7 summit in
 * Italy, where he signed ..." names nobody: summits host other states' signings); several places need
 * agreements in the plural.
 */
const PLACE_GLUE = new Set(['in', 'and', ',', 'the']);
export const GATHERINGS = new Set(['summit', 'summits', 'meeting', 'conference', 'forum', 'council', 'gathering', 'ceremony', 'talks', 'session', 'congress', 'assembly']);

export function hostClaims(
  a: SentenceAnalysis,
  ctx: ArticleContext,
  title: boolean,
  discourse: DiscourseContext,
  cue: Cue,
  cueId: number,
  clauses: readonly Clause[],
  cueClauses: ReadonlySet<number>,
  hubInSentence: boolean,
): SentenceClaim[] {
  const status = cue.trigger.status;
  if (cue.trigger.family !== 'sign' || (status !== 'signed' && status !== 'planned')) return [];
  const { codes, places, where, shared } = whereHosts(a, cue, clauses);
  const hosts = codes.filter((c) => c !== ctx.hub);
  // ("did the same in Brussels and Lisbon": a signing told again names no agreement, so no number to match)
  if (hosts.length === 0 || (cue.ref !== ANTECEDENT && cue.ref.plural !== places > 1)) return [];
  // ("in Belgium and Portugal, where agreements could be signed on May 28": the where-clause's one signing date is
  // every place's; places after the verb may each have a date of their own)
  // ("On Tuesday he did the same in Brussels and Lisbon": a signing told again is one occasion, one date)
  // ("signed agreements in Berlin and Paris on Friday": one time after all the places, none among them, is theirs all)
  const date = hosts.length === 1 || where || shared || proVerbEnd(a.toks, cue.trigger.at) >= 0 ? dateFor(cue, a, clauses, cueClauses, ctx, discourse) : null;
  const confidence = confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize: hosts.length, hedged: cue.trigger.hedged, title, via: 'visit' });
  return hosts.map((party) => ({ party, status, date, via: 'visit', cueId, confidence }));
}

/**
 * The states of the places that end the clause before the cue's ", where" clause, and how many places there are
 * (a place the gazetteer does not know, a capitalised name after "in", counts without a state).
 */
function whereHosts(a: SentenceAnalysis, cue: Cue, clauses: readonly Clause[]): { codes: string[]; places: number; where?: boolean; shared?: boolean } {
  const { toks, mentions } = a;
  const none = { codes: [], places: 0 };
  const clause = clauses[cue.clause]!;
  if (toks[clause.from]?.lower !== 'where' || toks[clause.from - 1]?.text !== ',') return venueHosts(a, cue, clause) ?? none;
  // the clause names no party of its own (", according to Belgian media": a source, not a party)
  const end = attributionStart(toks, clause.from, clause.to);
  if (mentions.some((m) => m.role !== 'hub' && m.from >= clause.from && m.from < end)) return none;
  const codes: string[] = [];
  let places = 0;
  // ("visited Spain and Portugal earlier this week, where ...": a time of the visit may close the clause after its places)
  let i = beforeTimeTail(toks, clause.from - 2);
  while (i >= 0) {
    const m = mentions.find((x) => x.to === i + 1);
    if (m) {
      // "travel to Belgium and Portugal, where ...", "is expected in Spain and Portugal, where ...": a trip's
      // destinations or a list of places, the last of a list read as a partner (or a capital read as a modifier)
      const listed = (m.role === 'partner' || (m.role === 'modifier' && m.kind === 'capital')) && /^(?:and|,)$/.test(toks[m.from - 1]?.lower ?? '') && mentions.some((x) => (x.role === 'visit' || x.role === 'place') && x.to < m.from && m.from - x.to <= 4);
      if (m.role !== 'place' && m.role !== 'visit' && !listed) return none;
      for (const c of m.codes) if (!codes.includes(c)) codes.push(c);
      places++;
      i = m.from - 1;
      continue;
    }
    const t = toks[i]!;
    if (t.word && t.cap && toks[i - 1]?.lower === 'in') {
      places++;
      i--;
      continue;
    }
    if (!PLACE_GLUE.has(t.lower)) break;
    i--;
  }
  // "at the G7 summit in Italy, where he signed ...": the venue of a gathering hosts other states' signings too
  if (i >= 0 && GATHERINGS.has(toks[i]!.lower)) return none;
  return { codes, places, where: true };
}

/** words of a time phrase ("earlier this week", "on Monday", "in late May", "two days ago", "next week") */
const TIME_GLUE = new Set(['earlier', 'later', 'this', 'last', 'past', 'on', 'in', 'late', 'early', 'mid', 'the', 'of', 'a', 'few', 'two', 'three', 'several', 'next']);
// (an adverb of sequence is a time phrase of its own: "travel to Belgium and Portugal next, where ...")
const TIME_HEADS = new Set(['week', 'month', 'year', 'weekend', 'days', 'weeks', 'months', 'ago', 'today', 'yesterday', 'tomorrow', 'recently', 'next', 'soon', 'later', 'afterwards', 'thereafter']);

/**
 * The token before a time phrase that ends at token `end` ("Portugal earlier this week"), else `end`: the phrase
 * must have a head of time (a day, a month, "week", "ago") and begin right after a word that is not of it.
 */
function beforeTimeTail(toks: readonly Token[], end: number): number {
  let i = end;
  let head = false;
  while (i >= 0 && i > end - 5) {
    const x = toks[i]!.lower;
    const isHead = TIME_HEADS.has(x) || MONTHS.has(x) || WEEKDAYS.has(x) || /^\d{1,4}$/.test(x);
    if (!isHead && !TIME_GLUE.has(x)) break;
    head ||= isHead;
    i--;
  }
  return head && i < end ? i : end;
}

/** Where ", according to ..." starts in tokens [from, to), else `to`: what follows names the story's sources. */
function attributionStart(toks: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to - 1; i++) if (toks[i]!.lower === 'according' && toks[i + 1]!.lower === 'to' && toks[i - 1]?.text === ',') return i;
  return to;
}

/**
 * "the President signed security agreements in Berlin and Paris": the places that close the signing's own
 * clause, right after the verb and its agreement, host the signings when the clause names no party. A place
 * after a gathering ("at the NATO summit in Washington") is excluded by construction: only "in", the places
 * and list glue may follow the agreement.
 */
const ANOTHER = /^(?:similar|another|further|next)$/;

/** The token after "did the same" / "did so" opening at `at`, else -1. */
function proVerbEnd(toks: readonly Token[], at: number): number {
  if (!/^(?:did|do|does|done|doing)$/.test(toks[at]?.lower ?? '')) return -1;
  if (toks[at + 1]?.lower === 'so') return at + 2;
  return toks[at + 1]?.lower === 'the' && toks[at + 2]?.lower === 'same' ? at + 3 : -1;
}

function venueHosts(a: SentenceAnalysis, cue: Cue, clause: Clause): { codes: string[]; places: number; shared?: boolean } | null {
  const { toks, mentions } = a;
  if (mentions.some((m) => m.role !== 'hub' && m.role !== 'place' && m.role !== 'modifier' && m.from >= clause.from && m.from < clause.to)) return null;
  // the verb's own object, named as the type ("signed security agreements in ..."); "the document was signed in
  // Washington" is an agreement already told of, whose party the sentences before named
  // ("a similar signing in Lisbon": another signing than the one told of, its venue right after the noun)
  const another = /^(?:signing|signings)$/.test(toks[cue.trigger.at]?.lower ?? '') && ANOTHER.test(toks[cue.trigger.at - 1]?.lower ?? '');
  // ("agreements of this kind were signed in Madrid, Brussels and Lisbon": in the passive, agreements in the
  // plural signed in several places are one signing in each)
  const passive = !another && cue.ref.at < cue.trigger.at && cue.ref.plural && /^(?:were|been)$/.test(toks[cue.trigger.at - 1]?.lower ?? '');
  // ("he did the same in Brussels and Lisbon": a signing told again, with the places after it)
  const again = proVerbEnd(toks, cue.trigger.at);
  if (!another && !passive && again < 0 && (cue.ref.at <= cue.trigger.at || cue.ref.kind === 'anaphoric')) return null;
  let i = again >= 0 ? again : another || passive ? cue.trigger.at + 1 : cue.ref.at + 1;
  if (toks[i]?.lower !== 'in') return null;
  const codes: string[] = [];
  let places = 0;
  const first = i;
  while (i < clause.to) {
    const m = mentions.find((x) => x.from === i);
    if (m) {
      // (a capital after "in" or in the list may read as a modifier on its own; the phrase makes it a place)
      const listed = m.role === 'modifier' && m.kind === 'capital';
      if ((m.role !== 'place' && !listed) || m.codes.length === 0) return null;
      for (const c of m.codes) if (!codes.includes(c)) codes.push(c);
      places++;
      i = m.to;
      continue;
    }
    const t = toks[i]!;
    // (a place the gazetteer leaves without a state, "Brussels" of the EU and Belgium, in a list of places)
    if ((passive || again >= 0) && t.word && t.cap && /^(?:in|and|,)$/.test(toks[i - 1]!.lower)) {
      places++;
      i++;
      continue;
    }
    if ((t.text === ',' && !(places > 0 && toks[i + 1]?.cap)) || t.text === '.' || t.text === ';') break;
    // ("a similar signing in Lisbon is also on the schedule": the subject's venue ends where its verb starts)
    if (another && places > 0 && /^(?:is|are|was|were|will|could|may|might|should|would)$/.test(t.lower)) return { codes, places };
    if (places > 0 && timeAt(a, i)) break;
    if (!PLACE_GLUE.has(t.lower)) return null;
    i++;
  }
  // the places close the clause ("in Washington, on the sidelines of the summit" is a gathering's venue)
  // (or a time phrase does: "in Madrid and Lisbon this week", "in Rome on Saturday")
  const closes = i >= clause.to || /^[.;]$/.test(toks[i]!.text) || i + 1 >= clause.to || timeAt(a, i);
  // (the time that closes the places, with none among them, is the one occasion of them all)
  const shared = i < clause.to && timeAt(a, i) && !a.dates.some((d) => d.at >= first && d.at < i);
  return places > (passive ? 1 : 0) && codes.length > 0 && closes ? { codes, places, ...(shared ? { shared } : {}) } : null;
}

/** Does a time phrase start at token i ("this week", "on Saturday", "last month")? */
function timeAt(a: SentenceAnalysis, i: number): boolean {
  return a.dates.some((d) => d.at === i || (d.at === i + 1 && a.toks[i]!.lower === 'on'));
}
