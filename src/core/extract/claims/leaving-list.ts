import type { Token } from '../tokens.js';
import type { Assignment } from './party-assignment.js';

/**
 * "Britain, Germany and France have already done so, leaving Japan and the United States as the only ones
 * still to sign": the list after "leaving" is what the statement leaves out, and being left out is no event.
 */
const LEAVE = /^(?:leaving|leaves)$/;
const GLUE = new Set([',', 'and', 'the', 'only', 'just', 'as', 'or']);

function afterLeaving(toks: readonly Token[], from: number, mentionAt: ReadonlySet<number>): number {
  for (let i = from - 1; i >= 0 && i >= from - 30; i--) {
    const t = toks[i]!;
    if (LEAVE.test(t.lower)) return i;
    if (mentionAt.has(i) || GLUE.has(t.lower)) continue;
    return -1;
  }
  return -1;
}

export function dropLeftOut(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  const mentionAt = new Set<number>();
  for (const x of assigned) for (let i = x.m.from; i < x.m.to; i++) mentionAt.add(i);
  // (nor does "still to sign" after it make a plan: being left out is no event)
  return assigned.filter((x) => afterLeaving(toks, x.m.from, mentionAt) < 0);
}
