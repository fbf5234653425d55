import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "Portugal will sign next week, and several other countries are negotiating": talks in a clause that counts its
// own unnamed states are theirs, not the sentence's one named partner's. And "the work with X is in an active
// phase" (officials' phrase for talks under way) is a stage of the work like "an advanced stage".

const BEFORE = 'Britain signed a security agreement with Ukraine in January.';

describe('"..., and several other countries are negotiating": counted unnamed states keep their clause\'s talks', () => {
  it('"several other countries", "about a dozen other countries", "many more member states"', () => {
    expect(summary(extract(`${BEFORE} Portugal will sign its agreement next week, and several other countries are negotiating similar texts.`, '2024-06-20'))).toEqual(['GB signed null', 'PT planned null']);
    expect(summary(extract(`${BEFORE} Sweden is expected to sign its security pact with Kyiv on Friday, while talks are under way with about a dozen other countries.`, '2024-06-20'))).toEqual(['GB signed null', 'SE planned 2024-06-21']);
    expect(summary(extract(`${BEFORE} Greece has said it will sign its security agreement soon, and officials say many more member states are drafting theirs.`, '2024-06-20'))).toEqual(['GB signed null', 'GR planned null']);
  });
  it('distractors: talks with no parties of their own, "the two countries" as both sides', () => {
    expect(summary(extract(`${BEFORE} Portugal's agreement will not be signed at the summit, because work on the final wording is still continuing.`, '2024-06-20'))).toEqual(['GB signed null', 'PT negotiating null']);
    expect(summary(extract(`${BEFORE} Zelensky said the two countries were still negotiating the text of Norway's agreement.`, '2024-06-20'))).toEqual(['GB signed null', 'NO negotiating null']);
  });
});

describe('"the work with X is in an active phase": an active stage is a stage of the work', () => {
  it('the work or the agreement at an active stage or phase', () => {
    expect(summary(extract(`${BEFORE} Zelensky said the work with Norway is in an active phase.`, '2024-06-20'))).toEqual(['GB signed null', 'NO negotiating null']);
    expect(summary(extract(`${BEFORE} Officials said work with Canada was at an active stage.`, '2024-06-20'))).toEqual(['CA negotiating null', 'GB signed null']);
    expect(summary(extract(`${BEFORE} A similar agreement with Greece is in an active phase, the ministry said.`, '2024-06-20'))).toEqual(['GB signed null', 'GR negotiating null']);
  });
  it('distractor: something else in an active phase', () => {
    expect(summary(extract(`${BEFORE} Sweden signed a security agreement with Ukraine. The war with Russia is in an active phase.`, '2024-06-20'))).toEqual(['GB signed null', 'SE signed null']);
  });
});
