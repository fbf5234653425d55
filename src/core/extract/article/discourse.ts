import type { DiscourseContext, SentenceClaim } from '../claims/types.js';
import type { DateExpr } from '../dates/expressions.js';
import { OCCASION_NOUNS } from '../dates/anchors.js';
import { resolveDate, type ResolveContext } from '../dates/resolve.js';
import { sentenceTense } from '../dates/sentence-tense.js';
import { reportedDate } from '../dates/statement-date.js';
import type { AgreementRef } from '../kind.js';
import type { Token } from '../tokens.js';

/** How many sentences a signing stays the antecedent of an objectless "had signed" / "followed". */
const CARRY_SENTENCES = 2;
/** How many sentences a strong mention of the type keeps it the topic of sentences that name no agreement. */
const TOPIC_SENTENCES = 4;

/**
 * What the sentences read so far tell the next one, kept as the article is read in order:
 * - the last signing (an objectless "Copenhagen had signed" refers to it for CARRY_SENTENCES);
 * - the running topic: where the tracked type was last named, and whether another act was named since
 *   (then "the treaty" is that act);
 *   (or two other states were said to sign a pact of their own);
 * - the last event date the text gave ("a day earlier", "the same day" count from it).
 */
export class Discourse {
  private lastSigning = -Infinity;
  /** the last sentence that told of agreements signed, in the plural ("Ukraine has signed 28 agreements") */
  private lastSignedPlural = -Infinity;
  /** what the last signing sentence told: signings, or plans only */
  private lastStatus: 'signed' | 'planned' = 'signed';
  /** the first of the sentences in a row, up to lastSigning, that each told a signing or plan */
  private runStart = -Infinity;
  private refDate: string | null = null;
  /** the sentence that gave refDate */
  private refOrder = -Infinity;
  /** the last day a sentence without a dated claim named in words ("on Thursday"), and that sentence */
  private occasionDay: string | null = null;
  private occasionOrder = -Infinity;
  /** the day of the first dated statement, when no event was dated before it */
  private statedDay: string | null = null;
  private lastTopic = -Infinity;
  private shifted = false;
  /** the last sentence with a verb of signing, whatever it said of it */
  private lastSignVerb = -Infinity;
  /** the last sentence that named each kind of gathering ("a summit of the Nordic prime ministers") */
  private readonly gatherings = new Map<string, number>();

  constructor(
    private readonly focused: boolean,
    private readonly weakOk: boolean,
    private readonly dates: ResolveContext,
  ) {}

  /** Sentence `order` is read: what the sentences before tell it; then its own references move the topic. */
  enter(order: number, refs: readonly AgreementRef[], title: boolean, heading = false): DiscourseContext {
    // a question heading ("Q: Who is next?") or a row of a list of the agreements opens a section about what
    // the article is about, whatever the paragraph before it ended on
    if (heading && this.focused) {
      this.lastTopic = order;
      this.shifted = false;
    }
    const context: DiscourseContext = {
      carry: !title && order - this.lastSigning <= CARRY_SENTENCES,
      // ("Recent ones include ...": a pronoun's antecedent is the sentence just before)
      signedPlural: !title && order - this.lastSignedPlural === 1,
      ...(!title && order - this.lastSigning <= CARRY_SENTENCES ? { carried: this.lastStatus } : {}),
      storyDate: this.storyDate(order),
      refDate: this.refDate,
      recentRefDate: this.recentDay(order),
      recentGatherings: new Set([...this.gatherings].filter(([, at]) => order - at <= CARRY_SENTENCES).map(([noun]) => noun)),
      occasionDay: this.occasionOrder > this.refOrder ? this.occasionDay : this.refDate,
      statedDay: this.statedDay,
      topical: this.focused && !this.shifted && order - this.lastTopic <= TOPIC_SENTENCES,
      shifted: this.shifted,
      signVerbBefore: order - this.lastSignVerb === 1,
    };
    for (const r of refs) {
      if (r.kind === 'strong' || (r.kind === 'weak' && this.weakOk)) {
        this.lastTopic = order;
        this.shifted = false;
        // ("declared ... in the summit communiqué": the medium of a statement is no new topic)
      } else if (r.act && !r.medium) this.shifted = true;
      else if (r.kind === 'anaphoric' && !this.shifted) this.lastTopic = order;
    }
    return context;
  }

