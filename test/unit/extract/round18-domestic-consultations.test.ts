import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Consultations a government holds at home, with its parliament's parties or its lawmakers, on whether to sign are
// no talks with the hub on the agreement.

const REFUSAL = "Slovakia's prime minister said on Monday he would not sign a security agreement with Ukraine.";

describe('"after consultations with the parliamentary parties": talks at home are no negotiation with the hub', () => {
  it('reads no talks from consultations with a state\'s own political bodies', () => {
    expect(summary(extract(`${REFUSAL} Fico changed course after consultations with the ruling parties.`, '2024-06-05'))).toEqual(['SK refused 2024-06-03']);
    expect(summary(extract(`${REFUSAL} Fico made up his mind after consultations with lawmakers.`, '2024-06-05'))).toEqual(['SK refused 2024-06-03']);
    expect(summary(extract(`${REFUSAL} Fico took the decision after consultations with the coalition, his office said.`, '2024-06-05'))).toEqual(['SK refused 2024-06-03']);
  });
  it('distractor: consultations with a partner state are still talks', () => {
    expect(summary(extract('Kyiv has started consultations with Lisbon on a bilateral security agreement.', '2024-04-05'))).toEqual(['PT negotiating null']);
  });
});
