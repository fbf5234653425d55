import type { Token } from '../tokens.js';
import type { Trigger } from './trigger.js';

/** A sentence as the cue readers see it: its tokens, and its words with their token indexes (word-view.ts). */
export interface CueSentence {
  readonly toks: readonly Token[];
  readonly w: readonly string[];
  readonly at: readonly number[];
}

/**
 * Reads the cue a family opens at word k: a trigger; null when the word is the family's but opens no cue
 * here ("peace talks", "have signed"), so no later family reads it; undefined when the word is not the family's.
 */
export type CueReader = (s: CueSentence, k: number) => Trigger | null | undefined;
