import type { Status } from '../../schemas/status.js';

/**
 * Status cues: where a sentence says an agreement was signed, will be, is being negotiated, was refused
 * or ratified — with tense and modality read from the few words before the verb. A cue whose status is
 * `null` is a blocked one ("will not be signed", "if signed", "was expected to sign"): it still claims
 * the parties near it, so they are not given another cue's status.
 */
export interface Trigger {
  /** token index */
  readonly at: number;
  readonly status: Status | null;
  readonly hedged: boolean;
  /** cue family: negotiation cues must sit next to an agreement reference */
  readonly family: 'sign' | 'negotiate' | 'refuse' | 'ratify' | 'terminate';
  /** ratify/negotiate/refuse/terminate and the vaguer signing verbs need the agreement close by */
  readonly refWindow: number;
  /** "sign"/"conclude" in the bare present: a headline's past, or a generic statement in body text */
  readonly barePresent?: boolean;
  /** "signs" in the present ("Japan signs its own accord"): a headline's past, like the bare present */
  readonly present3?: boolean;
  /** the agreement must follow the cue ("sealed a ten-year accord", "now have security agreements") */
  readonly forward?: boolean;
  /** the agreement must precede the cue, as its subject ("an agreement with Portugal is expected next week") */
  readonly backward?: boolean;
  /**
   * a verb with no object of its own ("Copenhagen had signed in Lviv", "Berlin and Paris followed"): it may
   * point back at the agreement of the sentence before, and only a party named with it can take it
   */
  readonly objectless?: boolean;
  /** a passive negotiation cue ("the draft is being discussed"): its draft stands before it */
  readonly passive?: boolean;
  /** needs its party in the sentence: never resolved to the article's main partner */
  readonly direct?: boolean;
  /** the event has no date of its own ("will not sign"): the sentence's dates are not its date */
  readonly undated?: boolean;
  /** the event's date is read only from this token on ("will not sign on Monday, but on Friday") */
  readonly datedFrom?: number;
  /** holds only with the hub in the sentence ("now have security agreements with Ukraine") */
  readonly needsHub?: boolean;
  /**
   * with no agreement of its own, the cue may take the article's topic agreement when one was named in
   * the sentences just before ("Hungary and Slovakia have also declined.", "Stockholm and Oslo have opened talks")
   */
  readonly topical?: boolean;
  /** a hope to sign ("hoped to conclude them soon"): beside talks, the aim of those talks, not a plan */
  readonly aim?: boolean;
  /** a stage reached ("the text is agreed"): background to the same party's plan or signing (merge.ts) */
  readonly background?: boolean;
  /**
   * a place in the series of signatories ("the next to sign", "the ninth country to sign"): the series is the
   * one the article is about, however many sentences ago it was named
   */
  readonly series?: boolean;
  /**
   * a plan told as the purpose of a journey ("travels to Madrid for the signing"): its destination is the party
   * when no other is named; 'made' for a journey in the past ("headed to Paris for a signing"), dated as past
   */
  readonly journey?: 'ahead' | 'made';
  /**
   * a pronoun listing agreements ("Recent ones include Ireland", "Among the others are Denmark"): it holds only
   * when the sentences just before told of agreements signed, in the plural (its antecedent)
   */
  readonly signedBefore?: boolean;
  /**
   * "Sofia decided not to.": the verb is left out, and what it stands for is the verb of signing of the sentence
   * before (it holds only after one)
   */
  readonly elided?: boolean;
  /**
   * bare "signatories" listing ("Among the signatories are ..."): they may be another act's, which the article
   * decides (article/whose-signatories.ts)
   */
  readonly signatories?: boolean;
}

/** How a signing verb reads in its sentence: the status (null: blocked), hedging, and the dating hints. */
export type SignReading = { status: Status | null; hedged: boolean; barePresent?: boolean; present3?: boolean; undated?: boolean; datedFrom?: number; aim?: boolean; forward?: boolean; series?: boolean };

/** A set from a space-separated word list (the cue lexicons are written as prose-like lists). */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
