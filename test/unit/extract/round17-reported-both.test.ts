import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"Officials said both (neighbours) ...": "both" opening a reported clause is the pair the sentence before named', () => {
  it('the speakers\' state before the reporting verb is not the pair', () => {
    expect(summary(extract('Latvia signed a bilateral security agreement with Ukraine on Thursday. Estonia and Lithuania have not yet signed similar documents with Ukraine. Latvian officials said both neighbours were expected to conclude theirs before the summit.', '2024-04-12'))).toEqual(['EE planned null', 'LT planned null', 'LV signed 2024-04-11']);
    expect(summary(extract('Finland signed a security agreement with Ukraine on Wednesday. Sweden and Norway have not signed yet. A Finnish diplomat said that both countries were expected to sign theirs in the spring.', '2024-04-04'))).toEqual(['FI signed 2024-04-03', 'NO planned null', 'SE planned null']);
    expect(summary(extract('Spain signed a bilateral security agreement with Ukraine on Monday. Belgium and Portugal are next in line. The Spanish minister added that both would sign theirs within days.', '2024-05-28'))).toEqual(['BE planned null', 'ES signed 2024-05-27', 'PT planned null']);
  });

  it('distractors: "both" with no reporting verb before it, or a sentence before that named no pair', () => {
    expect(summary(extract('Latvia signed a bilateral security agreement with Ukraine on Thursday. Latvian officials and both neighbours were at the ceremony.', '2024-04-12'))).toEqual(['LV signed 2024-04-11']);
    expect(summary(extract('Latvia signed a bilateral security agreement with Ukraine on Thursday. The drone coalition is a separate initiative. Latvian officials said both neighbours were expected to conclude theirs before the summit.', '2024-04-12'))).toEqual(['LV signed 2024-04-11']);
  });
});
