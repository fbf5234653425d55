import type { Status } from '../schemas/status.js';
import { clauseIndexOf, segmentClauses, type Clause } from './clauses.js';
import { confidenceOf } from './confidence.js';
import { findDates, resolveDate, type DateExpr, type ResolveContext, type Tense } from './dates.js';
import { findRefs, type AgreementRef, type RefKind } from './kind.js';
import { findMentions, type Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { findTriggers, type Trigger } from './triggers.js';
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

export interface SentenceClaim {
  readonly party: string;
  readonly status: Status;
  readonly date: string | null;
  readonly confidence: number;
  readonly via: 'direct' | 'visit' | 'topic';
}

/** A cue with the agreement reference it governs. */
interface Cue {
  readonly trigger: Trigger;
  readonly ref: AgreementRef;
  readonly clause: number;
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

const LIST_GLUE = new Set([',', 'and', 'the', 'or', '&', 'as', 'well', 'also', 'plus', 'und', 'et', 'e', 'y', 'i']);

/** Is every token between the mention and the end of its clause list glue or another mention? */
function trailsClause(toks: readonly Token[], m: Mention, clause: Clause, mentionAt: ReadonlySet<number>): boolean {
  for (let i = m.to; i < clause.to; i++) {
    if (mentionAt.has(i)) continue;
    if (!LIST_GLUE.has(toks[i]!.lower)) return false;
  }
  return true;
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

function dateFor(cue: Cue, dates: readonly DateExpr[], clauses: readonly Clause[], cueClauses: ReadonlySet<number>, ctx: ArticleContext): string | null {
  const status = cue.trigger.status;
  const tense: Tense = status === 'planned' ? 'future' : 'past';
  const candidates = dates.filter((d) => {
    const c = clauseIndexOf(clauses, d.at);
    return c === cue.clause || !cueClauses.has(c) || (c === cue.clause + 1 && clauses[c]!.boundary === 'soft');
  });
  candidates.sort((a, b) => {
    const ca = clauseIndexOf(clauses, a.at) === cue.clause ? 0 : 1;
    const cb = clauseIndexOf(clauses, b.at) === cue.clause ? 0 : 1;
    return ca - cb || Math.abs(a.at - cue.trigger.at) - Math.abs(b.at - cue.trigger.at);
  });
  for (const d of candidates) {
    const r = resolveDate(d, tense, ctx.dates);
    if (r === null) {
      if (d.kind === 'vague' || d.kind === 'relative' || d.kind === 'weekday') return null;
      continue;
    }
    // a past event never lands after publication
    if (tense === 'past' && ctx.dates.published !== null && r > ctx.dates.published) return null;
    return r;
  }
  return null;
}

export function claimsInSentence(toks: readonly Token[], ctx: ArticleContext, title: boolean): SentenceClaim[] {
  const mentions = findMentions(toks, ctx.hub);
  const triggers = findTriggers(toks);
  if (triggers.length === 0) return [];
  const refs = findRefs(toks);
  const clauses = segmentClauses(toks, mentions);
  const hubInSentence = mentions.some((m) => m.role === 'hub');

  const cues: Cue[] = [];
  const mentionEnds = new Set(mentions.map((m) => m.to));
  for (const t of triggers) {
    // body-text "countries that conclude agreements": a generic present, unless a party is its subject
    if (t.barePresent && !title && !mentionEnds.has(t.at)) continue;
    const clause = clauseIndexOf(clauses, t.at);
    const ref = governedRef(t, refs, clauses, clause);
    if (!ref || !refAccepted(ref.kind, ctx)) continue;
    cues.push({ trigger: t, ref, clause });
  }
  if (cues.length === 0) return [];
  const cueClauses = new Set(cues.map((c) => c.clause));
  const partners = mentions.filter((m) => m.role === 'partner');
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
    let own = cues.filter((q) => q.clause === c);
    // a soft boundary (":", " - ", ", including") continues the previous clause's statement
    for (let p = c; own.length === 0 && p > 0 && clauses[p]!.boundary === 'soft'; p--) own = cues.filter((q) => q.clause === p - 1);
    const cue = nearestCue(own, m.from);
    if (cue) assigned.push({ m, cue });
    // "finalized the text of a bilateral security agreement, which will be signed soon"
    if (relCues.length > 0 && refs.some((r) => r.at < clause.to && r.at >= clause.to - 3)) {
      assigned.push({ m, cue: nearestCue(relCues, clause.to)! });
    }
  }

  // two other countries agreeing with each other ("France and Moldova signed a defence agreement")
  if (!hubInSentence) {
    const codes = new Set(partners.flatMap((m) => m.codes));
    if (codes.size === 2 && !cues.some((c) => c.ref.similar)) return [];
  }

  const out: SentenceClaim[] = [];
  const perCue = new Map<Cue, number>();
  for (const a of assigned) perCue.set(a.cue, (perCue.get(a.cue) ?? 0) + a.m.codes.length);
  for (const { m, cue } of assigned) {
    const status = cue.trigger.status;
    if (status === null) continue;
    const listSize = perCue.get(cue) ?? 1;
    const date = listSize >= 3 ? null : dateFor(cue, findDates(toks), clauses, cueClauses, ctx);
    for (const party of m.codes) {
      if (party === ctx.hub) continue;
      out.push({
        party,
        status,
        date,
        via: 'direct',
        confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize, hedged: cue.trigger.hedged, title, via: 'direct' }),
      });
    }
  }
  if (assigned.length > 0 || partners.length > 0) return out;

  // no party named: "The agreement was forged on 23 February", "a bilateral agreement ... was signed during the visit to Germany"
  const counts = countPositions(toks);
  const visits = mentions.filter((m) => m.role === 'visit');
  for (const cue of cues) {
    const status = cue.trigger.status;
    if (status === null || cue.ref.plural || cue.ref.similar) continue;
    if (cue.trigger.family !== 'sign' && cue.trigger.family !== 'negotiate') continue;
    if (counts.some((i) => Math.abs(i - cue.trigger.at) <= 8)) continue;
    if (toks.some((t, i) => COUNTRY_SET_NOUNS.has(t.lower) && Math.abs(i - cue.trigger.at) <= 6)) continue;
    const via = visits.length > 0 ? 'visit' : 'topic';
    const parties = via === 'visit' ? [...new Set(visits.flatMap((m) => m.codes))] : ctx.topic ? [ctx.topic] : [];
    if (parties.length !== 1 || parties[0] === ctx.hub) continue;
    const date = dateFor(cue, findDates(toks), clauses, cueClauses, ctx);
    out.push({
      party: parties[0]!,
      status,
      date,
      via,
      confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize: 1, hedged: cue.trigger.hedged, title, via }),
    });
  }
  return out;
}
