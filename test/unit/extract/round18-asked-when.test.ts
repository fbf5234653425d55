import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "did not say when the agreement might be signed", "it is unclear when it will be signed": "when" after a verb of
// saying or knowing asks a question; like "whether", it announces no signing.
const LEAD = "Canada and Ukraine have formally begun negotiating a long-term security agreement, officials said.\n\nDefence Minister Bill Blair has said Canada's commitment to Ukraine will not waver.\n\n";

describe('a signing asked about with "when" is no plan', () => {
  it('reads "did not say when the agreement might be signed"', () => {
    expect(summary(extract(LEAD + 'The official did not say when the agreement might be signed.', '2024-01-26'))).toEqual(['CA negotiating null']);
  });

  it('reads "it is unclear when the agreement will be signed"', () => {
    expect(summary(extract(LEAD + 'It is unclear when the agreement will be signed.', '2024-01-26'))).toEqual(['CA negotiating null']);
  });

  it('reads "has not said exactly when the document could be signed"', () => {
    expect(summary(extract(LEAD + 'Ottawa has not said exactly when the document could be signed.', '2024-01-26'))).toEqual(['CA negotiating null']);
  });

  it('reads a passive after "whether" too', () => {
    expect(summary(extract(LEAD + 'It is unclear whether the agreement will be signed this year.', '2024-01-26'))).toEqual(['CA negotiating null']);
  });

  it('distractor: "when" of the time of a signing still announces it', () => {
    expect(summary(extract(LEAD + 'The official said the agreement would be signed when Trudeau visits Kyiv.', '2024-01-26'))).toEqual(['CA negotiating null', 'CA planned null']);
  });

  it('distractor: a plain announcement stays a plan', () => {
    expect(summary(extract(LEAD + 'The official said the agreement will be signed soon.', '2024-01-26'))).toEqual(['CA negotiating null', 'CA planned null']);
  });
});
