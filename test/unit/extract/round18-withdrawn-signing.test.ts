import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Withdrawing from the occasion is refusing the agreement: "Bulgaria pulled out of a planned signing in December".
// The signing may carry its determiner and the word of its schedule; the schedule is not a plan any more.

describe('"pulled out of a planned signing": a withdrawal from the signing, with its determiner and schedule', () => {
  it('"a planned signing", "the scheduled signing", "its planned signing" after a verb of withdrawing', () => {
    expect(summary(extract('Latvia signed a security agreement with Ukraine. Bulgaria pulled out of a planned signing in December, citing the need for approval.', '2025-01-22'))).toEqual(['BG refused null', 'LV signed null']);
    expect(summary(extract('Latvia signed a security agreement with Ukraine. Bulgaria backed out of the scheduled signing at the last minute.', '2025-01-22'))).toEqual(['BG refused null', 'LV signed null']);
    expect(summary(extract('Latvia signed a security agreement with Ukraine. Sofia walked away from its planned signing in Brussels.', '2025-01-22'))).toEqual(['BG refused null', 'LV signed null']);
  });
  it('distractor: withdrawing from something else that was planned', () => {
    expect(summary(extract('Latvia signed a security agreement with Ukraine. Bulgaria pulled out of the planned exercise.', '2025-01-22'))).toEqual(['LV signed null']);
  });
});
