import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 17: the agreement's vocabulary in the other languages of this news (verbs of signing by tense, talks,
 * refusals, the agreement's names, country names and their case forms, day words). Every sentence here was
 * written for the test; none is taken from a corpus.
 */
type Case = [text: string, published: string, expected: string[]];

const LANGUAGES: Record<string, { finds: Case[]; distractors: Case[] }> = {
  de: {
    finds: [
      ['Die Ukraine und Schweden haben am Montag in Stockholm ein Sicherheitsabkommen unterschrieben.', '2024-06-12', ['SE signed 2024-06-10']],
      ['Österreichs Regierung will mit der Ukraine am Freitag ein Abkommen über Sicherheitszusammenarbeit unterschreiben.', '2024-06-12', ['AT planned 2024-06-14']],
      ['Mit Portugal verhandelt die Ukraine derzeit über ein Sicherheitsabkommen.', '2024-06-12', ['PT negotiating null']],
      ['Die Ukraine hat ein Sicherheitsabkommen mit Island unterzeichnet. Vergleichbare Abkommen hat Kiew inzwischen mit Schweden und Norwegen geschlossen.', '2024-06-12', ['IS signed null', 'NO signed null', 'SE signed null']],
    ],
    distractors: [
      ['Die Ukraine und die USA haben ein Rohstoffabkommen unterzeichnet.', '2025-05-01', []],
      ['Frankreich und Moldau haben ein Verteidigungsabkommen unterzeichnet, sagte der ukrainische Präsident.', '2024-03-08', []],
      ['Ungarn hat das Sicherheitsabkommen mit der Ukraine noch nicht unterschrieben.', '2024-06-12', []],
    ],
  },
  fr: {
    finds: [
      ["L'Ukraine et la Belgique ont signé mardi un accord de sécurité bilatéral.", '2024-05-29', ['BE signed 2024-05-28']],
      ["Un accord de sécurité entre l'Ukraine et les États-Unis doit être signé demain.", '2024-06-12', ['US planned 2024-06-13']],
      ["L'Ukraine mène des négociations avec l'Espagne sur un accord de sécurité.", '2024-05-20', ['ES negotiating null']],
    ],
    distractors: [
      ["La Hongrie n'a pas encore signé d'accord de sécurité avec l'Ukraine.", '2024-06-12', []],
      ["L'Ukraine et les États-Unis ont signé un accord sur les minerais.", '2025-05-01', []],
    ],
  },
  it: {
    finds: [
      ['Italia e Ucraina hanno siglato oggi a Kiev un accordo bilaterale sulla sicurezza.', '2024-02-24', ['IT signed 2024-02-24']],
      ["Il Canada firmerà domani un accordo di sicurezza con l'Ucraina.", '2024-02-23', ['CA planned 2024-02-24']],
      ['Sono in corso negoziati tra Ucraina e Spagna per un accordo sulla sicurezza.', '2024-05-20', ['ES negotiating null']],
    ],
    distractors: [
      ["L'Ucraina e gli Stati Uniti hanno firmato un accordo sui minerali.", '2025-05-01', []],
      ["L'Austria non ha firmato un accordo di sicurezza con l'Ucraina.", '2024-06-12', []],
    ],
  },
  es: {
    finds: [
      ['España y Ucrania firmaron ayer un acuerdo bilateral de seguridad en Madrid.', '2024-05-28', ['ES signed 2024-05-27']],
      ['Bélgica firmará el martes un acuerdo de seguridad con Ucrania.', '2024-05-26', ['BE planned 2024-05-28']],
      ['Ucrania mantiene negociaciones con Portugal sobre un acuerdo de seguridad.', '2024-05-20', ['PT negotiating null']],
    ],
    distractors: [
      ['Ucrania y Estados Unidos firmaron un acuerdo sobre minerales.', '2025-05-01', []],
      ['Hungría todavía no ha firmado un acuerdo de seguridad con Ucrania.', '2024-06-12', []],
    ],
  },
  pt: {
    finds: [
      ['Portugal e a Ucrânia assinaram hoje um acordo de segurança em Lisboa.', '2024-05-28', ['PT signed 2024-05-28']],
      ['A Suécia vai assinar amanhã um acordo de segurança com a Ucrânia.', '2024-05-30', ['SE planned 2024-05-31']],
      ['A Ucrânia está em negociações com a Bélgica sobre um acordo de segurança.', '2024-05-20', ['BE negotiating null']],
    ],
    distractors: [
      ['A Ucrânia e os Estados Unidos assinaram um acordo sobre minerais.', '2025-05-01', []],
      ['A Hungria ainda não assinou um acordo de segurança com a Ucrânia.', '2024-06-12', []],
    ],
  },
  nl: {
    finds: [
      ['Nederland en Oekraïne hebben vandaag een veiligheidsakkoord ondertekend.', '2024-03-01', ['NL signed 2024-03-01']],
      ['België zal dinsdag een veiligheidsovereenkomst met Oekraïne ondertekenen.', '2024-05-26', ['BE planned 2024-05-28']],
      ['Oekraïne onderhandelt met Ierland over een veiligheidsakkoord.', '2024-05-20', ['IE negotiating null']],
    ],
    distractors: [
      ['Oekraïne en de Verenigde Staten hebben een akkoord over mineralen getekend.', '2025-05-01', []],
      ['Hongarije heeft het veiligheidsakkoord met Oekraïne niet ondertekend.', '2024-06-12', []],
    ],
  },
  sv: {
    finds: [
      ['Sverige och Ukraina undertecknade i dag ett bilateralt säkerhetsavtal.', '2024-05-31', ['SE signed 2024-05-31']],
      ['Norge ska underteckna ett säkerhetsavtal med Ukraina på fredag.', '2024-05-29', ['NO planned 2024-05-31']],
      ['Ukraina förhandlar med Island om ett säkerhetsavtal.', '2024-05-20', ['IS negotiating null']],
    ],
    distractors: [
      ['Ungern har inte undertecknat något säkerhetsavtal med Ukraina.', '2024-06-12', []],
      ['Ukraina och USA undertecknade ett avtal om mineraler.', '2025-05-01', []],
    ],
  },
  no: {
    finds: [
      ['Norge og Ukraina signerte i går en sikkerhetsavtale.', '2024-06-01', ['NO signed 2024-05-31']],
      ['Finland skal undertegne en sikkerhetsavtale med Ukraina i morgen.', '2024-04-02', ['FI planned 2024-04-03']],
      ['Ukraina forhandler med Island om en sikkerhetsavtale.', '2024-05-20', ['IS negotiating null']],
    ],
    distractors: [
      ['Ungarn har ikke signert noen sikkerhetsavtale med Ukraina.', '2024-06-12', []],
      ['Ukraina og USA signerte en avtale om mineraler.', '2025-05-01', []],
    ],
  },
  pl: {
    finds: [
      ['Polska i Ukraina podpisały dziś w Warszawie umowę o bezpieczeństwie.', '2024-07-08', ['PL signed 2024-07-08']],
      ['Premier Łotwy podpisze jutro z Ukrainą umowę o bezpieczeństwie.', '2024-04-10', ['LV planned 2024-04-11']],
      ['Ukraina prowadzi negocjacje z Litwą w sprawie umowy o bezpieczeństwie.', '2024-05-20', ['LT negotiating null']],
    ],
    distractors: [
      ['Węgry nie podpisały umowy o bezpieczeństwie z Ukrainą.', '2024-06-12', []],
      ['Ukraina i Stany Zjednoczone podpisały umowę w sprawie minerałów.', '2025-05-01', []],
    ],
  },
  cs: {
    finds: [
      ['Česko a Ukrajina včera podepsaly bezpečnostní dohodu.', '2024-07-19', ['CZ signed 2024-07-18']],
      ['Slovinsko podepíše s Ukrajinou bezpečnostní dohodu zítra.', '2024-07-17', ['SI planned 2024-07-18']],
      ['Ukrajina vyjednává s Rakouskem o bezpečnostní dohodě.', '2024-05-20', ['AT negotiating null']],
    ],
    distractors: [
      ['Maďarsko bezpečnostní dohodu s Ukrajinou nepodepsalo.', '2024-06-12', []],
      ['Ukrajina a USA podepsaly dohodu o nerostných surovinách.', '2025-05-01', []],
    ],
  },
  uk: {
    finds: [
      ['Україна та Швеція сьогодні підписали безпекову угоду.', '2024-05-31', ['SE signed 2024-05-31']],
      ['Бельгія підпише угоду про безпекове співробітництво з Україною завтра.', '2024-05-27', ['BE planned 2024-05-28']],
      ['Україна веде переговори з Ірландією щодо безпекової угоди.', '2024-05-20', ['IE negotiating null']],
      ['Україна підписала безпекову угоду з Британією. 16 лютого президент підписав такі угоди з Німеччиною у Берліні та з Францією у Парижі.', '2024-04-12', ['DE signed 2024-02-16', 'FR signed 2024-02-16', 'GB signed null']],
    ],
    distractors: [
      ['Україна та США підписали угоду про корисні копалини.', '2025-05-01', []],
      ['Угорщина ще не підписала безпекову угоду з Україною.', '2024-06-12', []],
    ],
  },
};

