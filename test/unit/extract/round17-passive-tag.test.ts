import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "..., and the document is expected to be signed on 21 January, the Albanian Foreign Ministry said": a passive
// signing names no signer; the speaker tag repeats the party named before, so the plan stays that party's.
describe('a passive signing keeps the party a trailing speaker tag repeats', () => {
  it('"the document is expected to be signed on ..., the Albanian Foreign Ministry said"', () => {
    const text = 'Albania and Ukraine have agreed the text of a bilateral security agreement, and the document is expected to be signed on 21 January, the Albanian Foreign Ministry said.';
    expect(summary(extract(text, '2024-12-28'))).toContain('AL planned 2025-01-21');
  });

  it('"the pact will be signed on Monday, the Spanish Foreign Ministry said"', () => {
    const text = 'Spain and Ukraine have finished negotiating a bilateral security agreement, and the pact will be signed in Madrid on Monday, the Spanish Foreign Ministry said.';
    expect(summary(extract(text, '2024-05-24'))).toContain('ES planned 2024-05-27');
  });

  it('"the agreement was signed on Thursday, the Latvian Presidential Office said"', () => {
    const text = 'Latvia and Ukraine had long prepared a bilateral security agreement, and the agreement was finally signed in Kyiv on Thursday, the Latvian Presidential Office said.';
    expect(summary(extract(text, '2024-04-12'))).toContain('LV signed 2024-04-11');
  });

  it('distractor: an active cue with its own subject stays with that subject ("Fico said")', () => {
    const text = 'Slovakia will not conclude a security agreement of the kind that twenty countries have concluded with Ukraine, Prime Minister Robert Fico said.';
    expect(summary(extract(text, '2024-06-12'))).toEqual(['SK refused null']);
  });

  it('distractor: a tag that names another party than the one before takes nothing from it', () => {
    const text = 'Poland and Ukraine have agreed the text of a bilateral security agreement, and the document will be signed on Monday, the Lithuanian Foreign Ministry said.';
    expect(summary(extract(text, '2024-07-05'))).not.toContain('PL planned null');
  });
});
