import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"There will be no X-Ukrainian security agreement": an agreement denied for the future is a refusal', () => {
  it('refusals', () => {
    expect(summary(extract('There will be no Slovak-Ukrainian security agreement, the prime minister said.', '2024-07-12'))).toEqual(['SK refused null']);
    expect(summary(extract('Orbán told the radio there would be no bilateral security pact between Hungary and Ukraine.', '2024-07-12'))).toEqual(['HU refused null']);
    expect(summary(extract('"There will be no such security deal from Hungary with Kyiv," the minister said.', '2024-07-12'))).toEqual(['HU refused null']);
  });

  it('distractors: put off to a time or occasion, or no agreement at all', () => {
    expect(summary(extract('There will be no Slovak-Ukrainian security agreement at the summit, officials said.', '2024-07-12'))).toEqual([]);
    expect(summary(extract('There will be no security agreement between Hungary and Ukraine before the elections.', '2024-07-12'))).toEqual([]);
    expect(summary(extract('There will be no range restrictions on the missiles Hungary sends to Ukraine.', '2024-07-12'))).toEqual([]);
  });
});
