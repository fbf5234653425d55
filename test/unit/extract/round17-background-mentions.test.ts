import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Articles about something else that mention the agreements in passing: the occasion's day told sentences before,
// a "where" clause, what the agreement holds, a communiqué's "it", a visitor's "first to do so", a headline's
// second predicate and "in the near future".

describe('"On the sidelines of the summit (in Apulia), ... signed": the gathering the text last dated, by date or weekday', () => {
  const QUOTES = '"We are here to stay," she said. "Nobody doubted it," he added. The talks ran late into the night.';
  it('a gathering named by its kind takes the day the text named in words, however many sentences came between', () => {
    expect(summary(extract(`Nordic leaders gathered in Reykjavik on Monday for their annual meeting. ${QUOTES} On the sidelines of the meeting, Zelensky and Icelandic Prime Minister Bjarni Benediktsson signed a security agreement.`, '2024-06-05'))).toEqual(['IS signed 2024-06-03']);
    expect(summary(extract(`Published 5 June 2024\n\nLeaders met at a castle near Prague on Tuesday for a regional conference. ${QUOTES} On the margins of the conference, the Ukrainian president signed a security agreement with Czech Prime Minister Petr Fiala.`, '2024-06-05'))).toEqual(['CZ signed 2024-06-04']);
  });
  it('the gathering with its place after it ("the summit in Apulia") is still that gathering', () => {
    expect(summary(extract('G7 leaders agreed on Thursday to lend Ukraine $50bn. On the sidelines of the summit in Apulia, Fumio Kishida and Zelensky signed a security agreement.', '2024-06-14'))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract('European leaders met on Thursday to discuss migration. On the margins of the forum at Blenheim, Zelensky signed a security agreement with Slovenian Prime Minister Robert Golob.', '2024-07-19'))).toEqual(['SI signed 2024-07-18']);
  });
  it('distractors: a gathering the text never dated, a date of the sentence\'s own', () => {
    expect(summary(extract('G7 leaders are to lend Ukraine $50bn. On the sidelines of the summit in Apulia, Kishida and Zelensky signed a security agreement.', '2024-06-14'))).toEqual(['JP signed null']);
    expect(summary(extract(`Nordic leaders gathered in Reykjavik on Monday for their annual meeting. ${QUOTES} On the sidelines of the meeting, Zelensky and Bjarni Benediktsson signed a security agreement for Iceland on Sunday.`, '2024-06-05'))).toEqual(['IS signed 2024-06-02']);
  });
});

