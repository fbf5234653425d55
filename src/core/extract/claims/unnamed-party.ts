import type { Clause } from '../clauses.js';
import { confidenceOf } from '../confidence.js';
import type { Token } from '../tokens.js';
import { COUNTRY_SET_NOUNS, QUANTIFIERS } from '../words.js';
import { dateFor } from './claim-dates.js';
import { namesThePair } from './the-pair.js';
import { ANTECEDENT, type Cue } from './cue-binding.js';
import type { ArticleContext, DiscourseContext, SentenceAnalysis, SentenceClaim } from './types.js';

/**
 * A sentence that names no party: "The agreement was forged on 23 February", "a bilateral agreement ... was
 * signed during the visit to Germany". The party is the host of a visit the sentence names, else the
 * article's main partner; both are weaker than a named party (confidence.ts), and a count nearby
 * ("with 14 other countries") or a plural agreement names nobody.
 */
export function unnamedPartyClaims(
  a: SentenceAnalysis,
  ctx: ArticleContext,
  title: boolean,
  discourse: DiscourseContext,
  cues: readonly Cue[],
  clauses: readonly Clause[],
  cueClauses: ReadonlySet<number>,
  hubInSentence: boolean,
  cueBase: number,
): SentenceClaim[] {
  const { toks, mentions } = a;
  const out: SentenceClaim[] = [];
  const counts = countPositions(toks);
  const visits = mentions.filter((m) => m.role === 'visit');
  for (const cue of cues) {
    const status = cue.trigger.status;
    // ("Talks with Kyiv are at an exploratory stage": talks on the agreement of the sentences before, the hub
    // named as one side; the other is the one the text was just speaking of)
    const hubTalks = cue.trigger.family === 'negotiate' && talksWithHub(a, cue.trigger.at);
    // ("headed to Paris for a similar signing": a journey's purpose, of the agreement before, at its destination)
    const journey = cue.trigger.journey !== undefined && visits.length > 0;
    // ("will travel to Berlin and Paris to sign security agreements": one agreement at each destination)
    const journeys = cue.ref.plural && (status === 'planned' || status === 'signed') && visits.every((m) => m.to <= cue.trigger.at) && new Set(visits.flatMap((m) => m.codes)).size >= 2;
    if (status === null || (cue.ref.plural && !journeys) || (cue.ref.similar && !journey) || cue.trigger.direct || (cue.ref === ANTECEDENT && !hubTalks && !journey)) continue;
    if (cue.trigger.family !== 'sign' && cue.trigger.family !== 'negotiate' && cue.trigger.family !== 'ratify') continue;
    if (counts.some((i) => Math.abs(i - cue.trigger.at) <= 8)) continue;
    if (toks.some((t, i) => COUNTRY_SET_NOUNS.has(t.lower) && Math.abs(i - cue.trigger.at) <= 6 && !namesThePair(toks, i))) continue;
    const via = visits.length > 0 ? 'visit' : 'topic';
    // ("he and Zelensky were to sign": the leader the sentence before named, with the hub's own leader)
    const he = discourse.leader !== undefined && pronounWithHub(a, cue.trigger.at) ? discourse.leader : undefined;
    const topic = he ?? (cue.trigger.family === 'negotiate' ? discourse.pending ?? (hubTalks ? discourse.subject : undefined) ?? ctx.topic : ctx.topic);
    const parties = via === 'visit' ? [...new Set(visits.flatMap((m) => m.codes))] : topic ? [topic] : [];
    if ((parties.length !== 1 && !journeys) || parties.includes(ctx.hub)) continue;
    const date = dateFor(cue, a, clauses, cueClauses, ctx, discourse);
    for (const party of parties) {
      out.push({
        party,
        status,
        date,
        via,
        ...(cue.trigger.background ? { background: true } : {}),
        cueId: cueBase + cues.indexOf(cue),
        confidence: confidenceOf({ status, ref: cue.ref.kind, hubInSentence, listSize: parties.length, hedged: cue.trigger.hedged, title, via }),
      });
    }
  }
  return out;
}

/**
 * "he and Zelensky signed", "she and the Ukrainian president are to sign": a personal pronoun and the hub's
 * leader, joined as the subject of the cue at `at` (a few words before it): the pronoun is the other signer.
 */
function pronounWithHub(a: SentenceAnalysis, at: number): boolean {
  for (let i = Math.max(0, at - 12); i < at - 2; i++) {
    if (!/^(?:he|she)$/.test(a.toks[i]!.lower) || a.toks[i + 1]?.lower !== 'and') continue;
    const hub = a.mentions.find((m) => m.role === 'hub' && m.from >= i + 2 && m.from <= i + 5);
    if (hub && hub.to <= at) return true;
  }
  return false;
}

/**
 * "talks with Kyiv", "negotiations with Ukraine": the hub right after the talks' "with" (word at `at`), in a
 * sentence that names no other country ("Austria's talks with Kyiv" are Austria's, whatever came before).
 */
function talksWithHub(a: SentenceAnalysis, at: number): boolean {
  return a.toks[at + 1]?.lower === 'with' && a.mentions.some((m) => m.role === 'hub' && m.from === at + 2) && a.mentions.every((m) => m.role === 'hub');
}

/** "14 other countries", "several partners", "28 bilateral security agreements": counts, never parties. */
function countPositions(toks: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    // "Ukraine has concluded 28 of them": a count of the agreements named before
    if (/^\d+$/.test(w) && toks[i + 1]?.lower === 'of' && /^(?:them|these|those)$/.test(toks[i + 2]?.lower ?? '')) out.push(i);
    if (!COUNTRY_SET_NOUNS.has(w) && !/^agreements$|^deals$|^documents$|^treaties$/.test(w)) continue;
    if (namesThePair(toks, i)) continue;
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
