import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// (the pages are published on a Wednesday; the digests report the day before)
const P = '2024-05-15';

describe('round 15: the day a digest page gives its items', () => {
  describe('a lead-in naming the digest day dates the undated signings in the items below it', () => {
    it('"Key events of <day>:", "What happened on <weekday, date>:", "Here is the situation on <date>."', () => {
      const items = '\n\n- Sweden and Zelensky signed a security agreement in Stockholm.\n- Shelling hit Kharkiv overnight.\n';
      expect(summary(extract('Key events of May 14:' + items, P))).toEqual(['SE signed 2024-05-14']);
      expect(summary(extract('What happened on Tuesday, 14 May:' + items, P))).toEqual(['SE signed 2024-05-14']);
      expect(summary(extract('Here is the situation on Tuesday, May 14, 2024.' + items, P))).toEqual(['SE signed 2024-05-14']);
      // items under section headings, a numbered list, another party and verb
      expect(summary(extract('Main developments from May 13:\n\nDiplomacy\n1. Norway concluded a ten-year security pact with Ukraine in Oslo.\n2. Prices rose.\n', P))).toEqual(['NO signed 2024-05-13']);
    });

    it('distractors: a colon line that is no lead-in, a lead-in below the prose, items that give their own day', () => {
      // a quote introduced by a dated line in the middle of a story is no digest's lead-in
      const prose = 'Zelensky spent the week in the Nordic capitals, meeting leaders, business people and refugees, and answering questions about air defence, the front and the peace summit planned for June in Switzerland, which many leaders of the region said they would attend.\n\n';
      expect(summary(extract(prose + 'He said on May 14:\n\n"Sweden signed a security agreement with us."\n', P))).toEqual(['SE signed null']);
      // an item with its own day keeps it
      expect(summary(extract('Key events of May 14:\n\n- Denmark signed a security agreement with Kyiv on Monday.\n', P))).toEqual(['DK signed 2024-05-13']);
      // a lead-in that names no day, or a month only
      expect(summary(extract('Key events this week:\n\n- Sweden and Zelensky signed a security agreement in Stockholm.\n', P))).toEqual(['SE signed null']);
      expect(summary(extract('Key events of May 2024:\n\n- Sweden and Zelensky signed a security agreement in Stockholm.\n', P))).toEqual(['SE signed null']);
    });
  });

  describe('a round-up that labels its paragraphs by weekday dates each paragraph to that day of the week just past', () => {
    it('labels in capitals with a stop, or with a colon or dash', () => {
      const week = (a: string, b: string): string => `Our weekly round-up.\n\n${a} Talks were held in Paris on the war.\n\n${b} Prime Minister Jonas Gahr Støre travelled to Kyiv, where he and Zelensky put their names to a Norwegian-Ukrainian security agreement.\n`;
      expect(summary(extract(week('MONDAY.', 'TUESDAY.'), P))).toEqual(['NO signed 2024-05-14']);
      expect(summary(extract(week('Monday:', 'Friday:'), P))).toEqual(['NO signed 2024-05-10']);
      expect(summary(extract(week('Sunday —', 'Saturday —'), P))).toEqual(['NO signed 2024-05-11']);
    });

    it('a week-ahead page: a plan under a label is for that day ahead (published on a Sunday)', () => {
      const ahead = 'The week ahead in diplomacy.\n\nTUESDAY — Oslo. Zelensky is expected in Norway, where he and Jonas Gahr Støre are set to sign a security agreement.\n\nTHURSDAY — Rome. Meloni is to sign a bilateral security pact with Ukraine.\n';
      expect(summary(extract(ahead, '2024-05-12'))).toEqual(['IT planned 2024-05-16', 'NO planned 2024-05-14']);
      // a plan with a day of its own keeps it; talks take no day
      const own = 'The week ahead.\n\nMONDAY: Zelensky will sign an agreement with Sweden on June 3.\n\nFRIDAY — Helsinki. Talks on a security agreement with Finland continue.\n';
      expect(summary(extract(own, '2024-05-12'))).toEqual(['FI negotiating null', 'SE planned 2024-06-03']);
    });

    it('distractors: a single weekday label, a sentence opening with a weekday, a paragraph giving its own date', () => {
      const one = 'Our weekly round-up.\n\nTUESDAY. Prime Minister Jonas Gahr Støre travelled to Kyiv, where he and Zelensky put their names to a Norwegian-Ukrainian security agreement.\n';
      expect(summary(extract(one, P))).toEqual(['NO signed null']);
      const sentence = 'Our weekly round-up.\n\nMonday. The talks in Paris went on.\n\nTuesday. Prime Minister Jonas Gahr Støre travelled to Kyiv, where he and Zelensky put their names to a Norwegian-Ukrainian security agreement.\n';
      expect(summary(extract(sentence, P))).toEqual(['NO signed null']);
      const own = 'Our weekly round-up.\n\nMONDAY. Talks were held in Paris.\n\nTUESDAY. Norway and Ukraine signed a security agreement in Oslo on 31 May, the government recalled.\n';
      expect(summary(extract(own, '2024-06-12'))).toEqual(['NO signed 2024-05-31']);
    });
  });
});