describe('"is due to attend the summit, where he will sign ...": the plain verb of attending and a "where" clause', () => {
  it('a plan made at the gathering the text dated has its day, for every party of a list', () => {
    expect(summary(extract('NATO leaders will meet in Washington on Wednesday. Zelensky is expected to attend the opening of the summit, where he will sign security agreements with Canada, Italy and Portugal.', '2024-07-09'))).toEqual(['CA planned 2024-07-10', 'IT planned 2024-07-10', 'PT planned 2024-07-10']);
    expect(summary(extract('Leaders will gather in Granada on Thursday. Zelensky will join the meeting, where he is to sign agreements on security cooperation with Spain, Belgium and Portugal.', '2024-05-27'))).toEqual(['BE planned 2024-05-30', 'ES planned 2024-05-30', 'PT planned 2024-05-30']);
    expect(summary(extract('The Ukrainian leader arrived in Vilnius on Monday, where he signed security agreements with Lithuania, Latvia and Estonia.', '2024-06-05'))).toEqual(['EE signed 2024-06-03', 'LT signed 2024-06-03', 'LV signed 2024-06-03']);
  });
  it('distractors: a clause that is not opened by "where", a host clause with two dates', () => {
    expect(summary(extract('The Ukrainian leader arrived in Vilnius on Monday, and he signed security agreements with Lithuania, Latvia and Estonia.', '2024-06-05'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
    expect(summary(extract('He arrived in Vilnius on Monday after leaving Kyiv on Sunday, where he signed security agreements with Lithuania, Latvia and Estonia.', '2024-06-05'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
  });
});

describe('"signed a pact that includes €1bn in aid this year": a vague time in what the agreement holds does not date it', () => {
  it('a present or future relative clause, or a ranking apposition, after the cue', () => {
    expect(summary(extract('Zelensky went on to Rome on Friday, where he signed a security agreement with Italy that provides for air defence this year.', '2024-02-26'))).toEqual(['IT signed 2024-02-23']);
    expect(summary(extract('On Friday Zelensky signed a security agreement with Denmark which commits it to €1.8bn in aid this year.', '2024-02-26'))).toEqual(['DK signed 2024-02-23']);
    expect(summary(extract('On Friday Zelensky signed a security agreement with Denmark, the second such document signed by Ukraine this month.', '2024-02-26'))).toEqual(['DK signed 2024-02-23']);
  });
  it('distractors: the vague time belongs to the signing itself', () => {
    expect(summary(extract('Zelensky signed a security agreement with Italy this year.', '2024-02-26'))).toEqual(['IT signed null']);
    expect(summary(extract('Zelensky signed a security agreement with Denmark earlier this year, the minister said.', '2024-02-26'))).toEqual(['DK signed null']);
  });
});

describe('"ended with a communiqué ..., though India declined to sign it": "it" is the text the sentence named last', () => {
  const LATER = ' Zelensky signed a bilateral security agreement with Canada last week.';
  it('a communiqué, a declaration or a statement before "it" is what was not signed', () => {
    expect(summary(extract(`The conference closed with a joint declaration backed by 50 states, though Brazil refused to sign it.${LATER}`, '2024-06-16'))).toEqual(['CA signed null']);
    expect(summary(extract(`The summit issued a final statement on Sunday, but Mexico declined to sign it.${LATER}`, '2024-06-16'))).toEqual(['CA signed null']);
    expect(summary(extract(`The meeting adopted a communique on food security, and Saudi Arabia did not sign it.${LATER}`, '2024-06-16'))).toEqual(['CA signed null']);
  });
  it('distractor: an agreement named after the other text is what "it" stands for', () => {
    expect(summary(extract('Despite the summit communique, the security agreement was ready, but Hungary refused to sign it. Zelensky signed a bilateral security agreement with Canada last week.', '2024-06-16'))).toEqual(['CA signed null', 'HU refused null']);
  });
});

describe('"addressed the cabinet, the first foreign leader to do so": what the first one did is the sentence\'s own act', () => {
  const BEFORE = 'On Thursday Zelensky signed a security agreement with Slovenia. ';
  it('an address or a visit is what is done again', () => {
    expect(summary(extract(`${BEFORE}He also addressed Meloni's cabinet on Friday, the first foreign leader to do so in a decade.`, '2024-07-19'))).toEqual(['SI signed 2024-07-18']);
    expect(summary(extract(`${BEFORE}Zelensky then visited Poland's parliament, the first head of state to do so this year.`, '2024-07-19'))).toEqual(['SI signed 2024-07-18']);
    expect(summary(extract(`${BEFORE}He addressed the Dutch parliament on Friday, the first foreign leader to do so.`, '2024-07-19'))).toEqual(['SI signed 2024-07-18']);
  });
  it('distractor: a signing before "the first to do so" is still what was done', () => {
    expect(summary(extract('Latvia signed a security agreement with Ukraine on Thursday, the first Baltic state to do so.', '2024-07-19'))).toEqual(['LV signed 2024-07-18']);
  });
});

describe('"Zelensky warns Europe over Trump, signs agreement with Albania": a headline\'s second predicate is the first subject\'s', () => {
  const BODY = '\n\nZelensky spoke at the forum.';
  it('the names the first verb governs are not the signing\'s parties', () => {
    expect(summary(extract(`Zelensky meets Biden, signs security agreement with Albania${BODY}`, '2025-01-22', 'Zelensky meets Biden, signs security agreement with Albania'))).toEqual(['AL signed null']);
    expect(summary(extract(`Zelensky criticises Orbán, signs security pact with Croatia${BODY}`, '2025-01-22', 'Zelensky criticises Orbán, signs security pact with Croatia'))).toEqual(['HR signed null']);
    expect(summary(extract(`Zelensky thanks Poland for aid, inks security agreement with Estonia${BODY}`, '2025-01-22', 'Zelensky thanks Poland for aid, inks security agreement with Estonia'))).toEqual(['EE signed null']);
  });
  it('distractor: a headline\'s second item with a subject of its own', () => {
    expect(summary(extract(`Zelensky meets Biden, Romania signs security pact${BODY}`, '2025-01-22', 'Zelensky meets Biden, Romania signs security pact'))).toEqual(['RO signed null']);
  });
});

describe('"was ready to sign ... in the near future": a time still ahead keeps a past readiness a plan', () => {
  it('"in the (very) near future" is such a time', () => {
    expect(summary(extract('Tusk said on Tuesday that Warsaw was ready to sign its security agreement with Kyiv in the near future.', '2024-04-03'))).toEqual(['PL planned null']);
    expect(summary(extract('The minister said Vilnius was prepared to sign a security pact with Ukraine "in the very near future".', '2024-04-03'))).toEqual(['LT planned null']);
    expect(summary(extract('Officials said Athens was expected to sign a bilateral security agreement with Ukraine in the near future.', '2024-04-03'))).toEqual(['GR planned null']);
  });
  it('distractor: a past readiness with no time ahead fell through', () => {
    expect(summary(extract('Tusk said Warsaw was ready to sign its security agreement with Kyiv in the past.', '2024-04-03'))).toEqual([]);
  });
});
