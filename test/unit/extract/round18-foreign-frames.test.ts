import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 18: the agreement's frame and title in Ukrainian and Russian. "угоди у межах Спільної декларації", "в
 * рамках декларации": the act the agreements are made within is their frame, not what they are on, so they stay
 * the tracked type and "such documents" after them still points at them. "Угода про підтримку України та
 * співробітництво": the support-and-cooperation title of the type. Every sentence was written for the test.
 */
type Case = [text: string, published: string, expected: string[]];

const LEAD = 'Україна підписала безпекову угоду з Ісландією. ';

const FINDS: Case[] = [
  [LEAD + 'Всього Київ має 20 безпекових угод у межах декларації G7. Раніше такі документи підписали Бельгія та Іспанія.', '2024-06-01', ['BE signed null', 'ES signed null', 'IS signed null']],
  [LEAD + 'Україна вже уклала понад десять угод у межах Спільної декларації. Аналогічні документи підписали Бельгія та Іспанія.', '2024-06-01', ['BE signed null', 'ES signed null', 'IS signed null']],
  ['Украина подписала соглашение о безопасности с Исландией. Всего подписано 20 соглашений в рамках декларации G7. Такие документы раньше подписали Бельгия и Испания.', '2024-06-01', ['BE signed null', 'ES signed null', 'IS signed null']],
  ['Прем\'єр-міністр Португалії та Зеленський у вівторок підписали Угоду про підтримку України та співробітництво.', '2024-05-29', ['PT signed 2024-05-28']],
  ['Зеленський і прем\'єр Бельгії підписали угоду про підтримку та співробітництво між Україною та Бельгією.', '2024-05-29', ['BE signed null']],
];

/** a declaration named on its own, and support of another kind */
const DISTRACTORS: Case[] = [
  ['Україна та Бельгія підписали спільну декларацію про співпрацю.', '2024-06-01', []],
  ['Бельгія надала підтримку Україні у сфері енергетики та співробітництва.', '2024-06-01', []],
];

describe('round 18: the frame and the support title in Ukrainian and Russian', () => {
  it.each(FINDS)('%s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
  it.each(DISTRACTORS)('no event: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
});
