import type { Status } from '../../schemas/status.js';
import { clauseIndexOf, type Clause } from '../clauses.js';
import { framesSentence } from '../dates/frame-date.js';
import type { DateExpr } from '../dates/expressions.js';
import { afterPublication, resolveDate, shiftDate, type Tense } from '../dates/resolve.js';
import { reportedDate } from '../dates/statement-date.js';
import { refusalDate } from './refusal-date.js';
import { semicolonItemDate } from './semicolon-items.js';
import { bracketDate } from './bracket-dates.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import type { Cue } from './cue-binding.js';
import type { Assignment } from './party-assignment.js';
import type { ArticleContext, DiscourseContext, SentenceAnalysis } from './types.js';

/**
 * The date of a claim: the sentence's date nearest its cue in the cue's own clause (or a clause with no cue
 * of its own), resolved in the cue's tense; a list member's own date when each member has one; the day of
 * publication for "have just signed"; and a flag for undated news of the day that the page may date.
 */

/** The date of one (party, cue) pair, and whether it is undated news of the day ("has signed"). */
export function assignedDate(
  x: Assignment,
  assigned: readonly Assignment[],
  listSize: number,
  a: SentenceAnalysis,
  clauses: readonly Clause[],
  cueClauses: ReadonlySet<number>,
  ctx: ArticleContext,
  discourse: DiscourseContext,
  title = false,
): { date: string | null; dayOfStory: boolean | 'live' } {
  const { m, cue } = x;
  const { toks } = a;
  const status = cue.trigger.status;
  // an event with no date of its own ("will not sign", "already have agreements"), in a list or not
  // (a refusal still has the day it was said: refusal-date.ts)
  if (cue.trigger.undated) return { date: status === 'refused' ? refusalDate(toks, a.dates, cue.trigger.at, ctx.dates) : null, dayOfStory: false };
  // "with Spain on Monday and with Belgium earlier on Tuesday": each party the date of its own phrase
  // "with London, Berlin and Paris, and most recently with The Hague on 1 March": the member's own gapped clause
  // "...: the U.K., which went first on 12 January; ...; and Latvia, in May": the member's own item (semicolon-items.ts)
  const tense = tenseOf(cue);
  // "with the United Kingdom (12 January), Germany and France (16 February)": the member's date in parentheses
  const glossed = listSize > 1 ? bracketDate(m, assigned.filter((y) => y.cue === cue).map((y) => y.m), toks, a.dates, tense, ctx.dates) : undefined;
  const item = glossed !== undefined ? glossed : listSize > 1 ? semicolonItemDate(m, toks, a.dates, tense, ctx.dates) : undefined;
  const own = item !== undefined ? item : listSize > 1 ? ownPhraseDate(m, cue, assigned, a, ctx) ?? gappedConjunctDate(m, cue, assigned, a, ctx) ?? ownClauseDate(m, cue, assigned, a, clauses, ctx) ?? openedByAnchor(m, cue, assigned, a, ctx, discourse) : undefined;
  // ("The Netherlands came on 1 March, and Latvia in mid-April": Latvia's own time has no day)
  let date = own !== undefined ? own : listSize > 1 && vagueOwnTime(m, cue, assigned, a) ? null : listDated(cue, assigned, a, clauses) ? dateFor(cue, a, clauses, cueClauses, ctx, discourse) : null;
  // "have just signed": the day of publication
  if (date === null && a.dates.length === 0 && status === 'signed' && justBefore(toks, cue.trigger.at)) date = ctx.dates.published;
  // "met them in Stockholm last Friday …; now Sweden and Norway have added theirs": a present perfect under "now",
  // with no time in its clause, is the outcome of the occasion the sentences just before dated
  if (date === null && status === 'signed' && nowPerfect(toks, cue, clauses) && !a.dates.some((d) => inClause(clauses[cue.clause], d.at))) date = discourse.recentRefDate ?? null;
  // "Luxembourg has signed another agreement" with no date at all: the day of the story, when the page dates one
  const bare = date === null && a.dates.length === 0 && listSize === 1 && !cue.ref.similar && (!cue.topical || status === 'signed') && (status === 'signed' || status === 'planned');
  if (bare && perfectBefore(toks, cue.trigger.at, status)) return { date, dayOfStory: true };
  // a live blog's entry: "X, Y and Z have each signed" is that entry's news too, however many sign, and so is
  // "X and Y sign security agreements" in the present
  const entry = date === null && a.dates.length === 0 && listSize > 1 && !cue.ref.similar && !title && status === 'signed';
  // ("sign" or "signs" in the present: a headline's past)
  const present = cue.trigger.barePresent === true || cue.trigger.present3 === true;
  if (entry && (perfectBefore(toks, cue.trigger.at, status) || present)) return { date, dayOfStory: 'live' };
  // a live blog's entry in the present ("Nausėda and Zelensky sign a bilateral agreement") is that entry's news,
  // and so is a signing told in the past by an entry that opens on its time stamp ("17:52 Rinkēvičs and Zelensky
  // signed ..."): the stamp dates it
  const stamped = bare && !title && status === 'signed' && opensOnTimeStamp(toks);
  // ("Japan signs its own accord with Ukraine": an entry's heading in the present, of one partner as of several)
  return { date, dayOfStory: bare && !title && (present || stamped) ? 'live' : false };
}

