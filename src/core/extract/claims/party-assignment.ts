import { clauseIndexOf, type Clause } from '../clauses.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { LEADER_NOUNS } from '../words.js';
import { ANTECEDENT, type Cue } from './cue-binding.js';
import { quantifiedSubjectAssignments } from './both-subject.js';
import { pronounPartnerAssignments } from './pronoun-partners.js';
import { pronounSubjectAssignments } from './pronoun-subject.js';
import { talksOfSubject } from './talks-subject.js';
import { verblessItems } from './verbless-sequence.js';
import type { ArticleContext, SentenceAnalysis } from './types.js';

/**
 * Who gets which cue: each partner named in a sentence takes the cue of its own clause (the nearest one, a
 * signing preferred over talks), a list trailing a relative clause takes that clause's cue, and a clause with
 * no party of its own lends its talks (or the article partner's signing) to the sentence's one partner.
 */
export interface Assignment {
  readonly m: Mention;
  readonly cue: Cue;
}

/** a house of parliament before "in Luxembourg" / "of Lithuania" */
const HOUSES = /^(?:parliament|deputies|chamber|senate|assembly|lawmakers|legislators|mps|legislature|house|representatives|diet|sejm|seimas|saeima|riigikogu|storting|bundestag)$/;

/** The longest verbless item of a semicolon list that takes the list's statement. */
const LIST_ITEM_TOKENS = 8;

const LIST_GLUE = new Set([',', 'and', 'the', 'or', '&', 'as', 'well', 'also', 'plus', 'itself', 'themselves', 'und', 'et', 'e', 'y', 'i']);

/** Is every token between the mention and the end of its clause list glue or another mention? */
function trailsClause(toks: readonly Token[], m: Mention, clause: Clause, mentionAt: ReadonlySet<number>): boolean {
  for (let i = m.to; i < clause.to; i++) {
    if (mentionAt.has(i)) continue;
    // "and Albanian Prime Minister Edi Rama, whose government ...": a leader's title and name stand for the party
    const t = toks[i]!;
    if (LEADER_NOUNS.has(t.lower) || (t.word && t.cap && i > m.to)) continue;
    if (!LIST_GLUE.has(t.lower)) return false;
  }
  return true;
}

/**
 * "Russia dismissed the agreement that Ukraine signed with France", "Moscow condemned the agreements signed by
 * Ukraine with Western states": when the signing describes an agreement named before it and has its own
 * signers (a "with" partner, or the hub or a partner as agent), a party before that agreement is not one of them.
 */
function outsideRelative(toks: readonly Token[], mentions: readonly Mention[], m: Mention, q: Cue, clause: Clause): boolean {
  const ref = q.ref.at;
  if (ref < 0 || ref >= q.trigger.at || m.to > ref) return false;
  // ("The Latvian text was almost done, and talks with Washington had started": a partner of the next clause's
  // statement is none of this cue's signers)
  const after = mentions.filter((x) => x.from > q.trigger.at && x.from <= q.trigger.at + 8 && x.from < clause.to);
  const withPartner = after.some((x) => x.role === 'partner' && toks[x.from - 1]?.lower === 'with');
  // ("similar to those already concluded by Germany and Italy": an agent of its own, hub or partner)
  const by = toks[q.trigger.at + 1]?.lower === 'by';
  const byAgent = by && after.some((x) => (x.role === 'hub' || x.role === 'partner') && (x.from === q.trigger.at + 2 || (x.from === q.trigger.at + 3 && toks[q.trigger.at + 2]!.lower === 'the')));
  return withPartner || byAgent;
}

/** The length of a "with Kyiv" ("to Ukraine" after an owner) complement of the agreement ending just before token `end` (the comma), else 0. */
function hubComplement(toks: readonly Token[], mentions: readonly Mention[], end: number, preposition: RegExp): number {
  const hub = mentions.find((m) => m.role === 'hub' && m.to === end);
  return hub && preposition.test(toks[hub.from - 1]?.lower ?? '') ? hub.to - hub.from + 1 : 0;
}

