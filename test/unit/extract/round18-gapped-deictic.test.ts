import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "Yesterday I signed an agreement with Luxembourg, with Prime Minister Luc Frieden, and this morning - with
// Romania, with President Iohannis": a gapped last item opened by a deictic time of two words, and a trailing
// ", with <leader>" that names who signed for the party just listed.

describe('"..., and this morning - with Romania": a gapped item after a deictic time of day', () => {
  const LEAD = 'Zelensky spoke about Ukraine\'s security agreements. ';
  it('"this morning", "this afternoon", "this evening" open the item as "today" does', () => {
    expect(summary(extract(`${LEAD}Yesterday we signed a bilateral security agreement with Spain, and this afternoon - with Belgium.`, '2024-05-28'))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27']);
    expect(summary(extract(`${LEAD}On Monday I signed a security agreement with Latvia, and this evening with Estonia.`, '2024-06-05'))).toEqual(['EE signed 2024-06-05', 'LV signed 2024-06-03']);
  });
  it('a trailing ", with" and a leader\'s name closes the item', () => {
    expect(summary(extract('Yesterday Zelensky signed a security agreement with Spain, with Pedro Sánchez, and today - with Portugal, with Prime Minister Luís Montenegro.', '2024-05-28'))).toEqual(['ES signed 2024-05-27', 'PT signed 2024-05-28']);
    expect(summary(extract(`${LEAD}Yesterday we signed a security agreement with Latvia, and today with Estonia, with Prime Minister Kristen Michal.`, '2024-06-05'))).toEqual(['EE signed 2024-06-05', 'LV signed 2024-06-04']);
    expect(summary(extract('On Monday Zelensky signed a security agreement with Belgium, and yesterday with Portugal, with Luís Montenegro.', '2024-05-29'))).toEqual(['BE signed 2024-05-27', 'PT signed 2024-05-28']);
  });
  it('distractors: a clause with a verb of its own, a trailing "with" phrase that is no name', () => {
    expect(summary(extract(`${LEAD}Yesterday I signed a security agreement with Luxembourg, and this morning I spoke with Romania's president.`, '2024-07-11'))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract(`${LEAD}Yesterday I signed a security agreement with Luxembourg, and this morning with Romania, with a view to its accession.`, '2024-07-11'))).toEqual(['LU signed 2024-07-10']);
  });
});
