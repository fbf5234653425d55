import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-06-12';

describe('a group that made the frame is not a signer of the agreements made under it', () => {
  it('the subject of a relative clause on a frame noun made the frame', () => {
    expect(summary(extract('Norway signed a security agreement with Ukraine under the declaration that the Group of Seven adopted in Vilnius.', P))).toEqual(['NO signed null']);
    expect(summary(extract('Portugal concluded a security pact with Ukraine within the framework which the G7 countries agreed last July.', P))).toEqual(['PT signed null']);
    expect(summary(extract('Belgium signed a ten-year security agreement with Ukraine, following the format the Nordic countries set up last year.', P))).toEqual(['BE signed null']);
  });

  it('distractors: the same group as the subject of a signing, a state that signed the agreement itself', () => {
    expect(summary(extract('Germany signed a security agreement with Ukraine, the framework that the G7 agreed last year having left the details to each member.', P))).toEqual(['DE signed null']);
    // a frame noun, but the verb after the state is no making of the frame
    expect(summary(extract('Under the declaration, Poland signed a security agreement with Ukraine on Monday.', P))).toEqual(['PL signed 2024-06-10']);
    expect(summary(extract('The Nordic countries signed security agreements with Ukraine, and Poland is in talks.', P))).toContain('DK signed null');
  });
});

describe('"said no" to something other than signing is no refusal of the agreement', () => {
  it('a refusal with its own object after an aside', () => {
    const t = 'Greece signed a security agreement with Ukraine on Thursday. Athens has said no, more than once, to requests that it hand its air defence batteries to Kyiv.';
    expect(summary(extract(t, P))).toEqual(['GR signed 2024-06-06']);
    const u = 'Slovakia signed a security agreement with Ukraine on Thursday. Bratislava said no, again, to calls for it to send more fighter jets.';
    expect(summary(extract(u, P))).toEqual(['SK signed 2024-06-06']);
    expect(summary(extract('Hungary has said no to demands that it deliver ammunition to Ukraine, a day after Kyiv signed a security pact with Poland.', P))).not.toContain('HU refused null');
  });

  it('saying no to the signing itself is still a refusal', () => {
    expect(summary(extract('Hungary has said no, repeatedly, to signing a security agreement with Ukraine.', P))).toEqual(['HU refused null']);
    expect(summary(extract('Hungary said no to signing a security agreement with Ukraine.', P))).toEqual(['HU refused null']);
  });
});

describe('a leader counted first to sign signed for the state', () => {
  it('"the first leader ... to sign" is a signing, not a plan', () => {
    expect(summary(extract('Danish Prime Minister Mette Frederiksen on Friday became the first leader from outside the Group of Seven to sign a security agreement with Ukraine.', P))).toEqual(['DK signed 2024-06-07']);
    expect(summary(extract('Spanish Prime Minister Pedro Sánchez was the second leader in southern Europe to put his name to a security pact with Ukraine.', P))).toEqual(['ES signed null']);
    expect(summary(extract('Latvia became the first of the Baltic leaders to conclude a ten-year security agreement with Ukraine.', P))).toEqual(['LV signed null']);
  });

  it('distractor: a leader who will be the next to sign', () => {
    expect(summary(extract('Italian Prime Minister Giorgia Meloni will be the first leader in the south to sign a security agreement with Ukraine.', P))).toEqual(['IT planned null']);
  });
});

describe('a past journey to sign, with its place and day between the verb of travel and "to sign"', () => {
  it('the journey is over: a signing on the journey\'s day', () => {
    expect(summary(extract('British Prime Minister Rishi Sunak flew to Kyiv on January 12 to sign a security agreement with Ukraine.', P))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract('Dutch Prime Minister Mark Rutte travelled to Kharkiv on Friday morning to put his name to a security agreement with Ukraine.', P))).toEqual(['NL signed 2024-06-07']);
    expect(summary(extract('Canadian Prime Minister Justin Trudeau came to Kyiv last Saturday to sign a security pact with Ukraine.', P))).toEqual(['CA signed 2024-06-08']);
  });

  it('distractors: a journey ahead, another verb between the journey and the plan', () => {
    expect(summary(extract('Dutch Prime Minister Mark Rutte will travel to Kharkiv on Friday morning to sign a security agreement with Ukraine.', P))).toEqual(['NL planned 2024-06-14']);
    expect(summary(extract('Rutte flew to Kyiv in March, and Italian officials said Rome wanted to sign a security agreement with Ukraine next week.', P))).not.toContain('IT signed null');
  });
});
