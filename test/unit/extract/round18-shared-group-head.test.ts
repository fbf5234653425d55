import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Group names coordinated before one head noun share it ("the Baltic and Nordic states"): every lead of the
// coordination names its whole group, as "the Baltic states" and "the Nordic states" would.

const BALTIC = ['EE', 'LT', 'LV'];
const NORDIC = ['DK', 'FI', 'IS', 'NO', 'SE'];
const signed = (codes: readonly string[]): string[] => codes.map((c) => `${c} signed null`).sort();

describe('"the Baltic and Nordic states": coordinated group names share their head noun', () => {
  it('expands every group of the coordination', () => {
    expect(summary(extract('Before that, Kyiv had concluded security agreements with the Nordic and Baltic countries.', '2024-10-01'))).toEqual(signed([...NORDIC, ...BALTIC]));
    expect(summary(extract('Ukraine already has bilateral security agreements with all Baltic, Nordic and Benelux nations.', '2024-10-01'))).toEqual(signed([...BALTIC, ...NORDIC, 'BE', 'LU', 'NL']));
    expect(summary(extract('Kyiv signed security agreements with Canada, as well as with the Benelux and Baltic states.', '2024-10-01'))).toEqual(signed(['CA', 'BE', 'LU', 'NL', ...BALTIC]));
  });
  it('distractor: without a determiner of the whole set the groups are only some of their members', () => {
    expect(summary(extract('Ukraine has signed security agreements with Canada and with several Baltic and Nordic states.', '2024-10-01'))).toEqual(['CA signed null']);
  });
});
