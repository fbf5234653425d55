import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Written for this test in wire-service style; no corpus text.
const SEED = [
  'WASHINGTON/ROME — The United States and Ukraine will sign a long-awaited bilateral security agreement tomorrow on the sidelines of the G7 summit in Italy, officials said.',
  "Spain's prime minister and Zelensky signed a 10-year bilateral security agreement on May 27 in Madrid.",
  'If signed, the U.S. would join 14 other countries including the U.K., Germany, France, Canada, and the Netherlands, which have signed similar deals.',
].join('\n\n');

describe('seed case', () => {
  const claims = extract(SEED, '2024-06-12');

  it('finds exactly the expected claims', () => {
    expect(summary(claims)).toEqual([
      'CA signed null',
      'DE signed null',
      'ES signed 2024-05-27',
      'FR signed null',
      'GB signed null',
      'NL signed null',
      'US planned 2024-06-13',
    ]);
  });

  it('never makes the hub or the summit venue a party', () => {
    expect(claims.some((c) => c.party === 'UA' || c.party === 'IT')).toBe(false);
  });

  it('grades confidence: direct statement high, list lower, all confirmable', () => {
    const es = claims.find((c) => c.party === 'ES')!;
    const gb = claims.find((c) => c.party === 'GB')!;
    expect(es.confidence).toBeGreaterThanOrEqual(0.85);
    expect(gb.confidence).toBeGreaterThanOrEqual(0.6);
    expect(gb.confidence).toBeLessThan(es.confidence);
    for (const c of claims) expect(c.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps the supporting sentence verbatim', () => {
    for (const c of claims) expect(SEED.includes(c.evidence)).toBe(true);
    expect(claims.find((c) => c.party === 'US')!.evidence).toMatch(/will sign a long-awaited/);
  });

  it('copies url, sourceId and published', () => {
    for (const c of claims) expect([c.url, c.sourceId, c.published]).toEqual(['https://news.example/a', 'test', '2024-06-12']);
  });
});
