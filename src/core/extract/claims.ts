import type { Status } from '../schemas/status.js';
import { clauseIndexOf, segmentClauses, type Clause } from './clauses.js';
import { confidenceOf } from './confidence.js';
import { reportedDate, resolveDate, shiftDate, type DateExpr, type ResolveContext, type Tense } from './dates.js';
import type { AgreementRef, RefKind } from './kind.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';
import type { Trigger } from './triggers.js';
import { COUNTRY_SET_NOUNS, QUANTIFIERS } from './words.js';

/** What the article as a whole tells the sentence-level rules. */
export interface ArticleContext {
  readonly hub: string;
  /** the article names the tracked type and the hub, so "the agreement" / "similar deals" refer to it */
  readonly focused: boolean;
  /** "security guarantees" may stand for the type (focused, and no peace-framework talk) */
  readonly weakOk: boolean;
  /** the article's main partner, for "The agreement was signed on 23 February" */
  readonly topic: string | null;
  readonly dates: ResolveContext;
}

/** What the sentences just before tell this one. */
export interface DiscourseContext {
  /** one of the last two sentences stated a signing of the agreement: "Copenhagen had signed in Lviv" may refer to it */
  readonly carry: boolean;
  /** the last event date the text gave: "a day earlier", "the same day" count from it */
  readonly refDate: string | null;
  /**
   * the tracked type was named in the last few sentences (or the headline) and no other agreement since:
   * "Hungary and Slovakia have also declined to sign" is about it
   */
  readonly topical?: boolean;
  /** the last agreement the text named was another kind: "The treaty, signed with ..." is that one */
  readonly shifted?: boolean;
}

/** A sentence analysed once: tokens, party mentions, cues, agreement references and dates. */
export interface SentenceAnalysis {
  readonly toks: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly triggers: readonly Trigger[];
  readonly refs: readonly AgreementRef[];
  readonly dates: readonly DateExpr[];
}

export interface SentenceClaim {
  readonly party: string;
  readonly status: Status;
  readonly date: string | null;
  readonly confidence: number;
  readonly via: 'direct' | 'visit' | 'topic';
  /** the cue this claim came from, so parties named together can share a date */
  readonly cueId: number;
  /** undated news of the day ("has signed", "is expected to ... sign"): dated by the page when it dates its story */
  readonly dayOfStory?: boolean;
  /** the event has no date of its own ("will not sign") */
  readonly undated?: boolean;
}

/** A cue with the agreement reference it governs. */
interface Cue {
  readonly trigger: Trigger;
  readonly ref: AgreementRef;
  readonly clause: number;
  /** the agreement comes from the article's topic, not the sentence: weaker support */
  readonly topical?: boolean;
}

function refAccepted(kind: RefKind, ctx: ArticleContext): boolean {
  if (kind === 'strong') return true;
  if (kind === 'weak') return ctx.weakOk;
  if (kind === 'anaphoric') return ctx.focused;
  return false;
}