/** "17:52 …", "09.15 GMT: …": the sentence opens on a time of day. */
function opensOnTimeStamp(toks: readonly Token[]): boolean {
  return /^\d{1,2}$/.test(toks[0]?.text ?? '') && /^[:.]$/.test(toks[1]?.text ?? '') && /^\d{2}$/.test(toks[2]?.text ?? '') && toks[1]!.start === toks[0]!.end && toks[2]!.start === toks[1]!.end;
}

export function dateFor(
  cue: Cue,
  a: SentenceAnalysis,
  clauses: readonly Clause[],
  cueClauses: ReadonlySet<number>,
  ctx: ArticleContext,
  discourse: DiscourseContext,
): string | null {
  if (cue.trigger.undated) return null;
  const status = cue.trigger.status;
  const tense: Tense = tenseOf(cue);
  // a statement's date ("the ministry said on Wednesday") is not the date of a plan, a refusal or talks
  // (a refusal is made by saying it: "decided not to sign ..., Glavchev said on Thursday")
  const statementDated = status !== 'signed' && status !== 'ratified' && status !== 'refused';
  const from = cue.trigger.datedFrom ?? -1;
  const candidates = a.dates.filter((d) => {
    // a plan moved to another occasion: the date of the new occasion
    if (d.at < from) return false;
    // "Warsaw, 9 July 2024 – ...": the report's date, for a sentence that gives no date of its own
    if (d.kind === 'absolute' && d.dateline) return onlyDateline(a);
    const c = clauseIndexOf(clauses, d.at);
    if (statementDated && reportedDate(a.toks, d.at)) return false;
    if (d.kind === 'vague' && (inRelativeAside(a.toks, d.at, cue.trigger.at) || inContentClause(a.toks, d.at, cue.trigger.at))) return false;
    // "signed an agreement with Zelensky, who flew to London on Friday": a relative clause after the cue, with no
    // cue of its own, tells of something else
    if (d.at > cue.trigger.at && c !== cue.clause && clauses[c]?.boundary === 'rel' && !cueClauses.has(c)) return false;
    return c === cue.clause || !cueClauses.has(c) || (c === cue.clause + 1 && clauses[c]!.boundary === 'soft') || (status === 'signed' && framesSentence(a.toks, d));
  });
  // the sentence's own dates first; "Following the meeting" (the day of the sentence before) only without one
  // ("came a day after he signed them on Friday": the anchor counts the other event from the signing, whose own
  // day follows it)
  const own = candidates.some((d) => d.kind !== 'anchor' && d.kind !== 'vague' && d.at > cue.trigger.at);
  const rank = (d: DateExpr): number => (clauseIndexOf(clauses, d.at) === cue.clause ? 0 : 1) + (d.kind === 'anchor' && d.previous ? 2 : 0) + (own && opensClause(a.toks, d, cue.trigger.at) ? 4 : 0);
  candidates.sort((x, y) => rank(x) - rank(y) || Math.abs(x.at - cue.trigger.at) - Math.abs(y.at - cue.trigger.at));
  for (const d of candidates) {
    const r = d.kind === 'anchor' ? anchored(d, a, tense, ctx, discourse) : resolveDate(d, tense, ctx.dates);
    if (r === null) {
      if (d.kind === 'vague' || d.kind === 'relative' || d.kind === 'weekday' || (d.kind === 'anchor' && !d.previous)) return null;
      continue;
    }
    // a past event never lands after publication
    if (tense === 'past' && afterPublication(r, ctx.dates)) return null;
    return r;
  }
  return null;
}

