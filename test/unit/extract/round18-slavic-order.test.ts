import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 18: what the first pass over the eastern languages left. Talks said to go on with someone, with a verb of
 * going on or an adverb between the noun of talks and its "with" ("переговори тривають також зі", "die
 * Verhandlungen laufen auch mit"); Ukrainian "Велика Британія" in its cases; partner leaders in the cases of
 * Croatian, Slovenian, Albanian and Russian ("s premijerom Plenkovićem", "z Golobom"). Every sentence was written
 * for the test.
 */
type Case = [text: string, published: string, expected: string[]];

const LEAD_UK = 'Україна планує підписати безпекову угоду з Іспанією. ';
const LEAD_DE = 'Die Ukraine will ein Sicherheitsabkommen mit Spanien unterzeichnen. ';

const TALKS: Case[] = [
  [LEAD_UK + 'Крім того, переговори тривають також з Японією.', '2024-05-22', ['ES planned null', 'JP negotiating null']],
  [LEAD_UK + 'Переговори ще тривають зі Сполученими Штатами.', '2024-05-22', ['ES planned null', 'US negotiating null']],
  ['Украина планирует подписать соглашение о безопасности с Испанией. Переговоры продолжаются также с Италией.', '2024-05-22', ['ES planned null', 'IT negotiating null']],
  [LEAD_DE + 'Die Verhandlungen laufen auch mit Italien.', '2024-05-22', ['ES planned null', 'IT negotiating null']],
];

const NAMES: Case[] = [
  ['Україна підписала безпекову угоду з Фінляндією. Раніше такі угоди з Україною підписали Велика Британія та Німеччина.', '2024-04-03', ['DE signed null', 'FI signed null', 'GB signed null']],
  ['Зеленський підписав безпекову угоду з Великою Британією.', '2024-01-13', ['GB signed null']],
  ['Zelenski je u srijedu potpisao sporazum o sigurnosti s premijerom Plenkovićem.', '2024-10-10', ['HR signed 2024-10-09']],
  ['Zelenski je potpisao sporazum o sigurnosti i s albanskim premijerom Edijem Ramom.', '2024-10-10', ['AL signed null']],
  ['Zelenski je varnostni sporazum podpisal z Golobom.', '2024-07-19', ['SI signed null']],
];

/** talks of something else, and a "with" that is no party of the talks */
const DISTRACTORS: Case[] = [
  ['Мирні переговори тривають з Росією.', '2024-05-22', []],
  ['Die Verhandlungen über den EU-Beitritt laufen auch mit Moldau.', '2024-05-22', []],
  ['Plenković je govorio o energetici s novinarima.', '2024-10-10', []],
];

describe('round 18: talks that go on, Ukrainian Britain, partner leaders in their cases', () => {
  it.each(TALKS)('talks going on: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
  it.each(NAMES)('names and leaders in their cases: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
  it.each(DISTRACTORS)('no event: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
});