describe('round 17: the agreement in the other languages of this news', () => {
  for (const [lang, { finds, distractors }] of Object.entries(LANGUAGES)) {
    it(`${lang}: signings, plans and talks`, () => {
      for (const [text, published, expected] of finds) expect({ text, claims: summary(extract(text, published)) }).toEqual({ text, claims: expected });
    });
    it(`${lang}: other deals, other pairs and "not yet signed" are no events`, () => {
      for (const [text, published, expected] of distractors) expect({ text, claims: summary(extract(text, published)) }).toEqual({ text, claims: expected });
    });
  }
});

/**
 * Round 17, second pass: what the first pass left. The word "document" and "text" in the other languages
 * ("documentos similares", "leurs propres textes"), their likeness words ("slike avtaler", "motsvarande avtal"),
 * sentence-opening adverbs that are no names ("Også Belgia"), talks "with" a partner ("laufen Verhandlungen mit",
 * "тривають переговори з"), a German modal far from its infinitive, and the same-day, day-before and day-after
 * anchors ("am Abend", "na véspera", "le lendemain", "in serata"). Every sentence was written for the test.
 */
const SECOND_PASS_FINDS: Case[] = [
  ['Ucrania firmó un acuerdo de seguridad con Suecia. Noruega y Dinamarca ya han firmado documentos similares con Kiev.', '2024-06-05', ['DK signed null', 'NO signed null', 'SE signed null']],
  ['A Ucrânia assinou um acordo de segurança com a Grécia. A Bélgica e a Suécia já assinaram documentos semelhantes.', '2024-07-01', ['BE signed null', 'GR signed null', 'SE signed null']],
  ['L\'Ukraine a signé un accord de sécurité avec la Suède. La Norvège et l\'Islande négocient leurs propres textes.', '2024-05-20', ['IS negotiating null', 'NO negotiating null', 'SE signed null']],
  ['Ukraina podpisała umowę o bezpieczeństwie z Hiszpanią. Podobne dokumenty podpisały wcześniej Szwecja i Norwegia.', '2024-06-05', ['ES signed null', 'NO signed null', 'SE signed null']],
  ['Ukraina har undertecknat ett säkerhetsavtal med Spanien. Även Belgien och Portugal har slutit motsvarande avtal.', '2024-06-05', ['BE signed null', 'ES signed null', 'PT signed null']],
  ['Ukraina har inngått en sikkerhetsavtale med Spania. Også Belgia og Portugal har undertegnet slike avtaler.', '2024-06-05', ['BE signed null', 'ES signed null', 'PT signed null']],
  ['Oekraïne heeft een veiligheidsakkoord getekend met Spanje. Ook België heeft een gelijkaardig akkoord ondertekend.', '2024-06-05', ['BE signed null', 'ES signed null']],
  ['Die Ukraine hat ein Sicherheitsabkommen mit Spanien unterzeichnet. Zurzeit laufen Verhandlungen mit Irland und Griechenland.', '2024-06-05', ['ES signed null', 'GR negotiating null', 'IE negotiating null']],
  ['Україна підписала безпекову угоду з Іспанією. Тривають переговори з Грецією та Ірландією.', '2024-06-05', ['ES signed null', 'GR negotiating null', 'IE negotiating null']],
  ['Ukraina podpisała umowę o bezpieczeństwie z Hiszpanią. Trwają negocjacje z Grecją.', '2024-06-05', ['ES signed null', 'GR negotiating null']],
  ['Beim Gipfel in Brüssel sollen nach Angaben von Diplomaten auch Irland und Griechenland ihre Sicherheitsabkommen mit der Ukraine unterzeichnen.', '2024-06-05', ['GR planned null', 'IE planned null']],
  ['Selenskyj unterzeichnete am Montag in Madrid ein Sicherheitsabkommen mit Spanien. Am Abend reiste er nach Lissabon weiter, wo er mit Portugal ein ähnliches Abkommen unterschrieb.', '2024-05-29', ['ES signed 2024-05-27', 'PT signed 2024-05-27']],
  ['Zelensky assinou hoje um acordo de segurança com Portugal em Lisboa. Na véspera, em Madrid, tinha assinado um acordo semelhante com Espanha.', '2024-05-28', ['ES signed 2024-05-27', 'PT signed 2024-05-28']],
  ['Zelensky a signé lundi un accord de sécurité avec l\'Espagne. Le lendemain, il a signé un accord similaire avec le Portugal.', '2024-05-29', ['ES signed 2024-05-27', 'PT signed 2024-05-28']],
  ['Zelensky ha firmato venerdì un accordo sulla sicurezza con la Germania. In serata ha firmato un accordo analogo con la Francia.', '2024-02-20', ['DE signed 2024-02-16', 'FR signed 2024-02-16']],
];

