import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/extract/index.js';
import { summary } from './helpers.js';

const P = '2024-05-15';

describe('round 15: a repeated headline', () => {
  describe("the page's copy of its headline above the lead is read as the headline", () => {
    const run = (title: string, text: string): string[] => summary(extractClaims({ title, text, published: P, url: 'https://news.example/a', sourceId: 'test' }, { hub: 'UA' }));
    it('a headline "signs" repeated in the text gives way to a body that says the signing is still ahead', () => {
      expect(run('Greece signs security pact with Ukraine', 'Greece signs security pact with Ukraine\n\nAthens and Kyiv were finalising the text of a bilateral security agreement, and officials hoped it could be signed in the coming weeks.')).toEqual(['GR negotiating null', 'GR planned null']);
      expect(run('Malta signs security deal with Ukraine', 'Malta signs security deal with Ukraine\nBy Staff Reporter\n\nMalta will sign a bilateral security agreement with Ukraine next month, the government said.')).toEqual(['MT planned null']);
    });

    it('distractors: a body line that only resembles the headline, and a body that reports the signing', () => {
      expect(run('Greece signs security pact with Ukraine', 'Greece signs security pact with Ukraine in Athens\n\nGreece will sign a bilateral security agreement with Ukraine next month.')).toContain('GR signed null');
      expect(run('Malta signs security deal with Ukraine', 'Malta signs security deal with Ukraine\n\nMalta signed a bilateral security agreement with Ukraine on Monday, the government said.')).toEqual(['MT signed 2024-05-13']);
    });
  });
});
