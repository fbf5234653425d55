import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

// Deterministic pseudo-random words (no Math.random: the test must not flake).
function words(n: number): string {
  const vocab = ['Ukraine', 'signed', 'security', 'agreement', 'with', 'Spain', 'the', 'and', 'will', 'sign', 'on', 'May', '27', 'talks', 'Russia', 'France,', 'Germany.', 'if', 'not', 'similar', 'deals', 'in', 'Washington', 'today'];
  let x = 12345;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(vocab[x % vocab.length]!);
    if (i % 37 === 36) out.push('\n');
  }
  return out.join(' ');
}

describe('linear-time safety', () => {
  it('a 1 MB article of random words returns claims', () => {
    const text = words(180_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const claims = extract(text);
    expect(Array.isArray(claims)).toBe(true);
    for (const c of claims) expect(c.party).not.toBe('UA');
  });

  it('a 1 MB single line with no punctuation returns', () => {
    const text = 'Spain signed security agreement with Ukraine '.repeat(23_000) + 'a'.repeat(10_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const claims = extract(text);
    expect(claims.map((c) => c.party)).toEqual(['ES']);
  });

  it('a sentence that ends on a spaced dash returns ("- Who has signed? -", a factbox heading)', () => {
    const text = 'Ukraine has signed bilateral security agreements with many partners.\n\n- Who has signed? -\n\nBritain signed first.';
    expect(extract(text).map((c) => `${c.party} ${c.status}`)).toEqual(['GB signed']);
  });

  it('pathological punctuation returns', () => {
    expect(extract('.'.repeat(500_000) + ' '.repeat(500_000) + 'x')).toEqual([]);
    expect(extract('U.'.repeat(300_000))).toEqual([]);
  });
});