/** "a day after he signed", "two days before Italy signed": an anchor opening the clause of the cue after it. */
function opensClause(toks: readonly Token[], d: DateExpr, cueAt: number): boolean {
  return d.kind === 'anchor' && !d.previous && d.at < cueAt && /^days?$/.test(toks[d.at + 1]?.lower ?? '') && /^(?:after|before)$/.test(toks[d.at + 2]?.lower ?? '');
}

/** "the same day", "a day earlier": from the last date given before it in the sentence, else in the text. */
function anchored(d: DateExpr & { kind: 'anchor' }, a: SentenceAnalysis, tense: Tense, ctx: ArticleContext, discourse: DiscourseContext): string | null {
  // ("Starmer signs on Thursday. Canada is to sign at the summit.": a summit no sentence named may be undated)
  if (d.gathering !== undefined && !discourse.recentGatherings?.has(d.gathering)) return null;
  let ref: string | null = null;
  for (const e of a.dates) {
    if (e.at >= d.at || e.kind === 'vague') continue;
    // ("A week later Denmark signed, and the day after that Italy": a plain anchor before it in the sentence is
    // the day it counts from, itself counted from the date before it)
    if (e.kind === 'anchor') {
      const base = plainAnchor(e) ? ref ?? anchorBase(e, ctx, discourse) : null;
      if (base !== null) ref = shiftDate(base, e.days);
      continue;
    }
    ref = resolveDate(e, tense, ctx.dates) ?? ref;
  }
  ref = ref ?? anchorBase(d, ctx, discourse);
  return ref === null ? null : shiftDate(ref, d.days);
}

/** An anchor counted from the date before it ("a week later", "the next day"), not from an occasion or the story. */
function plainAnchor(d: DateExpr & { kind: 'anchor' }): boolean {
  return !d.previous && !d.named && !d.story && !d.occasion && !d.place;
}

/** What an anchor counts from when its sentence gives no date before it. */
function anchorBase(d: DateExpr & { kind: 'anchor' }, ctx: ArticleContext, discourse: DiscourseContext): string | null {
  // ("On Saturday, the army withdrew. ... A day earlier Zelensky had signed": with no explicit date in the text, the
  // day a sentence named in words is what "a day earlier" counts from)
  // ("On the margins of the forum, ... signed": a gathering named by its kind is the last one the text dated, by
  // date or by a day named in words, "gathered in Davos on Tuesday", however many sentences came between)
  return (d.previous ? discourse.recentRefDate ?? (d.named ? discourse.occasionDay ?? null : null) : discourse.refDate) ?? (d.occasion || (!d.previous && discourse.refDate === null) ? discourse.occasionDay ?? null : null) ?? (d.place ? discourse.statedDay ?? null : null) ?? (d.story ? ctx.dates.published : null);
}

/**
 * "The Belgian and Portuguese agreements come a day after Spain inked its own": a member in the clause an
 * anchor opens ("a day after", "two days before") takes the anchor's day; the members before it do not.
 */
function openedByAnchor(m: Mention, cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis, ctx: ArticleContext, discourse: DiscourseContext): string | null | undefined {
  const mine = assigned.filter((x) => x.cue === cue).map((x) => x.m);
  const d = [...a.dates].reverse().find((e) => e.at < m.from);
  if (!d || d.kind !== 'anchor' || d.previous || !/^(?:after|before)$/.test(a.toks[d.at + 2]?.lower ?? '')) return undefined;
  if (!mine.some((x) => x.to <= d.at) || mine.some((x) => x !== m && x.from > d.at && x.from < m.from)) return undefined;
  const tense: Tense = tenseOf(cue);
  return anchored(d, a, tense, ctx, discourse);
}

/**
 * The members of a list that give each member a time of its own ("Germany on 16 February, Denmark on 23
 * February", "The Netherlands came on 1 March, and Latvia in mid-April"): the given member's own time, and
 * whether all the members' times are vague. A party named twice ("Spain, whose Prime Minister Pedro Sánchez
 * signed on Monday") and members joined by a conjunction ("as well as Belgium and Portugal, with which
 * documents were signed on Tuesday") are one member: the time after the last of them is theirs.
 */
