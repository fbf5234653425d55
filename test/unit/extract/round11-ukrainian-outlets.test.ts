import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 11: Ukrainian outlets (list rows with venues, passive lists, present-state phrasing)', () => {
  it('a list row may close with its venue in brackets and the list punctuation after the date', () => {
    const text = [
      'Where Ukraine has signed security agreements so far',
      '',
      'Signed agreements:',
      '',
      'Belgium – May 28, 2024 (Brussels);',
      'Luxembourg, Romania – July 10, 2024 (Washington);',
      'Croatia – October 9, 2024 (Dubrovnik).',
    ].join('\n');
    const s = summary(extract(text, '2024-12-01'));
    expect(s).toEqual(['BE signed 2024-05-28', 'HR signed 2024-10-09', 'LU signed 2024-07-10', 'RO signed 2024-07-10']);
    // distractor: the venue in brackets is no party, and a list of aid pledges is no list of signings
    const t = summary(extract(['Aid pledges for Ukraine:', '', 'Belgium – May 28, 2024 (Brussels);', 'Norway – May 31, 2024 (Washington);'].join('\n'), '2024-12-01'));
    expect(t).toEqual([]);
  });
});

describe('round 11: a list of the agreements keeps them the topic', () => {
  const rows = ['Finland – April 3, 2024 (Kyiv);', 'Latvia – April 11, 2024 (Kyiv);', 'Spain – May 27, 2024 (Madrid);', 'Belgium – May 28, 2024 (Brussels);', 'Portugal – May 28, 2024 (Lisbon);', 'Poland – July 8, 2024 (Warsaw).'];
  it('an objectless refusal after a long list of signing rows is about the agreements', () => {
    const text = ['Ukraine has bilateral security agreements with dozens of partners. Here is where they stand.', '', 'Signed:', '', ...rows, '', 'Not signed', '', 'Slovakia refused to sign, its prime minister said in Bratislava.'].join('\n');
    const s = summary(extract(text, '2024-12-01'));
    expect(s).toContain('SK refused null');
    expect(s).toContain('PL signed 2024-07-08');
  });
  it('rows of an aid list keep no topic', () => {
    const text = ['Ukraine has bilateral security agreements with dozens of partners. Here is the aid they sent.', 'A second paragraph.', 'A third paragraph.', '', 'Aid pledges:', '', ...rows, '', 'Not signed', '', 'Slovakia refused to sign, its prime minister said in Bratislava.'].join('\n');
    const s = summary(extract(text, '2024-12-01'));
    expect(s.some((x) => x.startsWith('SK '))).toBe(false);
  });
});

describe('round 11: the noun phrase of an agreement', () => {
  it('"agreements of this kind" point back at the agreement, and a fronted adverb qualifies no noun', () => {
    const s = summary(extract('Ukraine and Norway signed a security agreement in Oslo. Before that, documents of the same type were signed by Poland and Spain.', null));
    expect(s).toEqual(['ES signed null', 'NO signed null', 'PL signed null']);
    const t = summary(extract('Ukraine and Norway signed a security agreement in Oslo. Previously, agreements were signed by Poland and Spain.', null));
    expect(t).toContain('PL signed null');
    // distractors: a noun qualifier or a subject of its own still names another kind
    const u = summary(extract('Ukraine and Norway signed a security agreement in Oslo. Meanwhile, trade agreements of this kind were signed by Poland and Spain.', null));
    expect(u).toEqual(['NO signed null']);
    const v = summary(extract('Ukraine and Norway signed a security agreement in Oslo. Previously, agreements on grain transit were signed by Poland and Spain.', null));
    expect(v).toEqual(['NO signed null']);
  });
});

describe('round 11: talks or a text at their final stage', () => {
  const lead = 'Ukraine and Sweden signed a security agreement in Stockholm on Friday.';
  it('talks with a party "are at the final stage"', () => {
    expect(summary(extract(`${lead} Talks with Vilnius are in the final phase, an adviser said.`))).toContain('LT negotiating null');
    // distractor: "at this stage" is a time, not a state of the talks
    expect(summary(extract(`${lead} Talks with Vilnius at this stage are not planned.`))).toEqual(['SE signed 2024-06-07']);
  });
  it('a text "at the final stage of negotiations" is a negotiation', () => {
    expect(summary(extract(`${lead} Officials say the Belgian draft is at an advanced stage of talks.`))).toContain('BE negotiating null');
    // distractor: a stage of something that is no text of the agreement
    expect(summary(extract(`${lead} The Belgian election campaign is at the final stage, officials say.`))).toEqual(['SE signed 2024-06-07']);
  });
});

