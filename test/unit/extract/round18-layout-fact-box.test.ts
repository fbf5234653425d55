import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine keeps adding bilateral security agreements to its list. Details of each:';

function box(body: string, published = '2024-07-01'): string[] {
  return summary(extract(`${LEAD}\n${body}\n`, published));
}

describe('a fact box whose party heading is the subject of the entry below it', () => {
  it('"Signed on …" under the heading: the heading parties signed, on that day', () => {
    expect(box('POLAND\nSigned on July 8 in Warsaw. The text covers air defence cooperation.', '2024-07-20')).toEqual(['PL signed 2024-07-08']);
    expect(box('Czech Republic, Slovenia\n\nConcluded on 18 July at Blenheim Palace, on the fringes of the EPC meeting.', '2024-07-20')).toEqual(['CZ signed 2024-07-18', 'SI signed 2024-07-18']);
    expect(box('IRELAND\nInked in Kyiv on Sept. 4 by the Taoiseach. Dublin stresses its neutrality.', '2024-09-10')).toEqual(['IE signed 2024-09-04']);
  });

  it('a plan or talks opening the entry', () => {
    expect(box('GREECE\nExpected to be signed in Brussels in October.', '2024-09-10')).toEqual(['GR planned null']);
    expect(box('ROMANIA\nIn negotiation since the spring; Bucharest wants air defence in the text.', '2024-06-10')).toEqual(['RO negotiating null']);
  });

  it('distractors: a heading over prose with its own subject, a negated entry, another act', () => {
    expect(box('HUNGARY\nBudapest says the text is not on its agenda.')).toEqual([]);
    expect(box('SLOVAKIA\nSigned nothing so far, and none is planned.')).toEqual([]);
    expect(box('NORWAY\nSigned on May 31 a memorandum on drone production.')).toEqual([]);
  });
});
