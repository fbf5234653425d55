import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const BLOG = (standfirst: string) => `Summit live: leaders gather outside Oxford\n\n${standfirst}\n\n16.41 BST\nSummary of the day\n\n- The host opened the plenary session on migration.\n\n14.09 BST\nHungary's leader arrives\n\nHe told reporters he had nothing new to say.`;

// A live page's standfirst or entry that says in the present that several partners sign ("Czech Republic and
// Slovenia sign security agreements") tells that day's news, as it does for one partner
describe("a live page's present-tense signing by several partners is news of its day", () => {
  it('dates each partner of the list by the page', () => {
    expect(summary(extract(BLOG('Starmer opens the summit; Czech Republic and Slovenia sign security agreements with Ukraine'), '2024-07-18'))).toEqual(['CZ signed 2024-07-18', 'SI signed 2024-07-18']);
    expect(summary(extract(BLOG('Leaders arrive at the palace as Estonia and Lithuania sign bilateral security agreements with Ukraine'), '2024-06-27'))).toEqual(['EE signed 2024-06-27', 'LT signed 2024-06-27']);
    expect(summary(extract(BLOG('Sweden, Norway and Iceland sign ten-year security pacts with Kyiv'), '2024-05-31'))).toEqual(['IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
  });

  it('distractor: the same line on a page with no time stamps stays undated', () => {
    expect(summary(extract('Starmer opens the summit; Czech Republic and Slovenia sign security agreements with Ukraine\n\nThe host opened the plenary session on migration.', '2024-07-18'))).toEqual(['CZ signed null', 'SI signed null']);
  });
});
