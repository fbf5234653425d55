import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"used <occasion> to sign": the occasion put to use, with its day, place or an aside', () => {
  it('a signing done', () => {
    expect(summary(extract('Edi Rama and Volodymyr Zelensky used their Tuesday talks in Davos, where both were guests of the forum, to sign a long-term security agreement for Albania and Ukraine.', '2025-01-22'))).toEqual(['AL signed 2025-01-21']);
    expect(summary(extract('Biden used the G7 summit in Apulia to sign a security agreement with Ukraine.', '2024-06-14'))).toEqual(['US signed null']);
  });

  it('a future use is a plan; a passive use names no signer', () => {
    expect(summary(extract('Biden will use the G7 summit in Apulia to sign a security agreement with Ukraine.', '2024-06-10'))).toEqual(['US planned null']);
    expect(summary(extract('The summit was used to sign a security agreement with Ukraine.', '2024-06-14'))).toEqual([]);
  });
});

describe('"there will be no <party> agreement" is a refusal', () => {
  it('the party as adjective or after "between"', () => {
    expect(summary(extract('There will be no Hungarian security agreement with Ukraine, the foreign minister said.', '2024-07-03'))).toEqual(['HU refused null']);
    expect(summary(extract('There will be no security agreement between Slovakia and Ukraine, Fico said.', '2024-07-03'))).toEqual(['SK refused null']);
  });

  it('distractors: another act ruled out, or "no delay" before a plan', () => {
    expect(summary(extract('There will be no minerals deal with Ukraine, Orban said.', '2024-07-03'))).toEqual([]);
    expect(summary(extract('There will be no delay: the security agreement with Ukraine will be signed by Poland on Monday.', '2024-07-03'))).toEqual(['PL planned 2024-07-08']);
  });
});