describe('round 11: names set off by a pair of dashes', () => {
  const lead = 'Ukraine signed a security agreement with Sweden.';
  it('"Two Baltic states - Latvia and Estonia - already have security agreements" is their signing', () => {
    const s = summary(extract(`${lead} Two Baltic states - Latvia and Estonia - already have security agreements with Kyiv.`, null));
    expect(s).toEqual(['EE signed null', 'LV signed null', 'SE signed null']);
  });
  it('the aside keeps its own clause\'s verb, not the next clause\'s', () => {
    const s = summary(extract(`${lead} Two Baltic states - Latvia and Estonia - are still negotiating security agreements, while Lithuania signed its security agreement with Ukraine.`, null));
    expect(s).toContain('LV negotiating null');
    expect(s.some((x) => x.startsWith('LV signed') || x.startsWith('EE signed'))).toBe(false);
  });
});

describe('round 11: "a support document" in an article about the security agreements', () => {
  const lead = 'Zelensky and Starmer will sign a bilateral security agreement on Thursday.';
  it('is the type, named by its title word', () => {
    expect(summary(extract(`${lead} Canada's prime minister is also expected to sign a support document with Zelensky at the summit.`))).toContain('CA planned null');
  });
  it('budget or military support agreements, or an article that never names the type, are not', () => {
    expect(summary(extract(`${lead} Canada is also expected to sign a budget support agreement with Ukraine.`)).some((x) => x.startsWith('CA '))).toBe(false);
    expect(summary(extract('Canada signed a support agreement with Ukraine in Ottawa.'))).toEqual([]);
  });
});

describe('round 11: a place in the series of signatories', () => {
  const far = 'Ukraine signed a security agreement with Belgium in Brussels. The prime minister arrived by train. He met students. He laid flowers at a memorial. He visited a hospital.';
  it('"the next to sign" is about the article\'s agreements however far back they were named', () => {
    expect(summary(extract(`${far} Luxembourg is expected to be the next to sign, officials said.`))).toContain('LU planned null');
  });
  it('not after another act was named', () => {
    const s = summary(extract(`${far} Ukraine and the US also discussed a minerals deal. Luxembourg is expected to be the next to sign, officials said.`));
    expect(s.some((x) => x.startsWith('LU '))).toBe(false);
  });
});

describe('round 11: a signing by an office yet to be filled', () => {
  const lead = 'Ukraine signed a security agreement with Poland. Officials in Kyiv were pleased.';
  it('"may be signed by the next government" is no plan', () => {
    expect(summary(extract(`${lead} The agreement with Romania could be signed by a new government after the elections.`))).toEqual(['PL signed null']);
  });
  it('a passive signing by a sitting office is still a plan', () => {
    expect(summary(extract(`${lead} The agreement with Romania could be signed by the president next week.`))).toContain('RO planned null');
  });
});

describe('round 11: capitals as the venue of a signing no party took', () => {
  const lead = 'Ukraine signed a security agreement with Spain in Madrid.';
  it('"the President signed security agreements in Rome and Ottawa" names the hosts', () => {
    const s = summary(extract(`${lead} Earlier, the President signed security agreements in Rome and Ottawa.`, null));
    expect(s).toEqual(['CA signed null', 'ES signed null', 'IT signed null']);
  });
  it('a venue beside a named partner, or a gathering\'s venue, is no party', () => {
    expect(summary(extract(`${lead} Earlier, the President signed a security agreement in Washington with Luxembourg.`, null))).toEqual(['ES signed null', 'LU signed null']);
    expect(summary(extract(`${lead} Earlier, the President signed security agreements at the NATO summit in Washington.`, null))).toEqual(['ES signed null']);
    expect(summary(extract(`${lead} The agreement was signed in Washington.`, null))).toEqual(['ES signed null']);
    expect(summary(extract(`${lead} Zelensky signed the security agreement in Washington, on the sidelines of the NATO summit.`, null))).toEqual(['ES signed null']);
  });
  it('a gapped item keeps its venue between the date and "with"', () => {
    const s = summary(extract(`${lead} Earlier, the President signed security agreements in Rome and Ottawa, and on Tuesday in Kharkiv with the Netherlands.`, '2024-03-02'));
    expect(s).toContain('NL signed 2024-02-27');
    // distractor: a "with" that is no list item after the gap
    const t = summary(extract(`${lead} The President signed the agreement with Spain on Monday, and on Tuesday in Kharkiv met with Dutch officials.`, '2024-03-02'));
    expect(t.some((x) => x.startsWith('NL '))).toBe(false);
  });
});

