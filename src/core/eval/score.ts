import type { ArticleInput } from '../schemas/claim.js';
import type { Status } from '../schemas/status.js';
import { STATUSES } from '../schemas/status.js';
import type { CorpusLine } from './corpus.js';

/** What the scorer needs from a prediction (a Claim fits). */
export interface Predicted {
  readonly party: string;
  readonly status: Status;
  readonly date: string | null;
  readonly evidence?: string;
}

export type Predict = (article: ArticleInput) => readonly Predicted[];

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface Counts extends PRF {
  articles: number;
  gold: number;
  predicted: number;
  truePositives: number;
  dateAccuracy: number;
}

export interface Mistake {
  id: string;
  kind: 'missed' | 'spurious' | 'date';
  party: string;
  status: Status;
  goldDate?: string | null;
  predictedDate?: string | null;
  evidence?: string;
}

/** DESIGN §7. Ratios with a zero denominator are 0. `byLang` is an extra. */
export interface EvalReport extends Counts {
  byStatus: Partial<Record<Status, PRF>>;
  mistakes: Mistake[];
  byLang: Record<string, Counts>;
}

export interface ScoreOptions {
  /** keep only lines whose `lang` equals this (a line without `lang` never matches) */
  lang?: string;
  /** how many mistakes to list (50) */
  maxMistakes?: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

interface Tally {
  articles: number;
  gold: number;
  predicted: number;
  tp: number;
  dated: number;
  datedRight: number;
}

const emptyTally = (): Tally => ({ articles: 0, gold: 0, predicted: 0, tp: 0, dated: 0, datedRight: 0 });

function countsOf(t: Tally): Counts {
  return {
    articles: t.articles,
    gold: t.gold,
    predicted: t.predicted,
    truePositives: t.tp,
    ...prf(t.tp, t.predicted, t.gold),
    dateAccuracy: round(ratio(t.datedRight, t.dated)),
  };
}

/** One entry per (party, status); the first one seen wins (its date and evidence). */
function dedupe<T extends { party: string; status: Status }>(items: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) {
    const k = `${it.party}|${it.status}`;
    if (!m.has(k)) m.set(k, it);
  }
  return m;
}

/**
 * Score a predictor on labelled lines (DESIGN §7): a prediction is a true positive when its
 * (party, status) equals a gold event's in the same article; predictions on `"events": []` lines are
 * false positives; `dateAccuracy` is the share of matched events with a gold date whose predicted date
 * is equal. Lines without `events` are not labelled and are skipped.
 */
export function scoreCorpus(lines: readonly CorpusLine[], predict: Predict, options: ScoreOptions = {}): EvalReport {
  const maxMistakes = options.maxMistakes ?? 50;
  const total = emptyTally();
  const byLang = new Map<string, Tally>();
  const byStatus = new Map<Status, { tp: number; predicted: number; gold: number }>();
  const statusTally = (s: Status) => {
    let t = byStatus.get(s);
    if (!t) byStatus.set(s, (t = { tp: 0, predicted: 0, gold: 0 }));
    return t;
  };
  const mistakes: Mistake[] = [];
  const note = (m: Mistake): void => {
    if (mistakes.length < maxMistakes) mistakes.push(m);
  };

  for (const line of lines) {
    if (!line.events) continue;
    if (options.lang !== undefined && line.lang !== options.lang) continue;
    const lang = line.lang ?? 'unknown';
    let lt = byLang.get(lang);
    if (!lt) byLang.set(lang, (lt = emptyTally()));
    const gold = dedupe(line.events);
    const predicted = dedupe(predict({ title: line.title, text: line.text, published: line.published, url: line.url, sourceId: 'eval' }));
    for (const t of [total, lt]) {
      t.articles++;
      t.gold += gold.size;
      t.predicted += predicted.size;
    }
    for (const [k, p] of predicted) {
      statusTally(p.status).predicted++;
      const g = gold.get(k);
      if (!g) {
        note({ id: line.id, kind: 'spurious', party: p.party, status: p.status, predictedDate: p.date, ...(p.evidence !== undefined ? { evidence: p.evidence } : {}) });
        continue;
      }
      statusTally(p.status).tp++;
      for (const t of [total, lt]) t.tp++;
      if (g.date !== null) {
        for (const t of [total, lt]) t.dated++;
        if (p.date === g.date) for (const t of [total, lt]) t.datedRight++;
        else note({ id: line.id, kind: 'date', party: p.party, status: p.status, goldDate: g.date, predictedDate: p.date, evidence: p.evidence ?? g.evidence });
      }
    }
    for (const [k, g] of gold) {
      statusTally(g.status).gold++;
      if (!predicted.has(k)) note({ id: line.id, kind: 'missed', party: g.party, status: g.status, goldDate: g.date, evidence: g.evidence });
    }
  }

  const statusOut: Partial<Record<Status, PRF>> = {};
  for (const s of STATUSES) {
    const t = byStatus.get(s);
    if (t) statusOut[s] = prf(t.tp, t.predicted, t.gold);
  }
  const langOut: Record<string, Counts> = {};
  for (const [k, t] of [...byLang.entries()].sort((a, b) => b[1].articles - a[1].articles || a[0].localeCompare(b[0]))) langOut[k] = countsOf(t);
  const c = countsOf(total);
  return {
    articles: c.articles,
    gold: c.gold,
    predicted: c.predicted,
    truePositives: c.truePositives,
    precision: c.precision,
    recall: c.recall,
    f1: c.f1,
    dateAccuracy: c.dateAccuracy,
    byStatus: statusOut,
    mistakes,
    byLang: langOut,
  };
}
