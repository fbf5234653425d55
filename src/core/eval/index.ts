export { CorpusLineSchema, GoldEventSchema, parseCorpus, CorpusLineError, type CorpusLine, type GoldEvent } from './corpus.js';
export { scoreCorpus, type EvalReport, type Mistake, type Predict, type Predicted, type ScoreOptions, type Counts, type PRF } from './score.js';
