import type { Status } from '../../schemas/status.js';
import type { Trigger } from '../cues/trigger.js';
import type { ResolveContext } from '../dates/resolve.js';
import type { DateExpr } from '../dates/expressions.js';
import type { AgreementRef } from '../kind.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';

/**
 * What the sentence-level rules are given (the article's context, the discourse so far, one analysed
 * sentence) and what they return (claims about one sentence, merged per article by index.ts).
 */

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
  /** the sentence just before told of agreements signed, in the plural: "Recent ones include ..." lists them */
  readonly signedPlural?: boolean;
  /** with `carry`: what the signing sentence before told, signings or only plans */
  readonly carried?: 'signed' | 'planned';
  /**
   * the date a yearless day of the story continues from: the recent reference date, else the last event date
   * when every sentence since it told a signing (a retrospective's sequence)
   */
  readonly storyDate?: string | null;
  /** the last event date the text gave: "a day earlier", "the same day" count from it */
  readonly refDate: string | null;
  /** refDate when one of the last sentences gave it: "Following the meeting, ..." counts only from there */
  readonly recentRefDate?: string | null;
  /** the kinds of gathering the last sentences named ("summit", "meeting"): what a bare "at the summit" refers to */
  readonly recentGatherings?: ReadonlySet<string>;
  /** the day of the occasion the text last told of, however far back (its weekday or its date; not a statement's) */
  readonly occasionDay?: string | null;
  /**
   * the day of the first statement the text dated ("Fiala said on Thursday"), when it dated no event before it:
   * where the speaker was that day is the place a later "signed there" points to
   */
  readonly statedDay?: string | null;
  /**
   * the tracked type was named in the last few sentences (or the headline) and no other agreement since:
   * "Hungary and Slovakia have also declined to sign" is about it
   */
  readonly topical?: boolean;
  /** the last agreement the text named was another kind: "The treaty, signed with ..." is that one */
  readonly shifted?: boolean;
  /** the sentence before blocked its one partner's signing ("has not yet concluded"): unnamed talks are its talks */
  readonly pending?: string;
  /** the one partner that opened the sentence before as its subject: "talks with Kyiv" next are its talks */
  readonly subject?: string;
  /** the two partners that opened the sentence before as its subject ("Trudeau and Meloni arrived ..."): "Both" next */
  readonly subjectPair?: readonly string[];
  /** the one partner the sentence before named through its leader ("Host Andrej Plenković said ..."): "he" next */
  readonly leader?: string;
  /** the sentence before had a verb of signing, whatever it said of it: an elided "decided not to" next leaves it out */
  readonly signVerbBefore?: boolean;
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
  /**
   * undated news of the day ("has signed", "is expected to ... sign"): dated by the page when it dates its story;
   * 'live': only on a live blog ("X and Zelensky sign ..." in an entry)
   */
  readonly dayOfStory?: boolean | 'live';
  /** the event has no date of its own ("will not sign") */
  readonly undated?: boolean;
  /** a stage reached ("the text is agreed"): dropped beside the same party's plan or signing */
  readonly background?: boolean;
}
