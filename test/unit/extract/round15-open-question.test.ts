import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2025-01-20';

describe('"whether" with a modal before the signing verb is an open question, not a plan', () => {
  it('however long the subject between them', () => {
    expect(summary(extract('Zhelyazkov has not said whether his new coalition government will sign the security agreement with Ukraine.', P))).toEqual([]);
    expect(summary(extract('Nobody in Sofia knows whether the incoming Bulgarian cabinet would sign the security agreement with Ukraine.', P))).toEqual([]);
    expect(summary(extract('Slovak officials would not say whether the government in Bratislava could put its name to a security agreement with Ukraine.', P))).toEqual([]);
  });

  it('distractors: a participle after "whether", a plan in another clause', () => {
    expect(summary(extract('Kyiv counts 28 bilateral security agreements. Other outlets give 27, depending on whether the Albanian document signed in Davos last week is included.', P))).toEqual(['AL signed null']);
    expect(summary(extract('Bulgaria will sign the security agreement with Ukraine on Thursday, whether or not the opposition objects.', P))).toEqual(['BG planned 2025-01-23']);
  });
});
