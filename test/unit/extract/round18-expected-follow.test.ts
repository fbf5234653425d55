import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Commentary runs long between the signings it tells and the ones it expects: "Kyiv wanted a wave of signatures,
// and Rome and Ottawa are expected to follow". What they follow is the signings the sentence names, the series of
// the article's agreements however many sentences on money came between.

const GAP = 'Berlin attached a large aid package. Paris promised more money this year. London had already announced its budget. Critics were unimpressed. Sceptics remain.';

describe('"... signatures ..., and X is expected to follow": a plan to follow the signings the sentence names', () => {
  it('a plan of following after a noun of signings, far from the last signing told', () => {
    expect(summary(extract(`Germany and France signed security agreements with Ukraine on Friday. ${GAP} Kyiv hoped for more signatures before the anniversary, and Rome and Ottawa are expected to follow within days.`, '2024-02-20'))).toEqual(['CA planned null', 'DE signed 2024-02-16', 'FR signed 2024-02-16', 'IT planned null']);
    expect(summary(extract(`Latvia signed a bilateral security agreement with Kyiv on Thursday. ${GAP} The signings are meant to continue: Lithuania is set to follow next month.`, '2024-02-20'))).toEqual(['LT planned null', 'LV signed 2024-02-15']);
    expect(summary(extract(`Spain signed a security pact with Ukraine on Monday. ${GAP} Zelensky wants a string of signings before the summit; Belgium and Portugal will follow.`, '2024-02-20'))).toEqual(['BE planned null', 'ES signed 2024-02-19', 'PT planned null']);
  });
  it('distractors: another act between the signings and the follower, no noun of signings', () => {
    expect(summary(extract(`Spain signed a security pact with Ukraine on Monday. ${GAP} Zelensky wants more signatures, and Belgium pledged jets that Portugal is expected to follow.`, '2024-02-20'))).toEqual(['ES signed 2024-02-19']);
    expect(summary(extract(`Spain signed a security pact with Ukraine on Monday. ${GAP} Belgium pledged new jets, and Portugal is expected to follow.`, '2024-02-20'))).toEqual(['ES signed 2024-02-19']);
  });
});
