import type { Status } from '../schemas/status.js';
import type { RefKind } from './kind.js';

/**
 * How much one sentence's support for a claim is worth. A direct statement ("X and Ukraine signed a
 * bilateral security agreement on D") is ≈ 0.9; a member of a long list ≈ 0.7; hedged wording and
 * claims resolved by coreference (the article's main partner) fall below the 0.6 at which a single
 * press source confirms a change.
 */
export interface ConfidenceInput {
  readonly status: Status;
  readonly ref: RefKind;
  readonly hubInSentence: boolean;
  readonly listSize: number;
  readonly hedged: boolean;
  readonly title: boolean;
  readonly via: 'direct' | 'visit' | 'topic';
  /** the agreement was not named in the sentence but carried by the article's topic */
  readonly topical?: boolean;
}

const BASE: Record<Status, number> = {
  signed: 0.9,
  planned: 0.85,
  negotiating: 0.8,
  refused: 0.8,
  ratified: 0.85,
  terminated: 0.8,
};

export function confidenceOf(c: ConfidenceInput): number {
  if (c.via === 'visit') return c.hedged ? 0.45 : 0.6;
  if (c.via === 'topic') return c.hedged ? 0.4 : 0.55;
  let v = BASE[c.status];
  if (c.ref === 'anaphoric') v *= c.hubInSentence ? 0.95 : 0.88;
  else if (c.ref === 'weak') v *= 0.85;
  if (!c.hubInSentence && c.ref === 'strong') v *= 0.95;
  if (c.title) v = Math.min(v, 0.85);
  if (c.listSize >= 3) v = Math.min(v, 0.7);
  if (c.hedged) v *= 0.6;
  // below the single-source threshold: such a claim needs corroboration
  if (c.topical) v = Math.min(v, 0.55);
  return Math.round(v * 100) / 100;
}