/** The agreement a cue governs: the nearest reference, the object (after) slightly preferred over the subject. */
function governedRef(t: Trigger, refs: readonly AgreementRef[], clauses: readonly Clause[], clause: number): AgreementRef | null {
  let best: AgreementRef | null = null;
  let bestScore = Infinity;
  for (const r of refs) {
    // "work on the final wording": the draft is the object of a negotiation cue, never its subject
    if (r.textual && (t.family !== 'negotiate' || (r.at <= t.at && !t.passive))) continue;
    if (t.forward && r.at < t.at) continue;
    const d = r.at >= t.at ? r.at - t.at : (t.at - r.at) * 1.3;
    if (d > t.refWindow) continue;
    const other = clauseIndexOf(clauses, r.at) !== clause;
    const score = d + (other ? 8 : 0);
    if (score < bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

const LIST_GLUE = new Set([',', 'and', 'the', 'or', '&', 'as', 'well', 'also', 'plus', 'itself', 'themselves', 'und', 'et', 'e', 'y', 'i']);

/** Is every token between the mention and the end of its clause list glue or another mention? */
function trailsClause(toks: readonly Token[], m: Mention, clause: Clause, mentionAt: ReadonlySet<number>): boolean {
  for (let i = m.to; i < clause.to; i++) {
    if (mentionAt.has(i)) continue;
    if (!LIST_GLUE.has(toks[i]!.lower)) return false;
  }
  return true;
}

/**
 * "Russia dismissed the agreement that Ukraine signed with France", "Moscow condemned the agreements signed by
 * Ukraine with Western states": when the signing describes an agreement named before it and has its own
 * signers (a "with" partner, or the hub as agent), a party before that agreement is not one of them.
 */
function outsideRelative(toks: readonly Token[], mentions: readonly Mention[], m: Mention, q: Cue): boolean {
  const ref = q.ref.at;
  if (ref < 0 || ref >= q.trigger.at || m.to > ref) return false;
  const after = mentions.filter((x) => x.from > q.trigger.at && x.from <= q.trigger.at + 8);
  const withPartner = after.some((x) => x.role === 'partner' && toks[x.from - 1]?.lower === 'with');
  const byHub = toks[q.trigger.at + 1]?.lower === 'by' && after.some((x) => x.role === 'hub' && x.from === q.trigger.at + 2);
  return withPartner || byHub;
}

function nearestCue(cues: readonly Cue[], at: number): Cue | null {
  let best: Cue | null = null;
  let bestD = Infinity;
  let bestNeg: Cue | null = null;
  let bestNegD = Infinity;
  for (const c of cues) {
    const d = Math.abs(c.trigger.at - at);
    if (c.trigger.family === 'negotiate') {
      if (d < bestNegD) {
        bestNeg = c;
        bestNegD = d;
      }
    } else if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best ?? bestNeg;
}

/** "14 other countries", "several partners", "28 bilateral security agreements": counts, never parties. */
function countPositions(toks: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    if (!COUNTRY_SET_NOUNS.has(w) && !/^agreements$|^deals$|^documents$|^treaties$/.test(w)) continue;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const p = toks[j]!.lower;
      if (/^\d+$/.test(p) || QUANTIFIERS.has(p)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

function dateFor(
  cue: Cue,
  a: SentenceAnalysis,
  clauses: readonly Clause[],
  cueClauses: ReadonlySet<number>,
  ctx: ArticleContext,
  discourse: DiscourseContext,
): string | null {
  if (cue.trigger.undated) return null;
  const status = cue.trigger.status;
  const tense: Tense = status === 'planned' ? 'future' : 'past';
  // a statement's date ("the ministry said on Wednesday") is not the date of a plan, a refusal or talks
  // (a refusal is made by saying it: "decided not to sign ..., Glavchev said on Thursday")
  const statementDated = status !== 'signed' && status !== 'ratified' && status !== 'refused';
  const candidates = a.dates.filter((d) => {
    const c = clauseIndexOf(clauses, d.at);
    if (statementDated && reportedDate(a.toks, d.at)) return false;
    return c === cue.clause || !cueClauses.has(c) || (c === cue.clause + 1 && clauses[c]!.boundary === 'soft');
  });
  const rank = (d: DateExpr): number => (clauseIndexOf(clauses, d.at) === cue.clause ? 0 : 1);
  candidates.sort((x, y) => rank(x) - rank(y) || Math.abs(x.at - cue.trigger.at) - Math.abs(y.at - cue.trigger.at));
  for (const d of candidates) {
    const r = d.kind === 'anchor' ? anchored(d, a, tense, ctx, discourse) : resolveDate(d, tense, ctx.dates);
    if (r === null) {
      if (d.kind === 'vague' || d.kind === 'relative' || d.kind === 'weekday' || d.kind === 'anchor') return null;
      continue;
    }
    // a past event never lands after publication
    if (tense === 'past' && ctx.dates.published !== null && r > ctx.dates.published) return null;
    return r;
  }
  return null;
}

/** "the same day", "a day earlier": from the last date given before it in the sentence, else in the text. */
function anchored(d: DateExpr & { kind: 'anchor' }, a: SentenceAnalysis, tense: Tense, ctx: ArticleContext, discourse: DiscourseContext): string | null {
  let ref: string | null = null;
  for (const e of a.dates) {
    if (e.at >= d.at || e.kind === 'anchor' || e.kind === 'vague') continue;
    ref = resolveDate(e, tense, ctx.dates) ?? ref;
  }
  ref = ref ?? discourse.refDate;
  return ref === null ? null : shiftDate(ref, d.days);
}

const ANTECEDENT: AgreementRef = { kind: 'anaphoric', at: -1, plural: false, similar: false };

export function claimsInSentence(a: SentenceAnalysis, ctx: ArticleContext, title: boolean, discourse: DiscourseContext, cueBase = 0): SentenceClaim[] {
  const { toks, mentions, triggers, refs } = a;
  if (triggers.length === 0) return [];
  const clauses = segmentClauses(toks, mentions);
  const hubInSentence = mentions.some((m) => m.role === 'hub');

  const cues: Cue[] = [];
  const strongHere = refs.some((r) => r.kind === 'strong');
  const mentionEnds = new Set(mentions.map((m) => m.to));
  for (const t of triggers) {
    // body-text "countries that conclude agreements": a generic present, unless a party is its subject
    if (t.barePresent && !title && !mentionEnds.has(t.at)) continue;
    const clause = clauseIndexOf(clauses, t.at);
    let ref = t.refWindow > 0 ? governedRef(t, refs, clauses, clause) : null;
    // after another agreement was named ("a 100-year partnership"), "the treaty" is that one
    if (ref && ref.kind === 'anaphoric' && discourse.shifted && !strongHere) continue;
    let topical = false;
    // "Copenhagen had signed in Lviv a day earlier": no object, the agreement of the sentences before
    if (!ref && t.objectless && discourse.carry && ctx.focused) ref = ANTECEDENT;
    // "Hungary and Slovakia have also declined to sign": the agreement the article is about
    else if (!ref && (t.objectless || t.topical) && discourse.topical && ctx.focused) {
      ref = ANTECEDENT;
      topical = !discourse.carry;
    }
    if (!ref || !refAccepted(ref.kind, ctx)) continue;
    cues.push({ trigger: t, ref, clause, ...(topical ? { topical } : {}) });
  }
  if (cues.length === 0) return [];
  const cueClauses = new Set(cues.map((c) => c.clause));
  const partners = mentions.filter((m) => m.role === 'partner' && m.codes.length > 0);
  const mentionAt = new Set<number>();
  for (const m of mentions) for (let i = m.from; i < m.to; i++) mentionAt.add(i);

  // who gets which cue
  const assigned: { m: Mention; cue: Cue }[] = [];
  for (const m of partners) {
    const c = clauseIndexOf(clauses, m.from);
    const clause = clauses[c]!;
    const next = clauses[c + 1];
    const relCues = next && next.boundary === 'rel' ? cues.filter((q) => q.clause === c + 1) : [];
    if (relCues.length > 0 && trailsClause(toks, m, clause, mentionAt)) {
      assigned.push({ m, cue: nearestCue(relCues, m.to)! });
      continue;
    }
    let own = cues.filter((q) => q.clause === c && !outsideRelative(toks, mentions, m, q));
    // a soft boundary (":", " - ", ", including") continues the previous clause's statement
    for (let p = c; own.length === 0 && p > 0 && clauses[p]!.boundary === 'soft'; p--) own = cues.filter((q) => q.clause === p - 1);
    // "work with Albania on a text", "consultations with Canada": the party of the talks right before it
    const talksOf = toks[m.from - 1]?.lower === 'with' ? own.find((q) => q.trigger.family === 'negotiate' && q.trigger.at < m.from && m.from - q.trigger.at <= 2) : undefined;
    const cue = talksOf ?? nearestCue(own, m.from);
    if (cue) assigned.push({ m, cue });
    // "finalized the text of a bilateral security agreement, which will be signed soon"
    if (relCues.length > 0 && refs.some((r) => r.at < clause.to && r.at >= clause.to - 3)) {
      assigned.push({ m, cue: nearestCue(relCues, clause.to)! });
    }
  }
  // "... will not be signed at the summit, because work on the final wording is still continuing": talks in a
  // clause with no party of its own are the talks of the sentence's one partner
  const partnerCodes = new Set(partners.flatMap((m) => m.codes));
  // (a signing likewise, when that partner is also the article's main one: "The two leaders signed the
  // document on Thursday ..., after a meeting between President Klaus Iohannis and President Zelensky")
  if (partnerCodes.size === 1) {
    const only = partners[0]!;
    for (const cue of cues) {
      if (cue.trigger.status === null || cue.trigger.direct) continue;
      if (cue.trigger.family !== 'negotiate' && !(cue.trigger.family === 'sign' && only.codes[0] === ctx.topic && !cue.ref.plural && !cue.ref.similar)) continue;
      const clause = clauses[cue.clause]!;
      if (partners.some((m) => m.from >= clause.from && m.from < clause.to)) continue;
      if (assigned.some((x) => x.cue === cue)) continue;
      assigned.push({ m: only, cue });
    }
  }

  // "parliament approved the agreement that France signed with Ukraine", "ratified France's agreement": the
  // agreement a ratification governs names its party
  for (const cue of cues) {
    if (cue.trigger.family !== 'ratify' || cue.trigger.status === null || cue.ref.at < 0 || assigned.some((x) => x.cue === cue)) continue;
    const r = cue.ref.at;
    const owner = partners.find((m) => (m.to <= r && r - m.to <= 4) || (m.from > r && m.from - r <= 4 && /^(?:that|which|with|between)$/.test(toks[r + 1]?.lower ?? '')));
    if (owner) assigned.push({ m: owner, cue });
  }
  // "Tokyo has similar agreements with Australia": holding an agreement names the hub's partners only with the hub
  if (!hubInSentence) {
    for (let i = assigned.length - 1; i >= 0; i--) if (assigned[i]!.cue.trigger.needsHub) assigned.splice(i, 1);
  }
  // two other countries agreeing with each other ("France and Moldova signed a defence agreement")
  if (!hubInSentence) {
    if (partnerCodes.size === 2 && !cues.some((c) => c.ref.similar || c.ref === ANTECEDENT)) return [];
  }

  const out: SentenceClaim[] = [];
  const perCue = new Map<Cue, number>();
  const codesPerCue = new Map<Cue, Set<string>>();
  for (const x of assigned) {
    const set = codesPerCue.get(x.cue) ?? new Set<string>();
    for (const c of x.m.codes) set.add(c);
    codesPerCue.set(x.cue, set);
  }
  for (const [cue, set] of codesPerCue) perCue.set(cue, set.size);
  for (const { m, cue } of assigned) {
    const status = cue.trigger.status;
    if (status === null) continue;
    const listSize = perCue.get(cue) ?? 1;
    // "with Spain on Monday and with Belgium earlier on Tuesday": each party the date of its own phrase
    const own = listSize > 1 ? ownPhraseDate(m, cue, assigned, a, ctx) : undefined;
    let date = own !== undefined ? own : listDated(cue, assigned, a, clauses) ? dateFor(cue, a, clauses, cueClauses, ctx, discourse) : null;
    // "have just signed": the day of publication
    if (date === null && a.dates.length === 0 && status === 'signed' && justBefore(toks, cue.trigger.at)) date = ctx.dates.published;
    // "Luxembourg has signed another agreement" with no date at all: the day of the story, when the page dates one
    const perfect = date === null && a.dates.length === 0 && listSize === 1 && !cue.ref.similar && !cue.topical && (status === 'signed' || status === 'planned') && perfectBefore(toks, cue.trigger.at, status);
    for (const party of m.codes) {
      if (party === ctx.hub) continue;
      out.push({
        party,
        status,
        date,
        ...(perfect ? { dayOfStory: true } : {}),
        ...(cue.trigger.undated ? { undated: true } : {}),
        via: 'direct',
        cueId: cueBase + cues.indexOf(cue),
        confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize, hedged: cue.trigger.hedged, title, via: 'direct', topical: cue.topical === true }),
      });
    }
  }
  if (assigned.length > 0 || partners.length > 0) return out;

  // no party named: "The agreement was forged on 23 February", "a bilateral agreement ... was signed during the visit to Germany"
  const counts = countPositions(toks);
  const visits = mentions.filter((m) => m.role === 'visit');
  for (const cue of cues) {
    const status = cue.trigger.status;
    if (status === null || cue.ref.plural || cue.ref.similar || cue.trigger.direct || cue.ref === ANTECEDENT) continue;
    if (cue.trigger.family !== 'sign' && cue.trigger.family !== 'negotiate') continue;
    if (counts.some((i) => Math.abs(i - cue.trigger.at) <= 8)) continue;
    if (toks.some((t, i) => COUNTRY_SET_NOUNS.has(t.lower) && Math.abs(i - cue.trigger.at) <= 6)) continue;
    const via = visits.length > 0 ? 'visit' : 'topic';
    const parties = via === 'visit' ? [...new Set(visits.flatMap((m) => m.codes))] : ctx.topic ? [ctx.topic] : [];
    if (parties.length !== 1 || parties[0] === ctx.hub) continue;
    const date = dateFor(cue, a, clauses, cueClauses, ctx, discourse);
    out.push({
      party: parties[0]!,
      status,
      date,
      via,
      cueId: cueBase + cues.indexOf(cue),
      confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize: 1, hedged: cue.trigger.hedged, title, via }),
    });
  }
  return out;
}

/** The date between a list member and the next member of the same cue, when the list gives dates per member. */
function ownPhraseDate(m: Mention, cue: Cue, assigned: readonly { m: Mention; cue: Cue }[], a: SentenceAnalysis, ctx: ArticleContext): string | null | undefined {
  const mine = assigned.filter((x) => x.cue === cue).map((x) => x.m).sort((x, y) => x.from - y.from);
  const segment = (i: number): DateExpr[] => {
    const end = mine[i + 1]?.from ?? a.toks.length;
    return a.dates.filter((d) => d.at >= mine[i]!.to && d.at < end && d.kind !== 'vague' && d.kind !== 'anchor');
  };
  // only when every member has exactly one date of its own and they are not all the same phrase
  if (!mine.every((_, i) => segment(i).length === 1)) return undefined;
  const i = mine.indexOf(m);
  const tense: Tense = cue.trigger.status === 'planned' ? 'future' : 'past';
  const r = resolveDate(segment(i)[0]!, tense, ctx.dates);
  if (r !== null && tense === 'past' && ctx.dates.published !== null && r > ctx.dates.published) return null;
  return r;
}

function justBefore(toks: readonly Token[], at: number): boolean {
  return toks[at - 1]?.lower === 'just' && /^(?:has|have|had)$/.test(toks[at - 2]?.lower ?? '');
}

/** "has signed", "have now signed", "is expected to attend ... and sign": a present perfect or a plan in the present. */
function perfectBefore(toks: readonly Token[], at: number, status: Status): boolean {
  if (status === 'signed') {
    const p1 = toks[at - 1]?.lower ?? '';
    const p2 = toks[at - 2]?.lower ?? '';
    return p1 === 'has' || p1 === 'have' || ((p1 === 'now' || p1 === 'also' || p1 === 'just') && (p2 === 'has' || p2 === 'have'));
  }
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) if (/^(?:is|are)$/.test(toks[i]!.lower)) return true;
  return false;
}

/**
 * May a list's parties take the date of their sentence? One or two parties always; a longer list only when
 * it is one group ("three Nordic countries") or the list does not enclose a date ("Sweden, Norway and Iceland
 * to sign ... on Friday", not "with the UK on 12 January, Germany and France").
 */
function listDated(cue: Cue, assigned: readonly { m: Mention; cue: Cue }[], a: SentenceAnalysis, clauses: readonly Clause[]): boolean {
  const mine = assigned.filter((x) => x.cue === cue).map((x) => x.m);
  const codes = new Set(mine.flatMap((m) => m.codes)).size;
  if (codes <= 2 || mine.length === 1) return true;
  const from = Math.min(...mine.map((m) => m.from));
  const to = Math.max(...mine.map((m) => m.to));
  const clause = clauses[cue.clause]!;
  const inClause = a.dates.filter((d) => d.at >= clause.from && d.at < clause.to && d.kind !== 'vague');
  return inClause.length === 1 && (inClause[0]!.at < from || inClause[0]!.at >= to);
}