/** "of (the) European Union" ending at `end`: the length of party m's "of" phrase there, else 0. */
function ownerPhrase(toks: readonly Token[], m: Mention, end: number): number {
  if (m.to !== end) return 0;
  let i = m.from - 1;
  if (toks[i]?.lower === 'the') i--;
  return toks[i]?.lower === 'of' ? m.to - i : 0;
}

function nearestCue(cues: readonly Cue[], at: number): Cue | null {
  let best: Cue | null = null;
  let bestD = Infinity;
  let bestNeg: Cue | null = null;
  let bestNegD = Infinity;
  for (const c of cues) {
    const d = Math.abs(c.trigger.at - at);
    // "were negotiating ... and hoped to conclude them soon": a hope is the aim of the talks, not a plan of its own
    if (c.trigger.family === 'negotiate' || (c.trigger.aim === true && cues.some((q) => q.trigger.family === 'negotiate' && q.trigger.status !== null))) {
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

/**
 * Does a held agreement name a holder's other party ("with Australia", "between them"), or is it no anaphor of
 * the article's kind? Then holding it says nothing of the hub.
 */
function heldWithOther(toks: readonly Token[], mentions: readonly Mention[], x: Assignment): boolean {
  const at = x.cue.trigger.at;
  if (!(x.cue.ref === ANTECEDENT || x.cue.ref.similar || x.cue.ref.kind === 'anaphoric')) return true;
  return mentions.some((m) => m.from > at && /^(?:with|between)$/.test(toks[m.from - 1]?.lower ?? '')) || toks.slice(at + 1).some((t) => t.lower === 'with' || t.lower === 'between');
}

/**
 * "the text was in the final stage of preparation and could be signed within days", "the pact is being
 * finalised and will be signed next week": one subject with two coordinated predicates, talks under way and
 * a signing to come, carries both statuses. The talks' cue, between the party and the plan's, joined to the
 * plan by "and" (not a plan that is the talks' aim: "negotiating, and hoped to conclude soon").
 */
function talksBeforePlan(toks: readonly Token[], own: readonly Cue[], plan: Cue, m: Mention): Cue | undefined {
  if (plan.trigger.family !== 'sign' || plan.trigger.status !== 'planned' || plan.trigger.aim) return undefined;
  // ("the text is final and will be signed": a text already agreed is a stage on the way, not talks)
  return own.find((q) => {
    if (q.trigger.family !== 'negotiate' || q.trigger.status !== 'negotiating' || q.trigger.background) return false;
    if (q.trigger.at < m.to || q.trigger.at > plan.trigger.at) return false;
    const between = toks.slice(q.trigger.at + 1, plan.trigger.at).map((t) => t.lower);
    return between.includes('and') && !between.includes('but') && plan.trigger.at - q.trigger.at <= 20;
  });
}

/**
 * "are ready or almost ready", "finished or nearly finished": an "or" (token j) that only hedges the state the
 * talks' cue (token at) just gave, with the same word, is no second predicate.
 */
function restatedState(toks: readonly Token[], at: number, j: number): boolean {
  if (j !== at + 1) return false;
  let k = j + 1;
  if (/^(?:almost|nearly|practically|virtually|largely|mostly)$/.test(toks[k]?.lower ?? '')) k++;
  return toks[k]?.lower === toks[at]!.lower;
}

/**
 * "Greece is preparing its text and will sign it next month", "are finalising their agreements and announced the
 * signing for the autumn": a second predicate joined to the subject's talks by "and" (no other party, no "but" in
 * between) has the same subject; its signing or plan is that party's too ("is working on its text, and the signing
 * could come after the summer": the signing of what the talks are on).
 */
function signingAfterTalks(toks: readonly Token[], partners: readonly Mention[], own: readonly Cue[], talks: Cue): Cue | undefined {
  if (talks.trigger.family !== 'negotiate' || talks.trigger.status !== 'negotiating') return undefined;
  return own.find((q) => {
    if (q.trigger.family !== 'sign' || (q.trigger.status !== 'planned' && q.trigger.status !== 'signed') || q.trigger.aim) return false;
    if (q.trigger.at <= talks.trigger.at || q.trigger.at - talks.trigger.at > 16) return false;
    const between = toks.slice(talks.trigger.at + 1, q.trigger.at);
    if (partners.some((x) => x.from > talks.trigger.at && x.from < q.trigger.at)) return false;
    if (between.some((t, i) => /^(?:but|while|which|who|that|;)$/.test(t.lower) || (t.lower === 'or' && !restatedState(toks, talks.trigger.at, talks.trigger.at + 1 + i)))) return false;
    return between.some((t) => t.lower === 'and');
  });
}

/**
 * The (party, cue) pairs of a sentence, or null when the sentence is about two other countries agreeing with
 * each other ("France and Moldova signed a defence agreement").
 */
export function assignParties(a: SentenceAnalysis, ctx: ArticleContext, cues: readonly Cue[], clauses: readonly Clause[], partners: readonly Mention[], hubInSentence: boolean): Assignment[] | null {
  const { toks, mentions, refs } = a;
  const mentionAt = new Set<number>();
  for (const m of mentions) for (let i = m.from; i < m.to; i++) mentionAt.add(i);

  // who gets which cue
  const assigned: Assignment[] = [];
  for (const m of partners) {
    const c = clauseIndexOf(clauses, m.from);
    const clause = clauses[c]!;
    const next = clauses[c + 1];
    const relCues = next && next.boundary === 'rel' ? cues.filter((q) => q.clause === c + 1) : [];
    if (relCues.length > 0 && trailsClause(toks, m, clause, mentionAt)) {
      const rel = nearestCue(relCues, m.to)!;
      // "in talks with the Netherlands, which may become the next to sign": a hedged prospect in the relative
      // clause does not outweigh the talks its own clause states
      const hedged = rel.trigger.hedged || toks.slice(next!.from, rel.trigger.at).some((t) => /^(?:may|might|could)$/.test(t.lower));
      const talks = hedged ? cues.find((q) => q.clause === c && q.trigger.family === 'negotiate' && q.trigger.status === 'negotiating' && !q.trigger.hedged) : undefined;
      assigned.push({ m, cue: talks ?? rel });
      continue;
    }
    let own = cues.filter((q) => q.clause === c && !outsideRelative(toks, mentions, m, q, clause));
    // a soft boundary (":", " - ", ", including") continues the previous clause's statement
    for (let p = c; own.length === 0 && p > 0 && clauses[p]!.boundary === 'soft'; p--) own = cues.filter((q) => q.clause === p - 1);
    // "Trudeau and Meloni, who arrived with von der Leyen, have now signed": the verb after the relative clause
    if (own.length === 0 && next?.boundary === 'rel' && clauses[c + 2]?.boundary === 'resume') own = cues.filter((q) => q.clause === c + 2);
    // "...; the Netherlands, whose agreement Rutte signed; and all three Baltic states": the closing item of a
    // semicolon list, short and with no cue of its own, shares the statement of the items before it
    // ("...; Luxembourg on 10 July; and Romania on 11 July": an item with a date of its own is a step of the dated
    // sequence, read by gappedSequenceClaims; giving it the last verb would mix its day into that verb's items)
    const dated = a.dates.some((d) => d.at >= clause.from && d.at < clause.to && d.kind !== 'vague' && d.kind !== 'anchor') && verblessItems(toks, mentions, clause.from, clause.to, 1) !== null;
    if (own.length === 0 && !dated && toks[clause.from - 1]?.text === ';' && toks[clause.from]?.lower === 'and' && clause.to - clause.from <= LIST_ITEM_TOKENS) {
      const before = cues.filter((q) => q.clause < c && q.trigger.family === 'sign');
      if (before.length > 0) own = [before[before.length - 1]!];
    }
    // "work with Albania on a text", "consultations with Canada": the party of the talks right before it
    const talksOf = toks[m.from - 1]?.lower === 'with' ? own.find((q) => q.trigger.family === 'negotiate' && q.trigger.at < m.from && m.from - q.trigger.at <= 2) : undefined;
    const cue = talksOf ?? talksOfSubject(toks, mentions, mentionAt, m, own) ?? nearestCue(own, m.from);
    if (cue) assigned.push({ m, cue });
    const stage = cue ? talksBeforePlan(toks, own, cue, m) : undefined;
    // "Croatia is preparing its agreement and will sign it in June": the subject of the talks is the subject of
    // the signing coordinated after them
    // (", and the signing could come after the summer": the next clause, opened by "and" and naming no party, too)
    const nextOpen = next && toks[next.from]?.lower === 'and' && !partners.some((x) => x.from >= next.from && x.from < next.to) ? cues.filter((q) => q.clause === c + 1) : [];
    const then = cue ? signingAfterTalks(toks, partners, [...own, ...nextOpen], cue) : undefined;
    if (then) assigned.push({ m, cue: then });
    // (the sentence's date is the plan's: the talks keep none)
    if (stage) assigned.push({ m, cue: { ...stage, trigger: { ...stage.trigger, undated: true } } });
    // "have agreed on the wording of a security pact, which is to be signed next month", "ratified its agreement
    // with Kyiv, which was signed in June": the relative clause describes the agreement that ends the clause
    // ("the joint security commitments of the European Union to Ukraine, which were signed": the party of the
    // agreement's "of" phrase is its owner, between the agreement and the hub)
    const tail = hubComplement(toks, mentions, clause.to - 1, /^(?:with|between|to|for)$/);
    const owner = ownerPhrase(toks, m, clause.to - 1 - tail);
    const span = owner > 0 ? tail + owner : hubComplement(toks, mentions, clause.to - 1, /^(?:with|between)$/);
    if (relCues.length > 0 && refs.some((r) => r.at < clause.to && r.at >= clause.to - 3 - span)) {
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
      // ("..., and several more member states are negotiating", "talks are under way with about two dozen other
      // countries": the clause names its own parties, unnamed and counted)
      if (countedStatesIn(toks, clause)) continue;
      assigned.push({ m: only, cue });
    }
  }
  // "Lithuania and Estonia have not yet signed similar documents, though texts are being negotiated": partners that
  // share one clause whose only statement is a signing not (yet) made have the talks of a clause naming no party
  else if (partnerCodes.size > 1) {
    const home = clauseIndexOf(clauses, partners[0]!.from);
    const own = cues.filter((q) => q.clause === home);
    const notYet = own.length > 0 && own.every((q) => q.trigger.family === 'sign' && q.trigger.status === null);
    if (notYet && partners.every((m) => clauseIndexOf(clauses, m.from) === home)) {
      for (const cue of cues) {
        if (cue.clause <= home || cue.trigger.family !== 'negotiate' || cue.trigger.status !== 'negotiating' || cue.trigger.direct) continue;
        if (assigned.some((x) => x.cue === cue)) continue;
        for (const m of partners) assigned.push({ m, cue });
      }
    }
  }

  assigned.push(...pronounSubjectAssignments(toks, cues, assigned));
  assigned.push(...pronounPartnerAssignments(toks, cues, clauses, partners, assigned));
  assigned.push(...quantifiedSubjectAssignments(toks, cues, partners, assigned));

  // "parliament approved the agreement that France signed with Ukraine", "ratified France's agreement": the
  // agreement a ratification governs names its party
  for (const cue of cues) {
    if (cue.trigger.family !== 'ratify' || cue.trigger.status === null || cue.ref.at < 0 || assigned.some((x) => x.cue === cue)) continue;
    const r = cue.ref.at;
    const owner = partners.find((m) => (m.to <= r && r - m.to <= 4) || (m.from > r && m.from - r <= 4 && /^(?:that|which|with|between)$/.test(toks[r + 1]?.lower ?? '')));
    // "The Chamber of Deputies in Luxembourg ratified the agreement": the country of the parliament
    const house = owner ?? mentions.find((m) => m.to <= cue.trigger.at && cue.trigger.at - m.to <= 3 && /^(?:in|of)$/.test(toks[m.from - 1]?.lower ?? '') && HOUSES.test(toks[m.from - 2]?.lower ?? '') && m.codes.length === 1 && m.role !== 'hub');
    if (house) assigned.push({ m: house, cue });
  }
  // "Tokyo has similar agreements with Australia": holding an agreement names the hub's partners only with the hub
  // ("Portugal already has such a document": no other party held with, so the article's own kind, with the hub)
  if (!hubInSentence) {
    for (let i = assigned.length - 1; i >= 0; i--) if (assigned[i]!.cue.trigger.needsHub && heldWithOther(toks, mentions, assigned[i]!)) assigned.splice(i, 1);
  }
  // two other countries agreeing with each other ("France and Moldova signed a defence agreement"), unless
  // each has its own ("Riga and Vilnius are still negotiating their texts")
  if (!hubInSentence) {
    // (not two parties of two different statements: "The US agreement signed in June ..., but ... talks with Moscow")
    // ("Merz and Tusk each signed one with him": two agreements, not one between them)
    const each = cues.some((c) => c.trigger.family === 'sign' && /^(?:each|separately|respectively)$/.test(toks[c.trigger.at - 1]?.lower ?? ''));
    // ("we will sign ours in Stockholm, together with Sweden and Iceland": co-signers alongside the speaker)
    const alongside = assigned.some((x) => /^(?:alongside|together|along)$/.test(toks[x.m.from - (toks[x.m.from - 1]?.lower === 'with' ? 2 : 1)]?.lower ?? '') && /^(?:with|alongside)$/.test(toks[x.m.from - 1]?.lower ?? ''));
    // ("The Latvian text was almost done, and talks with Washington had started": two statements in two clauses,
    // each with a party of its own, are no pact between those two)
    // (a party named twice in its clause, "Officials in The Hague ... a Dutch document", is still one party there)
    const ownClauses = twoClausesOneEach(assigned);
    const apart = each || alongside || ownClauses || new Set(assigned.flatMap((x) => x.m.codes)).size < 2 || (assigned.length === 2 && assigned[0]!.cue.trigger.family !== assigned[1]!.cue.trigger.family);
    if (partnerCodes.size === 2 && !apart && !cues.some((c) => c.ref.similar || c.ref.plural || c.ref === ANTECEDENT)) return null;
  }
  return assigned;
}

/** Do the assignments fall in two clauses, each giving its cue to one party of its own? */
function twoClausesOneEach(assigned: readonly Assignment[]): boolean {
  const byClause = new Map<number, Set<string>>();
  for (const x of assigned) byClause.set(x.cue.clause, new Set([...(byClause.get(x.cue.clause) ?? []), ...x.m.codes]));
  return byClause.size === 2 && [...byClause.values()].every((codes) => codes.size === 1);
}

/** plural nouns of states */
const STATE_NOUNS = /^(?:countries|states|nations|governments|members|capitals|allies|partners)$/;
/** words that count or set apart unnamed states ("several more", "about two dozen other", "many") */
const STATE_COUNTS = /^(?:several|more|other|many|some|few|dozen|dozens|number|various|numerous|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)$/;

/** Does the clause name states it counts or sets apart without naming them ("several more member states")? */
function countedStatesIn(toks: readonly Token[], clause: Clause): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    if (!STATE_NOUNS.test(toks[i]!.lower)) continue;
    // ("member states": the head after its modifier)
    const head = toks[i - 1]?.lower === 'member' ? i - 1 : i;
    // (not "the two countries": the hub and its partner, both sides of the talks)
    if (toks[head - 2]?.lower === 'the' || toks[head - 1]?.lower === 'the') continue;
    if (STATE_COUNTS.test(toks[head - 1]?.lower ?? '') || STATE_COUNTS.test(toks[head - 2]?.lower ?? '')) return true;
  }
  return false;
}
