import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 18: the agreement in Romanian, Turkish, Hungarian, Albanian, Slovenian, Croatian, Russian and Lithuanian:
 * their verbs of signing by tense (Turkish "imza attı", Hungarian "írta alá", Slovenian "bo podpisal"), negated
 * futures as refusals ("nem fog aláírni"), country names in their cases ("Ucrainei", "Ukrajnával", "s Albanijom",
 * "с Хорватией"), the agreement's nouns and likeness words, and their month and day words ("2024. június 13.",
 * "13 Haziran 2024", "9. listopada" in Croatian is October). Every sentence was written for the test.
 */
type Case = [text: string, published: string, expected: string[]];

const FINDS: Record<string, Case[]> = {
  ro: [
    ['Miercuri, Ucraina a semnat un acord de securitate cu Polonia. Cu o zi înainte, Luxemburgul semnase un acord similar cu Ucraina.', '2024-07-12', ['LU signed 2024-07-09', 'PL signed 2024-07-10']],
    ['Belgia urmează să semneze mâine un acord de securitate cu Ucraina.', '2024-07-12', ['BE planned 2024-07-13']],
    ['Ungaria nu va semna un acord de securitate cu Ucraina.', '2024-07-12', ['HU refused null']],
    ['Ucraina a semnat un acord de securitate cu Letonia. Kievul a semnat deja astfel de acorduri cu Germania și Franța.', '2024-04-17', ['DE signed null', 'FR signed null', 'LV signed null']],
  ],
  tr: [
    ['Ukrayna ile Hollanda, 1 Mart 2024 tarihinde ikili güvenlik anlaşması imzaladı.', '2024-03-02', ['NL signed 2024-03-01']],
    ['Kanada Başbakanı, Ukrayna ile güvenlik anlaşmasına bugün imza attı.', '2024-02-24', ['CA signed 2024-02-24']],
    ['İspanya, Ukrayna ile yarın bir güvenlik anlaşması imzalayacak.', '2024-05-26', ['ES planned 2024-05-27']],
  ],
  hu: [
    ['Lengyelország és Ukrajna 2024. július 8. napján aláírta a biztonsági megállapodást.', '2024-07-09', ['PL signed 2024-07-08']],
    ['Görögország tegnap biztonsági megállapodást írt alá Ukrajnával.', '2024-07-12', ['GR signed 2024-07-11']],
    ['Magyarország nem fog biztonsági megállapodást aláírni Ukrajnával.', '2024-06-12', ['HU refused null']],
    ['Szlovákia ilyen biztonsági megállapodást sem ír alá Ukrajnával.', '2024-06-12', ['SK refused null']],
  ],
  sq: [
    ['Shqipëria dhe Ukraina nënshkruan dje marrëveshjen për sigurinë.', '2024-10-10', ['AL signed 2024-10-09']],
    ['Kroacia do të nënshkruajë nesër një marrëveshje për sigurinë me Ukrainën.', '2024-10-08', ['HR planned 2024-10-09']],
  ],
  sl: [
    ['Slovenija je v četrtek sklenila varnostni sporazum z Ukrajino.', '2024-07-19', ['SI signed 2024-07-18']],
    ['Premier bo skupaj z ukrajinskim predsednikom jutri podpisal varnostni sporazum z Ukrajino, je sporočila Slovenija.', '2024-07-17', ['SI planned 2024-07-18']],
    ['Ukrajina je podpisala varnostni sporazum z Nemčijo. Podoben sporazum je podpisala tudi s Francijo.', '2024-05-09', ['DE signed null', 'FR signed null']],
  ],
  hr: [
    ['Hrvatska i Ukrajina potpisale su u srijedu sporazum o sigurnosti.', '2024-10-10', ['HR signed 2024-10-09']],
    ['Hrvatska će sporazum o sigurnosti s Ukrajinom potpisati 9. listopada u Dubrovniku.', '2024-10-03', ['HR planned 2024-10-09']],
    ['Ukrajina je potpisala sporazum o sigurnosti s Hrvatskom. Sličan sporazum Ukrajina je potpisala i s Albanijom.', '2024-10-10', ['AL signed null', 'HR signed null']],
  ],
  ru: [
    ['Латвия и Украина в четверг подписали соглашение о безопасности.', '2024-04-12', ['LV signed 2024-04-11']],
    ['Хорватия подпишет соглашение о безопасности с Украиной 9 октября.', '2024-10-03', ['HR planned 2024-10-09']],
    ['Словакия не будет подписывать соглашение о безопасности с Украиной.', '2024-06-12', ['SK refused null']],
  ],
  lt: [
    ['Lietuva ir Ukraina ketvirtadienį pasirašė susitarimą dėl saugumo.', '2024-06-28', ['LT signed 2024-06-27']],
    ['Estija rytoj pasirašys susitarimą dėl saugumo su Ukraina.', '2024-06-26', ['EE planned 2024-06-27']],
  ],
};

/** other deals, other pairs, a past "not yet", talks of something else */
const DISTRACTORS: Case[] = [
  ['Ucraina și Statele Unite au semnat un acord privind mineralele.', '2025-05-01', []],
  ['Ungaria nu a semnat încă un acord de securitate cu Ucraina.', '2024-06-12', []],
  ['Ukrayna ile ABD maden anlaşması imzaladı.', '2025-05-01', []],
  ['Magyarország még nem írta alá a biztonsági megállapodást Ukrajnával.', '2024-06-12', []],
  ['Slovenija in Hrvaška sta podpisali sporazum o sodelovanju na področju energetike.', '2024-06-12', []],
  ['Україна и США подписали соглашение о полезных ископаемых.', '2025-05-01', []],
  ['Словакия ещё не подписала соглашение о безопасности с Украиной.', '2024-06-12', []],
];

describe('round 18: the agreement in Romanian, Turkish, Hungarian, Albanian, Slovenian, Croatian, Russian and Lithuanian', () => {
  for (const [lang, cases] of Object.entries(FINDS)) {
    it(`${lang}: signings, plans and refusals`, () => {
      for (const [text, published, expected] of cases) expect({ text, claims: summary(extract(text, published)) }).toEqual({ text, claims: expected });
    });
  }
  it('other deals, other pairs and "not yet signed" are no events', () => {
    for (const [text, published, expected] of DISTRACTORS) expect({ text, claims: summary(extract(text, published)) }).toEqual({ text, claims: expected });
  });
});
