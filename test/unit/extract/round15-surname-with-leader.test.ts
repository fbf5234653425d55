import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-28';

describe('a country name that is the article\'s surname, "with" the hub\'s leader after it, is the person', () => {
  it('the headline\'s surname signing with Zelensky is no signing by the state of that name', () => {
    const body = 'Prime Minister Luís Montenegro this afternoon signed a bilateral security agreement with Volodymyr Zelensky in Lisbon.';
    expect(summary(extract(body, P, 'Montenegro signs security agreement with Zelensky in Lisbon'))).toEqual(['PT signed 2024-05-28']);
    expect(summary(extract(body, P, 'Montenegro inks ten-year defence pact with Zelenskyy'))).toEqual(['PT signed 2024-05-28']);
    expect(summary(extract(`${body} Earlier, Montenegro held talks with President Zelensky on the pact.`, P))).toEqual(['PT signed 2024-05-28']);
  });

  it('distractors: the state with Ukraine, or with no person of that name in the article', () => {
    const body = 'Prime Minister Luís Montenegro this afternoon signed a bilateral security agreement with Volodymyr Zelensky in Lisbon.';
    expect(summary(extract(`${body} Montenegro, the Balkan state, signed its own security agreement with Ukraine on Monday.`, P))).toContain('ME signed 2024-05-27');
    expect(summary(extract('Montenegro signed a security agreement with Zelensky in Podgorica on Monday.', P))).toEqual(['ME signed 2024-05-27']);
  });
});