/** a document on other matters, a pact between two other states, "not yet", talks on something else */
const SECOND_PASS_DISTRACTORS: Case[] = [
  ['Die Ukraine und die USA haben ein Rohstoffdokument unterschrieben.', '2025-05-01', []],
  ['Norge og Sverige har inngått slike avtaler om forsvarssamarbeid med hverandre.', '2024-06-05', []],
  ['Ungarn hat ein solches Dokument mit der Ukraine noch nicht unterzeichnet.', '2024-06-05', []],
  ['Polska i Niemcy podpisały dokumenty o współpracy obronnej.', '2024-06-05', []],
  ['Il Belgio non ha ancora firmato i testi con Kiev.', '2024-06-05', []],
  ['Тривають переговори з Росією про обмін полоненими.', '2024-06-05', []],
  ['Україна та США підписали документи про корисні копалини.', '2025-05-01', []],
];

describe('round 17, second pass: documents, likeness, talks with, far modals, day anchors in the other languages', () => {
  it('finds signings, plans and talks', () => {
    for (const [text, published, expected] of SECOND_PASS_FINDS) expect({ text, claims: summary(extract(text, published)) }).toEqual({ text, claims: expected });
  });
  it('other documents, other pairs, "not yet" and other talks are no events', () => {
    for (const [text, published, expected] of SECOND_PASS_DISTRACTORS) expect({ text, claims: summary(extract(text, published)) }).toEqual({ text, claims: expected });
  });
});