  /**
   * The date a retrospective's next step continues from: the recent one, else the last event date when every
   * sentence since it told a signing of the series ("... on 16 February. A week later Denmark ... March brought
   * the Netherlands ... Finland came in early April ... The end of May was crowded: Spain on the 27th").
   */
  private storyDate(order: number): string | null {
    const recent = this.recentDay(order);
    if (recent !== null) return recent;
    return this.lastSigning === order - 1 && this.runStart <= this.refOrder + 1 ? this.refDate : null;
  }

  /** The day of the occasion the last sentences told of: the later of their explicit date and their named day. */
  private recentDay(order: number): string | null {
    const named = order - this.occasionOrder <= CARRY_SENTENCES && this.occasionOrder > this.refOrder;
    if (named) return this.occasionDay;
    return order - this.refOrder <= CARRY_SENTENCES ? this.refDate : null;
  }

  /**
   * After sentence `order`: its signings become the antecedent of what follows, and its dated claims (else its
   * last explicit date) the reference date. `claims` is null for a sentence without cues; `signedPlural`: it told
   * of agreements signed, in the plural, whether or not it named their partners.
   */
  leave(order: number, title: boolean, toks: readonly Token[], claims: readonly SentenceClaim[] | null, found: readonly DateExpr[], otherPair = false, signedPlural = false, signVerb = false): void {
    if (signedPlural && !title) this.lastSignedPlural = order;
    if (signVerb && !title) this.lastSignVerb = order;
    if (!title) for (const t of toks) if (OCCASION_NOUNS.has(t.lower)) this.gatherings.set(t.lower, order);
    // two other states signed a pact of their own: "the pact" / "similar deals" that follow are theirs
    if (otherPair) this.shifted = true;
    if (claims !== null) {
      if (!title && claims.some((c) => c.status === 'signed' || c.status === 'planned')) {
        if (this.lastSigning !== order - 1) this.runStart = order;
        this.lastSigning = order;
        this.lastStatus = claims.some((c) => c.status === 'signed') ? 'signed' : 'planned';
      }
      const dated = claims.filter((c) => c.date !== null);
      // "Belgium followed Spain, which signed the day before": a look back does not move the story's day
      const lookBack = found.some((d) => d.kind === 'anchor' && d.days < 0 && !d.previous);
      if (!title && dated.length > 0 && !(lookBack && this.refDate !== null)) {
        this.refDate = dated[dated.length - 1]!.date;
        this.refOrder = order;
        return;
      }
    }
    if (title) return;
    // the last explicit date of the text is what "a day earlier" counts from; a date in parentheses is a gloss
    // ("On June 13, ... (June 14, Japan time)"), not the day of the event
    let tense: 'past' | 'future' | null | undefined;
    for (const d of found) {
      if (inParentheses(toks, d.at)) continue;
      // a day named by weekday or "yesterday", in the sentence's own tense, dates the occasion the next sentence
      // may open on ("hosted forty leaders on Thursday. On the sidelines, ... signed"), unless it dates a
      // statement ("the office said on Thursday"); "the same day" further on still counts from explicit dates
      if (d.kind === 'weekday' || d.kind === 'relative') {
        const stated = reportedDate(toks, d.at);
        const said = (tense ??= sentenceTense(toks)) ?? (stated ? 'past' : null);
        if (said === null) continue;
        const day = resolveDate(d, said, this.dates);
        if (day === null) continue;
        // (a statement's day, "Fiala said on Thursday", is only where its speaker was: the place a later "signed
        // there" points to, when no sentence dated anything before; its verb of saying is a past)
        if (stated) {
          if (this.statedDay === null && this.occasionDay === null && this.refDate === null) this.statedDay = day;
          continue;
        }
        this.occasionDay = day;
        this.occasionOrder = order;
        continue;
      }
      if (d.kind !== 'absolute') continue;
      const r = resolveDate(d, 'none', this.dates);
      if (r === null) continue;
      this.refDate = r;
      this.refOrder = order;
    }
  }
}

/** Is token i inside an open parenthesis (looking back a few tokens)? */
function inParentheses(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    if (toks[j]!.text === ')') return false;
    if (toks[j]!.text === '(') return true;
  }
  return false;
}
