import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Over 2024 Ukraine signed bilateral security agreements with a long line of partners.';

function chronicle(body: string, published = '2024-12-30'): string[] {
  return summary(extract(`${LEAD}\n${body}\n`, published));
}

describe('a day-only row whose parties open with "the"', () => {
  it('is read as a row of the month heading above it', () => {
    expect(chronicle('JUNE\n13 – the United States and Japan, at the G7 summit.\n27 – Estonia.')).toEqual(['EE signed 2024-06-27', 'JP signed 2024-06-13', 'US signed 2024-06-13']);
    expect(chronicle('March\n1: the Netherlands (Kharkiv)\n7: Sweden')).toEqual(['NL signed 2024-03-01', 'SE signed 2024-03-07']);
    expect(chronicle('JULY\n8 – Poland.\n11 – the Czech Republic and Slovenia')).toEqual(['CZ signed 2024-07-11', 'PL signed 2024-07-08', 'SI signed 2024-07-11']);
  });

  it('distractor: "the" opening a sentence after a day is no party list', () => {
    expect(chronicle('JUNE\n13 – the talks with Hungary stalled.\n27 – Estonia.')).toEqual(['EE signed 2024-06-27']);
  });
});

describe('a remark "on the eve of" a named gathering after a row\'s venue', () => {
  it('tells when, and the row is still a signing', () => {
    expect(chronicle('FEBRUARY\n16 – Germany (Berlin), on the eve of the Munich Security Conference.\n23 – Denmark.')).toEqual(['DE signed 2024-02-16', 'DK signed 2024-02-23']);
    expect(chronicle('JULY\n10 – Luxembourg, in Washington, on the eve of the NATO summit closing session.\n18 – Slovenia.')).toEqual(['LU signed 2024-07-10', 'SI signed 2024-07-18']);
    expect(chronicle('OCTOBER\n9 – Croatia, in Dubrovnik, on the eve of the Ukraine Southeast Europe Summit\n17 – Greece.')).toEqual(['GR signed 2024-10-17', 'HR signed 2024-10-09']);
  });
});

describe('a month chronology interrupted by a line of prose', () => {
  it('goes on at the next month heading', () => {
    expect(chronicle('JANUARY\n12 – United Kingdom.\nThe spring was spent on drafts that most capitals kept to themselves for weeks on end.\nJUNE\n13 – Japan.')).toEqual(['GB signed 2024-01-12', 'JP signed 2024-06-13']);
    expect(chronicle('MAY\n27 – Spain.\nSeveral leaders used the end of the month to travel, and the pace picked up as the summer approached.\nJULY\n8 – Poland')).toEqual(['ES signed 2024-05-27', 'PL signed 2024-07-08']);
    expect(chronicle('February\n16: Germany\nA pause followed while governments argued over the wording on air defence, which took some time.\nApril\n3: Finland')).toEqual(['DE signed 2024-02-16', 'FI signed 2024-04-03']);
  });

  it('distractor: after a longer stretch of prose, a month heading over a day row belongs to no chronology of signings', () => {
    expect(chronicle('JANUARY\n12 – United Kingdom.\nOne line of prose about the spring that gives no list at all.\nAnother line of prose that says the talks went slowly.\nA third line of prose on drones and air defence.\nJUNE\n13 – Japan.')).toEqual(['GB signed 2024-01-12']);
  });
});

describe('a list of parties under a month heading, with no day of its own', () => {
  it('is that month\'s signings, undated', () => {
    expect(chronicle('MARCH\n1 – the Netherlands.\nAPRIL\nFinland and Latvia.')).toEqual(['FI signed null', 'LV signed null', 'NL signed 2024-03-01']);
    expect(chronicle('July\n8: Poland\nAugust\nIreland (Simon Harris, in Kyiv)')).toEqual(['IE signed null', 'PL signed 2024-07-08']);
    expect(chronicle('OCTOBER\nCroatia (Dubrovnik) and Greece (Brussels)\nNOVEMBER\n4 – Albania.')).toEqual(['AL signed 2024-11-04', 'GR signed null', 'HR signed null']);
  });

  it('distractor: a list under a month heading that a lead-in gives another status keeps that status', () => {
    expect(summary(extract('Talks on bilateral security agreements still open at the end of 2024:\nDECEMBER\nHungary and Slovakia', '2024-12-30'))).not.toContain('HU signed null');
  });
});