function ownTimes(m: Mention, cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis): { own: DateExpr; vagueOnly: boolean } | undefined {
  const sorted = assigned.filter((x) => x.cue === cue).map((x) => x.m).sort((x, y) => x.from - y.from);
  const mine: Mention[][] = [];
  for (const x of sorted) {
    const g = mine[mine.length - 1];
    const last = g?.[g.length - 1];
    if (g !== undefined && last !== undefined && (sameParty(last, x) || onlyGlue(a.toks, last.to, x.from))) g.push(x);
    else mine.push([x]);
  }
  const segment = (i: number): DateExpr[] => {
    const end = mine[i + 1]?.[0]!.from ?? a.toks.length;
    const from = lastOf(mine[i]!).to;
    // (a vaguer time right after the member, "and Latvia in mid-April", is its own too, undated)
    return a.dates.filter((d) => d.at >= from && d.at < end && d.kind !== 'anchor' && (d.kind !== 'vague' || vagueRightAfter(a.toks, from, d.at)));
  };
  // only when every member has exactly one date of its own and they are not all the same phrase; members
  // before the dated run ("Greece signed after Croatia (9 October), Ireland (4 September) and ...") have none
  const first = mine.findIndex((_, i) => segment(i).length > 0);
  // members after the dated run in a clause of their own ("..., adding to the US agreement") have none either
  if (first < 0) return undefined;
  let end = mine.length;
  while (end - 1 > first && segment(end - 1).length === 0 && commaBetween(a.toks, lastOf(mine[end - 2]!).to, mine[end - 1]![0]!.from)) end--;
  if (end - first < 2 || !mine.every((_, i) => segment(i).length === (i < first || i >= end ? 0 : 1))) return undefined;
  const i = mine.findIndex((g) => g.includes(m));
  if (i < first || i >= end) return undefined;
  const times = mine.slice(first, end).map((_, j) => segment(first + j)[0]!);
  // (the members' times all vague, or all exact: nothing but exact days to tell apart in the second case)
  return { own: segment(i)[0]!, vagueOnly: times.every((d) => d.kind === 'vague') };
}

/** The date between a list member and the next member of the same cue, when the list gives dates per member. */
function ownPhraseDate(m: Mention, cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis, ctx: ArticleContext): string | null | undefined {
  const times = ownTimes(m, cue, assigned, a);
  if (!times || times.vagueOnly || times.own.kind === 'vague') return undefined;
  const tense: Tense = tenseOf(cue);
  const r = resolveDate(times.own, tense, ctx.dates);
  if (r !== null && tense === 'past' && afterPublication(r, ctx.dates)) return null;
  return r;
}

/** A member whose own time, among members with days of their own, is only a month or part of one: no day. */
function vagueOwnTime(m: Mention, cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis): boolean {
  const times = ownTimes(m, cue, assigned, a);
  return times !== undefined && !times.vagueOnly && times.own.kind === 'vague';
}

/** "Latvia in mid-April", "Spain in late May": a vague date whose phrase starts right after the member. */
function vagueRightAfter(toks: readonly Token[], to: number, at: number): boolean {
  if (at - to > 4) return false;
  for (let i = to; i < at; i++) if (!toks[i]!.word && toks[i]!.text !== '-') return false;
  return /^(?:in|at|by|during|around)$/.test(toks[to]?.lower ?? '');
}

function lastOf(g: readonly Mention[]): Mention {
  return g[g.length - 1]!;
}

function sameParty(x: Mention, y: Mention): boolean {
  return x.codes.length === y.codes.length && x.codes.every((c) => y.codes.includes(c));
}

/** Only a conjunction between two members: "Belgium and Portugal", "Belgium, and Portugal" (a comma alone may close a member's own item). */
function onlyGlue(toks: readonly Token[], from: number, to: number): boolean {
  let and = false;
  for (let i = from; i < to; i++) {
    const w = toks[i]!.lower;
    if (w === 'and' || w === '&') and = true;
    else if (w !== ',') return false;
  }
  return and;
}

function commaBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (toks[i]!.text === ',' || toks[i]!.text === ';') return true;
  return false;
}

/**
 * The date of a list member that stands alone in a clause continuing its cue's clause ("..., and most recently
 * with The Hague, in Kharkiv on 1 March"): that clause's one date is the member's own, not the list's.
 */
