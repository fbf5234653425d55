import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const TITLE = "Explainer: Ukraine's security agreements one year on";
const OPENING = 'It has been a year since Ukraine signed its first bilateral security agreement with the United Kingdom.\n\nWhat are they? They are pledges of weapons, money and training. None of them is a mutual-defence clause. Nor are they treaties.\n\n';

// An explainer's section opens with a short question and runs its answer in on the same line ("Who signed in
// 2024? In June, the US and Japan signed …"): the question heads the answer like one on a line of its own, so the
// article's agreements are its topic again however many sentences of background came before.
describe('a short question opening its paragraph heads the answer after it', () => {
  it('reads an objectless "signed" in the answer', () => {
    expect(summary(extract(`${OPENING}Who signed in 2024? In June, the US and Japan signed at the G7 summit.`, '2025-02-11', TITLE))).toEqual(['GB signed null', 'JP signed null', 'US signed null']);
  });

  it('reads a plan in the answer', () => {
    expect(summary(extract(`${OPENING}Who is next? Poland is expected to sign in the coming weeks.`, '2024-06-20', TITLE))).toEqual(['GB signed null', 'PL planned null']);
  });

  it('reads a refusal in the answer', () => {
    expect(summary(extract(`${OPENING}Who said no? Hungary and Slovakia have declined to sign.`, '2025-02-11', TITLE))).toEqual(['GB signed null', 'HU refused null', 'SK refused null']);
  });

  it('distractor: a question inside a paragraph heads nothing', () => {
    expect(summary(extract(`${OPENING}Aid budgets are tight. Who pays? In June, the US and Japan signed at the G7 summit.`, '2025-02-11', TITLE))).toEqual(['GB signed null']);
  });

  it('distractor: a long question opening its paragraph is a sentence, not a heading', () => {
    expect(summary(extract(`${OPENING}Why did so many governments in Europe decide to spend money on Ukraine in an election year? In June, the US and Japan signed at the G7 summit.`, '2025-02-11', TITLE))).toEqual(['GB signed null']);
  });
});
