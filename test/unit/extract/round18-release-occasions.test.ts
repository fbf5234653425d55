import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Government releases and transcripts: the occasion a sentence opens on ("On the occasion of the visit,",
// "Following the videoconference,", "During the day,"), a gathering named by its kind alone just after a dated one,
// a parliament's vote in the headline of a dated page, and the makers of the G7 declaration an agreement builds on.

describe('"On the occasion of the visit, ... will sign": the occasion the sentence before told of, on its day', () => {
  it('a day named in words, "tomorrow" too, dates the occasion the next sentence opens on', () => {
    expect(summary(extract('Prime Minister Frederiksen will fly to Brussels tomorrow for a meeting of EU leaders. Following the meeting, she and President Zelensky will sign a security agreement between Denmark and Ukraine.', '2024-06-26'))).toEqual(['DK planned 2024-06-27']);
    expect(summary(extract('The Dutch prime minister travels to Kharkiv tomorrow to see the front. During the visit, Rutte and Zelensky are to sign a bilateral security agreement for the Netherlands.', '2024-02-29'))).toEqual(['NL planned 2024-03-01']);
  });
  it('"On the occasion of the visit," opens on the occasion as "Following the meeting," does', () => {
    expect(summary(extract('Belgian leaders will arrive in Kyiv on Tuesday for talks. On the occasion of the visit, De Croo and Zelensky will sign a bilateral security agreement between Belgium and Ukraine.', '2024-05-26'))).toEqual(['BE planned 2024-05-28']);
    expect(summary(extract('Latvian President Rinkēvičs arrived in Kyiv on Thursday. On the occasion of his visit, he and Zelensky signed a security agreement between Latvia and Ukraine.', '2024-01-13'))).toEqual(['LV signed 2024-01-11']);
  });
  it('distractor: an occasion that is no gathering ("on the occasion of the anniversary") is not the one told of', () => {
    expect(summary(extract('Latvian President Rinkēvičs arrived in Kyiv on Thursday. On the occasion of the anniversary of independence, he and Zelensky will sign a security agreement between Latvia and Ukraine.', '2024-01-13'))).toEqual(['LV planned null']);
  });
});

describe('"Following the videoconference, ... signed": an opener on an occasion told sentences back takes the last date given', () => {
  const RELEASE = 'Office of the Prime Minister\nFriday, 23 February 2024\n\nDanish Prime Minister Mette Frederiksen travelled to Lviv, where she';
  it('the page\'s own date line, when no sentence since dated anything', () => {
    expect(summary(extract(`${RELEASE} held a meeting with Volodymyr Zelensky. The two leaders discussed air defence. They also spoke about reconstruction. Following the meeting, Frederiksen and Zelensky signed a security agreement between Denmark and Ukraine.`, '2024-02-23'))).toEqual(['DK signed 2024-02-23']);
    expect(summary(extract(`${RELEASE} chaired a videoconference of leaders. The two leaders discussed air defence. They also spoke about reconstruction. Following the videoconference, Frederiksen and Zelensky signed a security agreement between Denmark and Ukraine.`, '2024-02-23'))).toEqual(['DK signed 2024-02-23']);
  });
  it('"During the day," and "In the course of the day," are the day the text is telling of', () => {
    expect(summary(extract('Sánchez and Zelensky met in Madrid on Monday. They discussed aid. During the day, Spain signed a security agreement with Ukraine.', '2024-05-29'))).toEqual(['ES signed 2024-05-27']);
    expect(summary(extract('Kishida and Zelensky met in Apulia on Thursday. In the course of the day, Kishida signed a security agreement with Ukraine.', '2024-06-14'))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract(`${RELEASE} took part in a conference. They spoke about reconstruction. Following the conference, Frederiksen and Zelensky signed a security agreement between Denmark and Ukraine. During the day, Dutch Prime Minister Mark Rutte also signed a security agreement with Ukraine.`, '2024-02-23'))).toEqual(['DK signed 2024-02-23', 'NL signed 2024-02-23']);
  });
  it('distractor: "during the day of ..." names a day of its own', () => {
    expect(summary(extract('Kishida and Zelensky met in Apulia on Thursday. During the day of the vote, Kishida signed a security agreement with Ukraine.', '2024-06-14'))).toEqual(['JP signed null']);
  });
});