/** words that show a verb of its own in a conjunct ("and Finnish ones were signed in April") */
const CONJUNCT_VERB = /^(?:is|are|was|were|has|have|had|will|would|did|do|does|be|been|to|said|says)$|ed$/;

/**
 * "The Dutch pact was signed in Kharkiv on March 1, and Finnish and Latvian agreements in April": a last
 * conjunct after ", and" with no verb of its own repeats the cue for the parties in it, with its own date or
 * none; the parties before it keep the date of the part before. undefined when the sentence is not so split.
 */
function gappedConjunctDate(m: Mention, cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis, ctx: ArticleContext): string | null | undefined {
  const { toks } = a;
  const mine = assigned.filter((x) => x.cue === cue).map((x) => x.m);
  let g = -1;
  for (let i = cue.trigger.at + 1; i < toks.length - 1; i++) if (toks[i]!.text === ',' && toks[i + 1]!.lower === 'and') g = i;
  if (g < 0 || !mine.some((x) => x.from > g) || !mine.some((x) => x.from < g)) return undefined;
  const last = Math.max(...mine.map((x) => x.to));
  for (let i = g + 2; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.word && !t.cap && CONJUNCT_VERB.test(t.lower)) return undefined;
  }
  // the part before: from the first party (or the cue) on
  const start = Math.min(cue.trigger.at, ...mine.map((x) => x.from));
  const [from, to] = m.from > g ? [g + 2, toks.length] : [start, g];
  const own = a.dates.filter((d) => d.at >= from && d.at < to && d.kind !== 'anchor' && !(d.kind === 'absolute' && d.dateline === true));
  if (own.length === 0 || (own.length === 1 && own[0]!.kind === 'vague')) return null;
  if (own.length !== 1 || (m.from > g && own[0]!.at < last)) return undefined;
  const tense: Tense = tenseOf(cue);
  const r = resolveDate(own[0]!, tense, ctx.dates);
  return r !== null && tense === 'past' && afterPublication(r, ctx.dates) ? null : r;
}

function ownClauseDate(m: Mention, cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis, clauses: readonly Clause[], ctx: ArticleContext): string | null | undefined {
  const c = clauseIndexOf(clauses, m.from);
  if (c === cue.clause || clauses[c]!.boundary !== 'soft') return undefined;
  const clause = clauses[c]!;
  if (assigned.some((x) => x.cue === cue && x.m !== m && x.m.from >= clause.from && x.m.from < clause.to)) return undefined;
  const dates = a.dates.filter((d) => d.at >= clause.from && d.at < clause.to && d.kind !== 'vague' && d.kind !== 'anchor');
  if (dates.length !== 1) return undefined;
  const tense: Tense = tenseOf(cue);
  const r = resolveDate(dates[0]!, tense, ctx.dates);
  return r !== null && tense === 'past' && afterPublication(r, ctx.dates) ? null : r;
}

function justBefore(toks: readonly Token[], at: number): boolean {
  return toks[at - 1]?.lower === 'just' && /^(?:has|have|had)$/.test(toks[at - 2]?.lower ?? '');
}

/** Is token i inside the clause? */
function inClause(clause: Clause | undefined, i: number): boolean {
  return clause !== undefined && i >= clause.from && i < clause.to;
}

/** "now Sweden and Norway have added theirs", "have now signed": a present perfect with "now" in its clause before it. */
function nowPerfect(toks: readonly Token[], cue: Cue, clauses: readonly Clause[]): boolean {
  const at = cue.trigger.at;
  if (!perfectBefore(toks, at, 'signed')) return false;
  const from = clauses[cue.clause]?.from ?? 0;
  for (let i = at - 1; i >= from; i--) if (toks[i]!.lower === 'now') return true;
  return false;
}

/** "has signed", "have now signed", "is expected to attend ... and sign": a present perfect or a plan in the present. */
function perfectBefore(toks: readonly Token[], at: number, status: Status): boolean {
  if (status === 'signed') {
    const p1 = toks[at - 1]?.lower ?? '';
    const p2 = toks[at - 2]?.lower ?? '';
    return p1 === 'has' || p1 === 'have' || (/^(?:now|also|just|each|both|all)$/.test(p1) && (p2 === 'has' || p2 === 'have'));
  }
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) if (/^(?:is|are)$/.test(toks[i]!.lower)) return true;
  return false;
}

/**
 * "Helsinki, 12 April 2024 – ... signed at the summit.": the dateline is the sentence's only date (a bare "at the
 * summit" refers back to a gathering, and dates nothing of its own when none was named before).
 */
