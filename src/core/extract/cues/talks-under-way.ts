import { wordSet } from './trigger.js';

/** Verbs of talks (or work) under way after their noun: "talks continue", "negotiations are under way". */
const TALKS_AFTER = wordSet('started begun began opened resumed continue continues continuing under underway progressing advancing proceeding ongoing active intensive');
/** words that may stand between the talks and their verb ("talks have also started") */
const TALK_AUX = /^(?:have|has|had|is|are|was|were|also|now|already|formally|still)$/;

/** "talks continue", "talks have also started": a verb of talks under way at word j (after an auxiliary or adverb). */
export function talksGoOn(w: readonly string[], j: number): boolean {
  return [0, 1, 2].some((d) => (TALKS_AFTER.has(w[j + d] ?? '') || finalStageAt(w, j + d, true) > 0 || advancedAt(w, j + d)) && (d === 0 || TALK_AUX.test(w[j]!)));
}

const DEGREE = wordSet('well far further more most furthest farthest');

/**
 * "are the most advanced", "is well advanced", "are furthest along": talks said to have come a long way, still
 * going on (a degree word is needed: a bare "advanced" may be an adjective of something else).
 */
function advancedAt(w: readonly string[], j: number): boolean {
  // "are nearing completion", "are nearing a conclusion"
  if (w[j] === 'nearing') return /^(?:completion|conclusion|finalisation|finalization)$/.test(w[j + 1] ?? '');
  const k = w[j] === 'the' ? j + 1 : j;
  if (!DEGREE.has(w[k] ?? '')) return false;
  return w[k + 1] === 'advanced' || w[k + 1] === 'along';
}

const STAGE_ADJECTIVES = wordSet('final last closing concluding advanced');
/** "talks are at an exploratory stage", "in an early phase": talks just begun are talks under way all the same */
const EARLY_STAGE_ADJECTIVES = wordSet('early initial preliminary exploratory first');
const STAGES = wordSet('stage stages phase phases stretch');

/**
 * "at the final stage", "in the last phase", "at an advanced stage": the words of a stage of work still going on
 * at word j; their length, else 0. A stage with no adjective ("at this stage") is a time, not a state. With
 * `early`, a first stage counts too (for talks named before it: begun, so under way).
 */
export function finalStageAt(w: readonly string[], j: number, early = false): number {
  if (w[j] !== 'at' && w[j] !== 'in') return 0;
  let k = j + 1;
  if (/^(?:the|its|their|our|an|a)$/.test(w[k] ?? '')) k++;
  const adjective = STAGE_ADJECTIVES.has(w[k] ?? '') || (early && EARLY_STAGE_ADJECTIVES.has(w[k] ?? ''));
  if (!adjective || !STAGES.has(w[k + 1] ?? '')) return 0;
  return k + 2 - j;
}
