import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('an undated page whose lead gives its day', () => {
  const title = 'Ukraine signs bilateral security agreements with Portugal and Belgium';
  const text =
    'Agency report\n\nThe agreement with Portugal was signed on Tuesday, May 28, in Lisbon by Prime Minister Luis Montenegro and President Zelensky. ' +
    'Belgian Prime Minister Alexander De Croo put his signature on the Belgian document on May 29. ' +
    'Yesterday the two sides also discussed air defence.';

  it('takes later days the text gives as they are: the lead day is the story\'s, not the day the page was written', () => {
    expect(summary(extract(text, null, title))).toEqual(['BE signed 2024-05-29', 'PT signed 2024-05-28']);
  });

  it('but a page with a publication date still drops a signing dated after it', () => {
    const s = summary(extract(text, '2024-05-28', title));
    expect(s).toContain('PT signed 2024-05-28');
    expect(s).not.toContain('BE signed 2024-05-29');
  });
});