function onlyDateline(a: SentenceAnalysis): boolean {
  const own = a.dates.filter((d) => !(d.kind === 'anchor' && d.gathering !== undefined));
  return own.length === 1 && own[0]!.kind === 'absolute' && own[0]!.dateline === true;
}

/**
 * May a list's parties take the date of their sentence? One or two parties always; a longer list only when
 * it is one group ("three Nordic countries") or the list does not enclose a date ("Sweden, Norway and Iceland
 * to sign ... on Friday", not "with the UK on 12 January, Germany and France").
 */
function listDated(cue: Cue, assigned: readonly Assignment[], a: SentenceAnalysis, clauses: readonly Clause[]): boolean {
  const mine = assigned.filter((x) => x.cue === cue).map((x) => x.m);
  const codes = new Set(mine.flatMap((m) => m.codes)).size;
  if (codes <= 2 || mine.length === 1 || onlyDateline(a)) return true;
  const from = Math.min(...mine.map((m) => m.from));
  const to = Math.max(...mine.map((m) => m.to));
  const clause = clauses[cue.clause]!;
  const inClause = a.dates.filter((d) => d.at >= clause.from && d.at < clause.to && d.kind !== 'vague');
  if (inClause.length === 0) return whereClauseDated(a, clauses, cue.clause);
  return inClause.length === 1 && (inClause[0]!.at < from || inClause[0]!.at >= to);
}

/**
 * "... due to attend the summit on Thursday, where he will sign agreements with the EU, Lithuania and Estonia": a
 * clause opened by "where" happens at the place, and so on the day, of the clause it hangs from; when that clause
 * gives one time, the whole list shares it.
 */
function whereClauseDated(a: SentenceAnalysis, clauses: readonly Clause[], c: number): boolean {
  const clause = clauses[c]!;
  if (c === 0 || a.toks[clause.from]?.lower !== 'where') return false;
  const host = clauses[c - 1]!;
  return a.dates.filter((d) => d.at >= host.from && d.at < host.to && d.kind !== 'vague').length === 1;
}

/**
 * "Meloni, who holds the G7 presidency this year, signed ...": a vague date inside a relative aside that closes
 * before the cue describes the subject, not the signing.
 */
function inRelativeAside(toks: readonly Token[], at: number, cueAt: number): boolean {
  if (at >= cueAt) return false;
  let open = -1;
  for (let i = at - 1; i >= 0; i--) {
    if (toks[i]!.text !== ',') continue;
    if (/^(?:who|which|whose)$/.test(toks[i + 1]?.lower ?? '')) open = i;
    break;
  }
  if (open < 0) return false;
  for (let i = at + 1; i < cueAt; i++) if (toks[i]!.text === ',') return true;
  return false;
}

const ORDINAL_RANKS = /^(?:first|second|third|fourth|fifth|latest|last|only|largest|biggest)$/;

/**
 * "signed a security pact with Sánchez that includes €1bn in military aid this year": a vague time in a relative
 * clause after the cue whose verb is in the present or future ("that includes", "which commits", "that will
 * provide") tells what the agreement holds, not when it was signed.
 */
function inContentClause(toks: readonly Token[], at: number, cueAt: number): boolean {
  for (let i = at - 1; i > cueAt; i--) {
    const w = toks[i]!.lower;
    if (w === ';' || w === '.') return false;
    // (", the first such document signed by Ukraine this year": an apposition ranking the agreement among others
    // counts over the year, it does not date this one)
    if (w === ',' && toks[i + 1]?.lower === 'the' && ORDINAL_RANKS.test(toks[i + 2]?.lower ?? '')) return true;
    if (w !== 'that' && w !== 'which') continue;
    const v = toks[i + 1]?.lower ?? '';
    return /^(?:will|would)$/.test(v) || (/^[a-z]{3,}s$/.test(v) && !/(?:ss|us|is)$/.test(v) && i + 1 < at);
  }
  return false;
}

/**
 * Which way a cue's relative dates point: a plan's ahead, anything else's back; a plan made on a journey already
 * told of ("on Friday he flew to Paris for a similar signing") is dated on the journey's day, in the past.
 */
function tenseOf(cue: Cue): Tense {
  return cue.trigger.status === 'planned' && cue.trigger.journey !== 'made' ? 'future' : 'past';
}
