import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('", who signed ..., as well as by X": a phrase repeating the main clause\'s preposition leaves the relative clause', () => {
  it('the names after "as well as by/with" do not take the relative clause\'s signing', () => {
    expect(summary(extract('Zelensky was joined by the Prime Minister of Denmark, who signed his country\'s security agreement with Ukraine on Friday, as well as by the Prime Minister of Sweden.', '2024-02-24'))).toEqual(['DK signed 2024-02-23']);
    expect(summary(extract('Zelensky met with Mark Rutte of the Netherlands, who signed a security agreement with Ukraine, as well as with the leaders of Belgium and Spain.', '2024-03-02'))).toEqual(['NL signed null']);
    expect(summary(extract('The president spoke to Finland\'s Stubb, who had just concluded a security agreement with Ukraine, as well as to the Prime Minister of Norway.', '2024-04-04'))).toEqual(['FI signed 2024-04-04']);
  });

  it('distractors: a list inside the relative clause, and a list with no relative clause', () => {
    expect(summary(extract('Zelensky thanked the leaders, who signed security agreements with Ukraine in Kyiv, as well as Canada and Italy.', '2024-02-24'))).toEqual(['CA signed null', 'IT signed null']);
    expect(summary(extract('Ukraine signed security agreements with Denmark, as well as with Sweden.', '2024-06-01'))).toEqual(['DK signed null', 'SE signed null']);
  });
});
