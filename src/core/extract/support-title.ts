/**
 * "a security cooperation and long-term support agreement", "the support and cooperation agreement": the
 * titles of the type ("agreement on security cooperation and long-term support", "on support for Ukraine and
 * cooperation") turned into pre-modifiers. The noun before the agreement is then one half of the pair and the
 * other half stands a few words before it, joined by "and".
 */
const PAIR: Readonly<Record<string, string>> = { support: 'cooperation', cooperation: 'support' };
/** How far back the other half of the pair may stand ("cooperation and long term support"). */
const REACH = 5;

/** Is the agreement noun at word k pre-modified by the support-and-cooperation pair? */
export function supportTitleBefore(w: readonly string[], k: number): boolean {
  const other = PAIR[w[k - 1] ?? ''];
  if (!other) return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - REACH; j--) {
    if (w[j] === other) return w.slice(j + 1, k - 1).includes('and');
  }
  return false;
}
