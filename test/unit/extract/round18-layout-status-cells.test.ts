import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Where the bilateral security agreements with Ukraine stand:';

function table(rows: string): string[] {
  return summary(extract(`${LEAD}\nPartner | Status\n${rows}\n`, '2024-06-05'));
}

describe('status cells that say the text is agreed, or that consultations are on', () => {
  it('"Text agreed", "ready for signature": a signing is planned', () => {
    expect(table('Japan | Text agreed\nPoland | In negotiation')).toEqual(['JP planned null', 'PL negotiating null']);
    expect(table('Lithuania | Ready for signature\nEstonia | Ready for signing')).toEqual(['EE planned null', 'LT planned null']);
  });

  it('"Consultations launched", "consultations under way": talks', () => {
    expect(table('Romania | Consultations launched\nLuxembourg | Consultations under way')).toEqual(['LU negotiating null', 'RO negotiating null']);
  });

  it('distractor: consultations that ended in a refusal are a refusal', () => {
    expect(table('Hungary | Consultations ended, signing refused')).toEqual(['HU refused null']);
  });
});
