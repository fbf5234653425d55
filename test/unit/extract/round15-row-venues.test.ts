import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const intro = 'Ukraine has signed bilateral security agreements with a growing list of partners. The dates so far:\n';

describe('a dated row may name where its parties signed, after a comma', () => {
  it('a city, a capital or a gathering after the state names is the venue, not a party', () => {
    const text = intro + '9 March – Norway, Kharkiv (Jonas Gahr Støre)\n' + '14 March – Greece, Odesa\n' + '20 March – Belgium and Luxembourg, Paris (at the summit)\n' + '2 April – Japan, NATO summit in Washington\n';
    expect(summary(extract(text, '2024-04-10'))).toEqual(['BE signed 2024-03-20', 'GR signed 2024-03-14', 'JP signed 2024-04-02', 'LU signed 2024-03-20', 'NO signed 2024-03-09']);
  });

  it('entries that share the date, cut by semicolons, each with its own venue', () => {
    const text = intro + '5 March – Croatia, Odesa (Andrej Plenković); Slovenia, Brussels (Robert Golob)\n' + '6 March – Poland, Kharkiv; Romania, Paris\n';
    expect(summary(extract(text, '2024-04-10'))).toEqual(['HR signed 2024-03-05', 'PL signed 2024-03-06', 'RO signed 2024-03-06', 'SI signed 2024-03-05']);
  });

  it('distractors: states listed with commas are all parties; capitals written as the parties stay parties', () => {
    const text = intro + '9 March – Norway, Sweden, Iceland\n' + '14 March – London, Berlin\n' + '20 March – Spain, Portugal (Lisbon)\n';
    expect(summary(extract(text, '2024-04-10'))).toEqual(['DE signed 2024-03-14', 'ES signed 2024-03-20', 'GB signed 2024-03-14', 'IS signed 2024-03-09', 'NO signed 2024-03-09', 'PT signed 2024-03-20', 'SE signed 2024-03-09']);
  });
});
