import { segmentClauses } from '../clauses.js';
import { askedPhraseEnd, reportedQuestion } from './asked-phrase.js';
import { confidenceOf } from '../confidence.js';
import { assignedDate } from './claim-dates.js';
import { bindCues, type Cue } from './cue-binding.js';
import { bothOfBeforeClaims, bothOpensReport } from './both-subject.js';
import { earlierSigners } from './earlier-signers.js';
import { agentOfAdopting } from './declaration-agent.js';
import { gappedItemClaims } from './gapped-item.js';
import { gappedWithClaims, restatedDates } from './gapped-with.js';
import { gappedSequenceClaims } from './verbless-sequence.js';
import { assignParties } from './party-assignment.js';
import { dropBystanders } from './party-filters.js';
import type { ArticleContext, DiscourseContext, SentenceAnalysis, SentenceClaim } from './types.js';
import { unnamedPartyClaims } from './unnamed-party.js';
import { hostClaims } from './where-hosts.js';

/**
 * The claims one sentence makes: its cues bound to the agreement they govern (cue-binding.ts), the parties
 * given their cue (party-assignment.ts), each dated (claim-dates.ts); a sentence with cues but no party may
 * still speak of the article's main partner (unnamed-party.ts).
 */
export function claimsInSentence(a: SentenceAnalysis, ctx: ArticleContext, title: boolean, discourse: DiscourseContext, cueBase = 0): SentenceClaim[] {
  // ("Asked about a document of the kind Kyiv has concluded, Fico said ...": the question's cues assert nothing)
  const asked = askedPhraseEnd(a.toks);
  if (asked >= 0) a = { ...a, triggers: a.triggers.filter((t) => t.at > asked) };
  // ("Deputy Howlin asked the Minister if Ireland intends to conclude an agreement": a reported question likewise
  // asserts no plan or talks; a signing told in it is presupposed: "asked whether it is bound by the pact Biden signed")
  const question = reportedQuestion(a.toks);
  if (question) a = { ...a, triggers: a.triggers.filter((t) => t.at < question[0] || t.at >= question[1] || t.status === 'signed') };
  const { mentions, triggers } = a;
  if (triggers.length === 0) return [];
  const clauses = segmentClauses(a.toks, mentions);
  const hubInSentence = mentions.some((m) => m.role === 'hub');
  const bound = bindCues(a, ctx, title, discourse, clauses);
  if (bound.length === 0) return [];
  const cueClauses = new Set(bound.map((c) => c.clause));
  // ("the Joint Declaration adopted by the G7 countries": the makers of another text)
  const partners = mentions.filter((m) => m.role === 'partner' && m.codes.length > 0 && !agentOfAdopting(a.toks, m));
  const parties = assignParties(a, ctx, bound, clauses, partners, hubInSentence);
  if (parties === null) return [];
  const direct = dropBystanders(a, parties);
  // "..., after the United Kingdom, Germany and France": the earlier signers, each with a signing of its own
  const earlier = earlierSigners(a.toks, a.dates, bound, clauses, partners, direct);
  const cues = [...bound, ...new Set(earlier.map((x) => x.cue))];
  const assigned = [...direct, ...earlier];

  const out: SentenceClaim[] = [];
  // a list's size is the number of parties that share its cue
  const perCue = new Map<Cue, number>();
  const codesPerCue = new Map<Cue, Set<string>>();
  for (const x of assigned) {
    const set = codesPerCue.get(x.cue) ?? new Set<string>();
    for (const c of x.m.codes) set.add(c);
    codesPerCue.set(x.cue, set);
  }
  for (const [cue, set] of codesPerCue) perCue.set(cue, set.size);
  for (const x of assigned) {
    const { m, cue } = x;
    const status = cue.trigger.status;
    if (status === null) continue;
    const listSize = perCue.get(cue) ?? 1;
    const { date, dayOfStory } = assignedDate(x, assigned, listSize, a, clauses, cueClauses, ctx, discourse, title);
    for (const party of m.codes) {
      if (party === ctx.hub) continue;
      out.push({
        party,
        status,
        date,
        ...(dayOfStory ? { dayOfStory } : {}),
        ...(cue.trigger.undated ? { undated: true } : {}),
        ...(cue.trigger.background ? { background: true } : {}),
        via: 'direct',
        cueId: cueBase + cues.indexOf(cue),
        confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize, hedged: cue.trigger.hedged, title, via: 'direct', topical: cue.topical === true }),
      });
    }
  }
  // "he was in Brussels and in Madrid, where he signed similar agreements": a signing no party took, in a clause
  // about places, was with the states of those places
  // ("Latvian officials said both neighbours ...": the speakers' state is not the "both" of the sentence before)
  if (!title && discourse.subjectPair && bothOpensReport(a.toks, partners)) {
    const both = bothOfBeforeClaims(a, ctx, discourse, cues, clauses, cueClauses, hubInSentence, cueBase);
    if (both.length > 0) return both;
  }
  for (const cue of cues) if (!assigned.some((x) => x.cue === cue)) out.push(...hostClaims(a, ctx, title, discourse, cue, cueBase + cues.indexOf(cue), clauses, cueClauses, hubInSentence));
  if (assigned.length > 0 || partners.length > 0 || out.length > 0) {
    // ("...; and Finland two days later in Helsinki": a gapped item's own day is its party's, not the sentence's)
    const items = gappedSequenceClaims(a.toks, mentions, a.dates, ctx, out);
    const kept = out.filter((c) => !items.some((x) => x.party === c.party && x.status === c.status));
    return [...restatedDates(a, ctx, kept), ...gappedItemClaims(a, ctx, out), ...gappedWithClaims(a, ctx, out), ...items];
  }
  const both = title ? [] : bothOfBeforeClaims(a, ctx, discourse, cues, clauses, cueClauses, hubInSentence, cueBase);
  if (both.length > 0) return both;
  return unnamedPartyClaims(a, ctx, title, discourse, cues, clauses, cueClauses, hubInSentence, cueBase);
}
