import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Think-tank prose names governments by their seats: "Officials in Vilnius and Tallinn say drafts are being
// prepared". And a party named twice in its own clause ("The Netherlands ... the Dutch text") beside another
// party's clause is still two statements, not a pact between the two.

describe('"Officials in The Hague say ...": officials placed in a capital are its government', () => {
  it('officials in one capital, a coordination of capitals, a capital whose name has its own "The"', () => {
    expect(summary(extract('Estonia signed its security pact with Kyiv on Monday. Officials in Vilnius say their text is being negotiated.', '2024-03-05'))).toEqual(['EE signed 2024-03-04', 'LT negotiating null']);
    expect(summary(extract('Britain signed a security agreement with Ukraine in January. Officials in Madrid and Lisbon are drafting their own agreements.', '2024-03-05'))).toEqual(['ES negotiating null', 'GB signed null', 'PT negotiating null']);
    expect(summary(extract('Britain signed a security agreement with Ukraine in January. Officials in The Hague say the text of their own agreement is being prepared.', '2024-03-05'))).toEqual(['GB signed null', 'NL negotiating null']);
  });
  it('distractors: officials with a nationality of their own, other people in the capital', () => {
    expect(summary(extract('Finland signed a security agreement with Ukraine. Ukrainian officials in Madrid say such a text is being negotiated.', '2024-03-05'))).toEqual(['FI signed null']);
    expect(summary(extract('Finland signed a security agreement with Ukraine. Analysts in Madrid say such a text is being negotiated.', '2024-03-05'))).toEqual(['FI signed null']);
  });
});

describe('"X said it was drafting the X-ish text, while Y said ...": a party named twice in its clause', () => {
  it('each clause keeps its own party and statement', () => {
    expect(summary(extract('Denmark signed a security agreement with Ukraine last month. The Netherlands said it was still drafting the Dutch text, while Italy said its agreement would be signed soon.', '2024-03-05'))).toEqual(['DK signed null', 'IT planned null', 'NL negotiating null']);
    expect(summary(extract('Denmark signed a security agreement with Ukraine last month. Sweden is preparing a Swedish text, and Norway said its agreement would be signed in May.', '2024-03-05'))).toEqual(['DK signed null', 'NO planned null', 'SE negotiating null']);
    expect(summary(extract('Denmark signed a security agreement with Ukraine last month. Officials in The Hague said they were still working on a Dutch text, while Rome said its agreement would be signed soon.', '2024-03-05'))).toEqual(['DK signed null', 'IT planned null', 'NL negotiating null']);
  });
  it('distractor: two other countries signing with each other', () => {
    expect(summary(extract('France and Moldova signed a defence agreement, a French official said.', '2024-03-05'))).toEqual([]);
  });
});
