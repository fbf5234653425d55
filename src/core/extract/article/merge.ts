import type { Status } from '../../schemas/status.js';
import type { SentenceClaim } from '../claims/types.js';

/** A sentence's claim with where it was found: its evidence, its sentence's position, headline or body. */
export interface Candidate extends SentenceClaim {
  readonly evidence: string;
  readonly order: number;
  readonly title: boolean;
}

/**
 * One claim per (party, status): the strongest support, and a date from the strongest sentence that gives one.
 * The body outranks the headline: a headline's "signs" gives way to a body that has the same party still to
 * sign on a later day, and parties a headline names together share the day the body gives one of them.
 */
export function merge(cands: readonly Candidate[], published: string | null): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const key = `${c.party}|${c.status}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const merged = new Map<string, Candidate>();
  for (const [key, g] of groups) {
    const best = [...g].sort((a, b) => b.confidence - a.confidence || a.order - b.order)[0]!;
    const dated = [...g].filter((c) => c.date !== null).sort((a, b) => Number(a.title) - Number(b.title) || b.confidence - a.confidence || a.order - b.order)[0];
    const pick = dated ?? best;
    merged.set(key, { ...pick, confidence: best.confidence, order: Math.min(...g.map((c) => c.order)), title: g.every((c) => c.title), background: g.every((c) => c.background === true) });
  }
  // "the text is agreed" beside a plan or signing of that party: a stage on the way, not news of its own
  for (const [key, c] of merged) {
    // (or a refusal: "declined to sign a text that had been agreed")
    if (c.status === 'negotiating' && c.background && (merged.has(`${c.party}|planned`) || merged.has(`${c.party}|signed`) || merged.has(`${c.party}|refused`))) merged.delete(key);
  }
  // "Norway signs security agreement" over a body that only says it will be signed: the headline's present
  // is that plan (a body that also reports the signing keeps it)
  for (const [key, c] of merged) {
    if (c.status !== 'signed' || !c.title) continue;
    const plan = merged.get(`${c.party}|planned`);
    if (plan && !plan.title && (plan.date === null || (published !== null && plan.date > published))) merged.delete(key);
  }
  // an article that reports a party's signing makes its talks background ("Formal talks began in late May")
  for (const [key, c] of merged) {
    if (c.status === 'negotiating' && (merged.has(`${c.party}|signed`) || merged.has(`${c.party}|ratified`))) merged.delete(key);
  }
  // "will be signed within the hour" and, later, "have now put pen to paper": an undated plan was the run-up
  for (const [key, c] of merged) {
    if (c.status === 'planned' && c.date === null && merged.has(`${c.party}|signed`)) merged.delete(key);
  }
  // "Portugal signs security deal" over a body saying it will sign tomorrow
  for (const [key, c] of merged) {
    if (c.status !== 'signed' || !c.title || published === null) continue;
    const plan = merged.get(`${c.party}|planned`);
    if (plan && !plan.title && plan.date !== null && plan.date > published) merged.delete(key);
  }
  // "US and Japan sign ... at G7": the headline's parties share the body's day for that signing
  const titleCues = new Map<number, Candidate[]>();
  for (const c of cands) if (c.title) titleCues.set(c.cueId, [...(titleCues.get(c.cueId) ?? []), c]);
  for (const list of titleCues.values()) {
    if (list.length < 2) continue;
    const days = new Set(list.map((c) => merged.get(`${c.party}|${c.status}`)?.date).filter((d): d is string => typeof d === 'string'));
    if (days.size !== 1) continue;
    const day = [...days][0]!;
    for (const c of list) {
      const m = merged.get(`${c.party}|${c.status}`);
      if (m && m.date === null) merged.set(`${c.party}|${c.status}`, { ...m, date: day });
    }
  }
  return [...merged.values()].sort((a, b) => a.order - b.order || rank(a.status) - rank(b.status));
}
const ORDER: readonly Status[] = ['signed', 'planned', 'negotiating', 'ratified', 'refused', 'terminated'];
function rank(s: Status): number {
  return ORDER.indexOf(s);
}
