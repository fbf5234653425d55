import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Over the year Ukraine concluded bilateral security agreements with a long row of partners. A look back.';

function page(body: string): string[] {
  return summary(extract(`${LEAD}\n\n${body}\n`, '2025-01-05'));
}

describe('a month\'s entry of a recap that only names its partners goes on with the signings', () => {
  it('a heading that stands alone, then the names', () => {
    expect(page('FEBRUARY. Denmark put its signature to the agreement in Lviv on February 23.\n\nMARCH. Belgium and Portugal.')).toEqual(['BE signed null', 'DK signed 2024-02-23', 'PT signed null']);
  });

  it('the month and a colon before the names, one entry after another', () => {
    expect(page('June: the United States signed its agreement at the G7 summit on June 13.\n\nJuly: Romania, Luxembourg and the Czech Republic.\n\nOctober: Croatia.')).toEqual([
      'CZ signed null', 'HR signed null', 'LU signed null', 'RO signed null', 'US signed 2024-06-13',
    ]);
  });

  it('a heading with its year, and a partner written with its article', () => {
    expect(page('MAY 2024. Sweden signed in Stockholm on May 31.\n\nJUNE 2024. The Netherlands, Estonia and the United States.')).toEqual(['EE signed null', 'NL signed null', 'SE signed 2024-05-31', 'US signed null']);
  });

  it('a season for a heading, on its own line', () => {
    expect(page('SUMMER\nSpain signed on May 27 in Madrid.\n\nAUTUMN\nIreland and Greece.')).toEqual(['ES signed 2024-05-27', 'GR signed null', 'IE signed null']);
  });

  it('distractors: a recap of aid, and names with a remark after them', () => {
    expect(summary(extract('Ukraine received weapons from many partners in 2024. On March 1 the Netherlands delivered its first F-16s.\n\nAPRIL. Finland and Latvia.\n', '2025-01-05'))).toEqual([]);
    expect(page('MARCH. Denmark signed its agreement on March 3.\n\nAPRIL. Finland, with air-defence systems worth 200 million euros.')).toEqual(['DK signed 2024-03-03']);
  });
});
