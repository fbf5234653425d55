import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine concluded bilateral security agreements with many partners. All dates are 2024.';

function page(body: string, published: string | null = '2024-12-31', title: string | null = null): string[] {
  return summary(extract(`${LEAD}\n\n${body}\n`, published, title));
}

describe('a month heading ("FEBRUARY", "March 2024") goes on with the chronology', () => {
  it('rows under month headings in capitals are signings on their days', () => {
    expect(page('MARCH\n1 Mar – Netherlands\n\nAPRIL\n3 Apr – Finland\n11 Apr – Latvia')).toEqual(['FI signed 2024-04-03', 'LV signed 2024-04-11', 'NL signed 2024-03-01']);
  });

  it('a month heading with its year, in title case', () => {
    expect(page('October 2024\n9 Oct – Croatia\n17 Oct – Greece', '2025-03-01')).toEqual(['GR signed 2024-10-17', 'HR signed 2024-10-09']);
  });

  it('distractor: month headings over aid deliveries are no chronology of signings', () => {
    expect(summary(extract('Ukraine received weapons from many partners in 2024.\n\nMARCH\n1 Mar – Netherlands (F-16 deliveries)\n\nAPRIL\n3 Apr – Finland (aid package)\n', '2024-12-31'))).toEqual([]);
  });
});

describe('a row that gives only its day, under a month heading or on a month-in-review page', () => {
  it('"8: Poland" under "JULY"', () => {
    expect(page('JULY\n8: Poland\n10: Luxembourg, at the NATO summit in Washington')).toEqual(['LU signed 2024-07-10', 'PL signed 2024-07-08']);
  });

  it('a month-in-review page: the month and year of its headline (given or as the first line)', () => {
    const body = 'Security agreements for Ukraine\n- 9 – Croatia, in Dubrovnik\n- 17 – Greece, in Brussels';
    expect(summary(extract(body, null, 'October 2024: the month in review'))).toEqual(['GR signed 2024-10-17', 'HR signed 2024-10-09']);
    expect(summary(extract(`June 2024 in review\n\n${body}`, null))).toEqual(['GR signed 2024-06-17', 'HR signed 2024-06-09']);
  });

  it('distractors: a numbered ranking, or a page that names no one month', () => {
    expect(page('Top donors\n1 – Germany\n2 – United Kingdom')).toEqual([]);
    expect(summary(extract('Security agreements for Ukraine\n- 9 – Croatia, in Dubrovnik\n- 17 – Greece, in Brussels', null, 'The year in review: 2024'))).toEqual([]);
  });
});

describe('a row\'s parties followed by their leader, capital, place or a remark on when', () => {
  it('a remark naming the leader of the row\'s party', () => {
    expect(page('Timeline:\n3 April – Finland. President Alexander Stubb in Kyiv.\n8 April – Poland. Donald Tusk in Warsaw.')).toEqual(['FI signed 2024-04-03', 'PL signed 2024-04-08']);
  });

  it('an ordinal signatory in the remark is a signing, not a plan', () => {
    expect(page('Timeline:\n23 February – Denmark, in Lviv. The first non-G7 country to sign.\n24 February – Italy')).toEqual(['DK signed 2024-02-23', 'IT signed 2024-02-24']);
  });

  it('the place, then a remark on when, or a relative clause about the place', () => {
    expect(page('Timeline:\n24 February – Italy and Canada, in Kyiv, on the second anniversary of the invasion.\n16 February – Germany and France, on the same day.')).toEqual([
      'CA signed 2024-02-24', 'DE signed 2024-02-16', 'FR signed 2024-02-16', 'IT signed 2024-02-24',
    ]);
    expect(page('Timeline:\n18 July – Czechia and Slovenia, at Blenheim Palace, during the summit that Keir Starmer hosted.\n11 July – Romania, also in Washington.')).toEqual(['CZ signed 2024-07-18', 'RO signed 2024-07-11', 'SI signed 2024-07-18']);
    expect(page('Timeline:\n13 June – United States and Japan, at the G7 gathering in Apulia, southern Italy.\n27 June – Estonia')).toEqual(['EE signed 2024-06-27', 'JP signed 2024-06-13', 'US signed 2024-06-13']);
  });

  it('distractors: another state\'s leader, a state beside the list; an ordinal still to be is a plan', () => {
    expect(page('Timeline:\n3 April – Finland. Olaf Scholz in Kyiv.\n11 April – Latvia')).toEqual(['LV signed 2024-04-11']);
    expect(page('Timeline:\n13 June – United States, with Italy.\n27 June – Estonia')).toEqual(['EE signed 2024-06-27']);
    expect(page('Timeline:\n23 February – Denmark, in Lviv. It will be the first to sign a second one.\n24 February – Italy')).toEqual(['DK planned null', 'IT signed 2024-02-24']);
  });
});

describe('a dateline "8 November 2024 | Budapest" under the headline is no row of a capital', () => {
  const BODY = 'Zelensky came to the summit this week. One question kept coming up: why is there no security agreement with Ukraine?';

  it('the day and city of the report name no signing', () => {
    expect(summary(extract(`Explainer: the no to a Ukraine security pact\n\n8 November 2024 | Budapest\n\n${BODY}`, '2024-11-08', 'Explainer: the no to a Ukraine security pact'))).toEqual([]);
    expect(summary(extract(`The holdouts on a Ukraine security pact\n\n12 June 2024 – Bratislava\n\n${BODY}`, '2024-06-12', 'The holdouts on a Ukraine security pact'))).toEqual([]);
    expect(summary(extract(`A security pact for Ukraine\n\nJune 12, 2024 | Vienna\n\n${BODY}`, '2024-06-12', 'A security pact for Ukraine'))).toEqual([]);
  });

  it('distractors: a capital under a lead-in, or a chronology of capitals, is a row', () => {
    expect(summary(extract(`Ukraine signed security agreements with many partners.\n\nSigned so far:\n12 January 2024 | London\n16 February 2024 | Berlin`, '2024-06-12'))).toEqual(['DE signed 2024-02-16', 'GB signed 2024-01-12']);
    expect(summary(extract(`Ukraine signed security agreements with many partners.\n\nTimeline\n16 February 2024 – Paris`, '2024-06-12'))).toEqual(['FR signed 2024-02-16']);
  });
});
