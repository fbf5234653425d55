import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "has yet to open formal talks": the verb that would open the talks is itself still to come, so no talks are
// under way (the cue is blocked and keeps its party from other cues).
describe('talks "yet to" be opened are no talks', () => {
  it('reads "has yet to open formal talks"', () => {
    expect(summary(extract('Bulgaria has yet to open formal talks on a security agreement with Ukraine.', '2024-08-20'))).toEqual([]);
  });

  it('reads "has yet to start negotiations"', () => {
    expect(summary(extract('Greece has yet to start negotiations on a bilateral security agreement with Ukraine.', '2024-08-20'))).toEqual([]);
  });

  it('reads "is yet to begin negotiating"', () => {
    expect(summary(extract('Croatia is yet to begin negotiating a security agreement with Ukraine.', '2024-08-20'))).toEqual([]);
  });

  it('reads "has still to launch negotiations" beside talks that go on', () => {
    expect(summary(extract('Ireland has still to launch negotiations on a security agreement with Ukraine, while Greece is negotiating one.', '2024-08-20'))).toEqual(['GR negotiating null']);
  });

  it('distractor: talks opened are talks', () => {
    expect(summary(extract('Cyprus has opened formal talks on a security agreement with Ukraine.', '2024-08-20'))).toEqual(['CY negotiating null']);
  });

  it('distractor: "yet to begin" in the clause before does not reach the next one', () => {
    expect(summary(extract('Talks with Greece have yet to begin; negotiations with Ireland on a security agreement with Ukraine are continuing.', '2024-08-20'))).toEqual(['IE negotiating null']);
  });
});
