import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine concluded bilateral security agreements with many partners in 2024.';

function rows(heading: string, lines: string[], published = '2024-12-31'): string[] {
  return summary(extract(`${LEAD}\n\n${heading}\n\n${lines.map((l) => `• ${l}`).join('\n')}\n`, published));
}

describe('a chronology announced "at a glance" in an article about the agreements', () => {
  it('its rows are signings, each on its own day', () => {
    expect(rows('The second half of 2024, at a glance:', ['8 July – Poland (Warsaw)', '17 October – Greece (Brussels)'])).toEqual(['GR signed 2024-10-17', 'PL signed 2024-07-08']);
    expect(rows('2024 in dates:', ['12 January – United Kingdom', '16 February – Germany and France'])).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16', 'GB signed 2024-01-12']);
  });

  it('distractor: "at a glance" over aid pledges is no chronology of signings', () => {
    expect(rows('Aid pledges at a glance:', ['8 July – Poland (€2 billion)', '17 October – Greece (€50 million)'])).toEqual([]);
  });
});

describe('a chronology row with the place after its parties, or a remark of its own', () => {
  it('the place after a comma, with or without "at"/"on the margins of"', () => {
    expect(rows('Timeline:', ['10 July – Luxembourg, on the margins of the NATO summit in Washington', '18 July – Czech Republic and Slovenia, Blenheim Palace (EPC gathering)', '9 October – Croatia (Dubrovnik), at the Ukraine-South East Europe summit'])).toEqual([
      'CZ signed 2024-07-18', 'HR signed 2024-10-09', 'LU signed 2024-07-10', 'SI signed 2024-07-18',
    ]);
  });

  it('a remark after a semicolon or full stop that tells no other event', () => {
    expect(rows('Timeline:', ['4 September – Ireland (Kyiv); Dublin prefers the title "Agreement on Support for Ukraine and Cooperation".', '8 July – Poland (Warsaw). Includes a clause on the interception of missiles.'])).toEqual([
      'IE signed 2024-09-04', 'PL signed 2024-07-08',
    ]);
  });

  it('distractors: a remark that tells another event, or names another state', () => {
    expect(rows('Timeline:', ['12 January – United Kingdom', '4 September – Ireland. Signing was postponed twice.'])).toEqual(['GB signed 2024-01-12']);
    expect(rows('Timeline:', ['12 January – United Kingdom', '4 September – Ireland; Hungary objected to the text.'])).toEqual(['GB signed 2024-01-12']);
  });
});

describe('a span of days ("10–11 July") dates a row that names no one day', () => {
  it('the row is read, undated', () => {
    expect(rows('Timeline:', ['8 July – Poland', '10–11 July – Luxembourg and Romania, on the margins of the NATO summit', '18 July – Slovenia'])).toEqual([
      'LU signed null', 'PL signed 2024-07-08', 'RO signed null', 'SI signed 2024-07-18',
    ]);
    expect(rows('Timeline:', ['July 8 – Poland', 'July 10-11 – Luxembourg and Romania', 'July 18 – Slovenia'])).toEqual([
      'LU signed null', 'PL signed 2024-07-08', 'RO signed null', 'SI signed 2024-07-18',
    ]);
  });
});