describe('round 11: the next in line', () => {
  const lead = 'Ukraine and Norway signed a security agreement in Oslo. Norway became the tenth state to conclude such a document.';
  it('"the next one could be X" and "X could be the next" are plans', () => {
    expect(summary(extract(`${lead} The next one could be Sweden, officials say.`))).toContain('SE planned null');
    expect(summary(extract(`${lead} Iceland is likely to be next in line.`))).toContain('IS planned null');
  });
  it('a next step, office or host names no signatory; a negated one neither', () => {
    expect(summary(extract(`${lead} The next step will be Sweden's ratification of the budget.`))).toEqual(['NO signed null']);
    expect(summary(extract(`${lead} He will be the next president of Iceland.`))).toEqual(['NO signed null']);
    expect(summary(extract(`${lead} The next one will not be Sweden, officials say.`)).some((x) => x.startsWith('SE '))).toBe(false);
  });
});

describe('round 11: "put pen to" a document', () => {
  it('"put pen to a bilateral security agreement" is a signing', () => {
    expect(summary(extract('Zelensky and the Portuguese prime minister put pen to a bilateral security agreement in Lisbon on May 28.'))).toEqual(['PT signed 2024-05-28']);
  });
  it('a pen put to another kind of deal is not', () => {
    expect(summary(extract('Ukraine signed a security agreement with Spain. Officials from Kyiv and Rome put pen to the grain export deal on Friday.'))).toEqual(['ES signed null']);
  });
});

describe('round 11: a signing on the schedule', () => {
  const lead = 'Ukraine signed a security agreement with Spain.';
  it('"a similar signing with X is also on the schedule" is a plan', () => {
    expect(summary(extract(`${lead} A similar signing with Greece is also on the agenda.`, null))).toContain('GR planned null');
    expect(summary(extract(`${lead} The signing with Greece is planned.`, null))).toContain('GR planned null');
  });
  it('not when negated', () => {
    expect(summary(extract(`${lead} The signing with Greece is not on the agenda.`, null))).toEqual(['ES signed null']);
  });
});

describe('round 11: rounds of talks', () => {
  const lead = 'Estonia signed a security agreement with Ukraine.';
  it('"held another round of talks" is a negotiation about the article\'s agreement', () => {
    expect(summary(extract(`${lead} Ukrainian and Norwegian delegations held a new round of talks on Monday.`)).some((x) => x.startsWith('NO negotiating'))).toBe(true);
  });
  it('talks held with a leader, or peace talks, are no negotiation of the agreement', () => {
    expect(summary(extract(`${lead} Zelensky held talks with Norway's prime minister on Monday.`))).toEqual(['EE signed null']);
    expect(summary(extract(`${lead} Norway hosted another round of peace talks on Monday.`))).toEqual(['EE signed null']);
  });
});

describe('round 11: the venue of another signing', () => {
  const lead = 'Ukraine signed a security agreement with Spain.';
  it('"a similar signing in Athens is also on the agenda" is the host\'s plan', () => {
    expect(summary(extract(`${lead} A similar signing in Athens is also on the agenda.`, null))).toContain('GR planned null');
  });
  it('"the signing in Athens" is the one told of, and a gathering\'s venue hosts nobody', () => {
    expect(summary(extract(`${lead} The signing in Athens is planned.`, null))).toEqual(['ES signed null']);
    expect(summary(extract(`${lead} A similar signing in Athens, at the EU summit, is planned.`, null))).toEqual(['ES signed null']);
  });
});

describe('round 11: a headline in the present on a page that names its own weekday', () => {
  const title = 'Ukraine signs security agreements with Belgium and Portugal';
  const body = (day: string): string => `${title}\n\nThe Belgian and Portuguese prime ministers arrived in Kyiv on ${day} morning. Zelensky signed bilateral security agreements with Belgium and Portugal.`;
  it('is dated by the publication day when the body names that weekday', () => {
    // 2024-05-28 is a Tuesday
    expect(summary(extract(body('Tuesday'), '2024-05-28', title))).toEqual(['BE signed 2024-05-28', 'PT signed 2024-05-28']);
  });
  it('a page published the day after names the day before, and its headline stays undated', () => {
    const s = summary(extract(body('Monday'), '2024-05-28', title));
    expect(s.some((x) => x.endsWith('2024-05-28'))).toBe(false);
  });
});