describe('round 15: a dated list row whose note names the signer of the listed party', () => {
  const lead = 'Ukraine has concluded security agreements with these countries so far:\n\n';
  it('"<date> — <party>. Signed in <place> by <its leader>."', () => {
    const rows = 'Jan. 12 — United Kingdom. Signed in Kyiv by Prime Minister Rishi Sunak.\nFeb. 16 — France. Signed at the Elysee Palace by President Emmanuel Macron.\nJune 13 — United States and Japan. Signed by Joe Biden and Fumio Kishida at the G7 summit in Apulia, Italy.\n';
    expect(summary(extract(lead + rows, '2024-06-28'))).toEqual(['FR signed 2024-02-16', 'GB signed 2024-01-12', 'JP signed 2024-06-13', 'US signed 2024-06-13']);
    const other = '12 January 2024 — United Kingdom: signed by Rishi Sunak in Kyiv\n16 February 2024 — Germany: Olaf Scholz signed it in Berlin\n';
    expect(summary(extract(lead + other, '2024-06-28'))).toEqual(['DE signed 2024-02-16', 'GB signed 2024-01-12']);
  });

  it('distractors: a note naming the leader of another party is not that row', () => {
    const rows = 'Jan. 12 — United Kingdom. Signed in Kyiv by Prime Minister Rishi Sunak.\nFeb. 16 — Germany. Welcomed by President Emmanuel Macron.\n';
    expect(summary(extract(lead + rows, '2024-06-28'))).toEqual(['GB signed 2024-01-12']);
  });
});

describe('round 15: a headline naming two signers takes the day the body gives one of them, not the page stamp', () => {
  it('capitals or countries in the headline, a body dating one signing by its weekday', () => {
    const body = (s: string): string => `Issued on: 17/02/2024 - 09:14\n\n${s}\n`;
    expect(summary(extract(body('Macron and Zelensky signed the French agreement at the Elysee Palace on Friday evening, after a stop in Berlin.'), '2024-02-17', 'Berlin and Paris sign long-term security deals with Kyiv'))).toEqual(['DE signed 2024-02-16', 'FR signed 2024-02-16']);
    expect(summary(extract(body('Spain signed its agreement with Ukraine in Madrid on Thursday, a day of many speeches.'), '2024-02-17', 'Spain and Portugal conclude security pacts with Ukraine'))).toEqual(['ES signed 2024-02-15', 'PT signed 2024-02-15']);
  });

  it('distractors: a body that dates neither keeps the page day; a single-party headline keeps the page day', () => {
    const body = (s: string): string => `Issued on: 17/02/2024 - 09:14\n\n${s}\n`;
    expect(summary(extract(body('The leaders met for hours.'), '2024-02-17', 'Berlin and Paris sign long-term security deals with Kyiv'))).toEqual(['DE signed 2024-02-17', 'FR signed 2024-02-17']);
    expect(summary(extract(body('Britain signed the first such agreement on 12 January.'), '2024-02-17', 'Germany signs security deal with Kyiv'))).toEqual(['DE signed 2024-02-17', 'GB signed 2024-01-12']);
  });
});

describe('round 15: list members joined by "and", or one party named twice, share the date after the last of them', () => {
  const L = 'Today Ukraine concluded security agreements with Sweden and Norway. ';
  it('"X, whose leader signed on Monday, as well as Y and Z, with which ... on Tuesday"', () => {
    expect(summary(extract(L + 'Zelensky thanked Spain, whose Prime Minister Pedro Sánchez signed an agreement with him on Monday, as well as Belgium and Portugal, with which documents were signed on Tuesday.', '2024-05-31'))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27', 'NO signed 2024-05-31', 'PT signed 2024-05-28', 'SE signed 2024-05-31']);
    expect(summary(extract(L + 'He recalled the agreements signed with Latvia and Lithuania on 11 April, and with Estonia on 27 June.', '2024-07-05'))).toEqual(['EE signed 2024-06-27', 'LT signed 2024-04-11', 'LV signed 2024-04-11', 'NO signed 2024-07-05', 'SE signed 2024-07-05']);
  });

  it('distractors: members after the last date get none', () => {
    // members with no date after them take none from the member before
    const claims = summary(extract(L + 'He recalled the agreements signed with Latvia on 11 April and with Lithuania and Estonia, both Baltic neighbours.', '2024-07-05'));
    expect(claims).toContain('LT signed null');
    expect(claims).toContain('EE signed null');
  });
});
