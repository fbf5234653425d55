import type { Mention } from './mentions.js';

const WEIGHT = { partner: 2, visit: 1, modifier: 1, place: 0, hub: 0 } as const;

/**
 * The article's main partner: the country it keeps naming, weighted by role, the headline counting
 * double. Used only to resolve a sentence that names no party ("The agreement was forged on ...").
 * No clear winner → null, and such sentences give nothing.
 */
export function topicParty(perSentence: readonly { mentions: readonly Mention[]; title: boolean }[], hub: string): string | null {
  const score = new Map<string, number>();
  for (const s of perSentence) {
    for (const m of s.mentions) {
      if (m.role === 'hub' || m.codes.length !== 1) continue;
      const code = m.codes[0]!;
      if (code === hub) continue;
      score.set(code, (score.get(code) ?? 0) + WEIGHT[m.role] * (s.title ? 2 : 1));
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3) return null;
  if (second && second[1] * 1.5 > first[1]) return null;
  return first[0];
}
