import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine has concluded bilateral security agreements with a growing number of partners.';

/** (a heading that names no agreement stands between the lead and the table) */
function page(body: string, published = '2024-12-31'): string[] {
  return summary(extract(`${LEAD}\nOverview\n${body}\n`, published));
}

describe('a table whose bare date column sits beside a column naming who signed', () => {
  it('the date is the signing date, as "Date signed" would be', () => {
    expect(page('Partner | Date | Signed by\nNorway | 31 May 2024 | Jonas Gahr Støre\nPoland | 8 July 2024 | Donald Tusk')).toEqual(['NO signed 2024-05-31', 'PL signed 2024-07-08']);
    expect(page('Country | When | Venue | Signatory\nGreece | 17 October 2024 | Brussels | Kyriakos Mitsotakis\nCroatia | 9 October 2024 | Dubrovnik | Andrej Plenković')).toEqual(['GR signed 2024-10-17', 'HR signed 2024-10-09']);
    expect(page('# | State | Date | Place | Signed for the partner by\n1 | Ireland | 4 September 2024 | Kyiv | Simon Harris\n2 | Albania | 21 January 2025 | Davos | Edi Rama', '2025-02-01')).toEqual(['AL signed 2025-01-21', 'IE signed 2024-09-04']);
  });

  it('distractor: a bare date column with no signing column is no list of signings', () => {
    expect(page('Partner | Date | Place\nNorway | 31 May 2024 | Oslo\nPoland | 8 July 2024 | Warsaw')).toEqual([]);
  });
});

describe('a table flattened one cell per line', () => {
  it('its rows are read as the header lays them out', () => {
    expect(page('Country\nDate of signing\nAid for 2025\nSpain\n27 May\n€1 billion\nBelgium\n28 May\n€977 million', '2024-06-01')).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27']);
    expect(page('Partner\nSigned on\n\nFinland\n\n3 April 2024\n\nLatvia\n\n11 April 2024')).toEqual(['FI signed 2024-04-03', 'LV signed 2024-04-11']);
    expect(page('Partner state\nStatus\nJapan\nIn negotiation\nPoland\nIn negotiation\nRomania\nIn negotiation', '2024-06-01')).toEqual(['JP negotiating null', 'PL negotiating null', 'RO negotiating null']);
  });

  it('distractors: one row alone, or column names that give no date or status', () => {
    expect(page('Country\nDate of signing\nSpain\n27 May', '2024-06-01')).toEqual([]);
    expect(page('Country\nCapital\nSpain\nMadrid\nBelgium\nBrussels', '2024-06-01')).toEqual([]);
  });
});