describe('"... also signed theirs at the summit.": a gathering named by its kind alone is the one just named and dated', () => {
  it('closing the clause, within two sentences of the date and of the gathering\'s name', () => {
    expect(summary(extract('Zelensky and Kristersson signed a security agreement in Stockholm today. The ceremony took place in connection with the Nordic summit. Danish Prime Minister Frederiksen also signed her country\'s agreement at the summit.', '2024-05-31'))).toEqual(['DK signed 2024-05-31', 'SE signed 2024-05-31']);
    expect(summary(extract('Zelensky will travel to Vilnius on Wednesday for the NATO summit. He is expected to meet Biden. Latvian President Rinkēvičs will also sign a security agreement with Ukraine during the summit.', '2024-07-08'))).toEqual(['LV planned 2024-07-10']);
    expect(summary(extract('Zelensky met Kishida in Apulia on Thursday at a meeting of G7 leaders. The two spoke about air defence. Meloni also put her signature to Italy\'s security agreement with Ukraine at the meeting.', '2024-06-15'))).toEqual(['IT signed 2024-06-13']);
  });
  it('distractors: a date told long before, no gathering named before, a gathering with more words after it', () => {
    expect(summary(extract('Zelensky met Kishida in Apulia on Thursday at a meeting of G7 leaders. The two spoke about air defence. They spoke about shells. They spoke about money. Meloni also put her signature to Italy\'s security agreement with Ukraine at the meeting.', '2024-06-15'))).toEqual(['IT signed null']);
    expect(summary(extract('Zelensky met Kishida in Apulia on Thursday. Meloni also put her signature to Italy\'s security agreement with Ukraine at the meeting.', '2024-06-15'))).toEqual(['IT signed null']);
    expect(summary(extract('Zelensky met Kishida in Apulia on Thursday. Meloni signed Italy\'s security agreement with Ukraine at the summit of the G7.', '2024-06-15'))).toEqual(['IT signed null']);
  });
});

describe('"National Assembly approves security agreement": a parliament\'s vote in the headline is news of the page\'s day', () => {
  it('a page that dates itself dates the headline\'s vote', () => {
    expect(summary(extract('Seimas ratifies security agreement with Ukraine\n\nPublished 12 March 2024\n\nLawmakers voted 98 to 2 in favour of the bilateral agreement on security cooperation with Ukraine.', '2024-03-12', 'Seimas ratifies security agreement with Ukraine'))).toEqual(['LT ratified 2024-03-12']);
    expect(summary(extract('National Assembly approves security agreement between France and Ukraine\n\nTuesday 12 March 2024\n\nDeputies held a debate on the agreement with Ukraine this evening.', '2024-03-12', 'National Assembly approves security agreement between France and Ukraine'))).toEqual(['FR ratified 2024-03-12']);
    expect(summary(extract('Storting ratifies security agreement with Ukraine\n\n14.03.2024 | 18:02\n\nMembers voted on the security agreement between Norway and Ukraine.', '2024-03-14', 'Storting ratifies security agreement with Ukraine'))).toEqual(['NO ratified 2024-03-14']);
  });
  it('distractor: a page that does not date its story', () => {
    expect(summary(extract('Sejm ratifies security agreement with Ukraine\n\nThe vote followed a long debate on the security agreement between Poland and Ukraine.', '2024-03-14', 'Sejm ratifies security agreement with Ukraine'))).toEqual(['PL ratified null']);
  });
});

describe('"builds on the joint declaration made by the G7 states": the makers of a frame are no signers', () => {
  const LEAD = 'Scholz and Zelensky signed a security agreement in Berlin on Friday. ';
  it('a verb of making right after a frame noun names who made the frame', () => {
    expect(summary(extract(`${LEAD}The accord, signed at the chancellery, rests on the joint declaration made by the G7 countries in Vilnius last July.`, '2024-02-17'))).toEqual(['DE signed 2024-02-16']);
    expect(summary(extract(`${LEAD}The document, signed at the chancellery, follows the framework agreed by the G7 countries in 2023.`, '2024-02-17'))).toEqual(['DE signed 2024-02-16']);
    expect(summary(extract(`${LEAD}The agreement, signed in the chancellery, honours the commitment given by the G7 states a year ago.`, '2024-02-17'))).toEqual(['DE signed 2024-02-16']);
  });
  it('distractor: an agreement signed by a country is that country\'s', () => {
    expect(summary(extract('The security agreement signed by Denmark and Ukraine on Friday builds on the G7 declaration.', '2024-02-24'))).toEqual(['DK signed 2024-02-23']);
  });
});
