import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "infuriated fellow EU leaders": "fellow" makes the bloc's leaders the subject's peers, a description of who they
// are, like "EU governments"; the bloc itself does nothing.
describe('"fellow EU leaders" is no party', () => {
  it('reads it in a relative clause before a refusal', () => {
    expect(summary(extract('Slovakia, whose premier has often clashed with fellow EU leaders, refused to sign a security agreement with Ukraine.', '2024-07-10'))).toEqual(['SK refused null']);
  });

  it('reads it as the object of a verb of saying', () => {
    expect(summary(extract('Orbán told his fellow EU leaders that Hungary would not sign a bilateral security agreement with Ukraine.', '2024-07-10'))).toEqual(['HU refused null']);
  });

  it('reads it after "joined by" before a signing', () => {
    expect(summary(extract("Prime Minister Luc Frieden, joined by fellow EU leaders, signed Luxembourg's security agreement with Ukraine on Wednesday.", '2024-07-10'))).toEqual(['LU signed 2024-07-10']);
  });

  it('distractor: "EU leaders signed" is the bloc signing', () => {
    expect(summary(extract('EU leaders signed the joint security commitments with Ukraine on Thursday.', '2024-07-10'))).toEqual(['EU signed 2024-07-04']);
  });
});
