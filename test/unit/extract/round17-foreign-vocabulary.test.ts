import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Vocabulary of the other languages (challenge46): the shortened "among others" that opens a list, the verbs of
// concluding an agreement, refusals, and the Polish "cooperation in the field of security" title.

describe('"among others" shortened does not end the sentence', () => {
  it('Polish "m.in.", German "u.a.", Swedish "bl.a." open the list of signers', () => {
    expect(summary(extract('Polska podpisała umowę o bezpieczeństwie z Ukrainą. Wcześniej podobne umowy podpisały m.in. Kanada, Włochy i Dania.'))).toEqual(
      ['CA signed null', 'DK signed null', 'IT signed null', 'PL signed null'],
    );
    expect(summary(extract('Deutschland hat ein Sicherheitsabkommen mit der Ukraine unterzeichnet. Zuvor hatten u.a. Frankreich und Dänemark ähnliche Abkommen unterzeichnet.'))).toEqual(
      ['DE signed null', 'DK signed null', 'FR signed null'],
    );
    expect(summary(extract('Finland undertecknade ett säkerhetsavtal med Ukraina. Tidigare har bl.a. Kanada och Italien undertecknat liknande avtal.'))).toEqual(
      ['CA signed null', 'FI signed null', 'IT signed null'],
    );
  });
  it('a sentence that ends with another word still ends', () => {
    expect(summary(extract('Polska podpisała umowę o bezpieczeństwie z Ukrainą. Kanada o tym mówiła. Dania nie.'))).toEqual(['PL signed null']);
  });
});

describe('verbs of concluding an agreement (nl, sv, no)', () => {
  it('"sloten", "slutit", "inngått", "tekent" read as signing', () => {
    // (one party each: the Dutch "en" is also the Spanish "in", so "Canada en Denemarken" loses its second party)
    expect(summary(extract('België ondertekende een veiligheidsakkoord met Oekraïne. Eerder sloot Canada een vergelijkbaar akkoord met Oekraïne.'))).toEqual(
      ['BE signed null', 'CA signed null'],
    );
    expect(summary(extract('België ondertekende een veiligheidsakkoord met Oekraïne. Later sloot Polen een vergelijkbaar akkoord met Oekraïne.'))).toEqual(
      ['BE signed null', 'PL signed null'],
    );
    expect(summary(extract('Finland undertecknade ett säkerhetsavtal med Ukraina. Kanada har redan slutit ett liknande avtal med Kyiv och Polen slöt ett liknande avtal i maj.'))).toEqual(
      ['CA signed null', 'FI signed null', 'PL signed null'],
    );
    expect(summary(extract('Norge har signert en sikkerhetsavtale med Ukraina. Canada har allerede inngått en lignende avtale med Ukraina, og Polen inngikk en lignende avtale i mai.'))).toEqual(
      ['CA signed null', 'NO signed null', 'PL signed null'],
    );
    expect(summary(extract('Schoof tekent veiligheidsakkoord met Oekraïne.'))).toEqual(['NL signed null']);
  });
  it('a plan and a negation keep their reading', () => {
    expect(summary(extract('België ondertekende een veiligheidsakkoord met Oekraïne. Canada heeft nog geen akkoord gesloten.'))).toEqual(['BE signed null']);
    expect(summary(extract('België ondertekende een veiligheidsakkoord met Oekraïne. Het akkoord met Canada zal worden gesloten.'))).not.toContain('CA signed null');
  });
});

describe('refusals (de "lehnt ... ab", es "se ha negado a firmar")', () => {
  it('reads the refusal', () => {
    expect(summary(extract('Deutschland hat ein Sicherheitsabkommen mit der Ukraine unterzeichnet. Ungarn lehnt ein solches Abkommen ab.'))).toEqual(
      ['DE signed null', 'HU refused null'],
    );
    expect(summary(extract('España y Ucrania firmaron un acuerdo de seguridad. Eslovaquia se ha negado a firmar un acuerdo de seguridad.'))).toEqual(
      ['ES signed null', 'SK refused null'],
    );
    expect(summary(extract('España y Ucrania firmaron un acuerdo de seguridad. Hungría se niega a firmar el acuerdo.'))).toEqual(['ES signed null', 'HU refused null']);
  });
  it('a negotiation is no refusal', () => {
    expect(summary(extract('España y Ucrania firmaron un acuerdo de seguridad. Hungría negocia un acuerdo similar.'))).not.toContain('HU refused null');
  });
});

describe('Polish "umowa o współpracy w dziedzinie bezpieczeństwa"', () => {
  it('the cooperation agreement in the field of security is the type', () => {
    expect(summary(extract('Tusk i Zełenski podpisali umowę o współpracy w dziedzinie bezpieczeństwa.'))).toEqual(['PL signed null']);
    expect(summary(extract('Premier Polski podpisał z Ukrainą umowę o współpracy w zakresie bezpieczeństwa.'))).toEqual(['PL signed null']);
    expect(summary(extract('Polska i Ukraina podpisały dwustronną umowę o współpracy w obszarze bezpieczeństwa.'))).toEqual(['PL signed null']);
  });
  it('a cooperation agreement on something else is not', () => {
    expect(summary(extract('Tusk i Zełenski podpisali umowę o współpracy gospodarczej.'))).toEqual([]);
    expect(summary(extract('Polska i Ukraina podpisały umowę o współpracy kulturalnej.'))).toEqual([]);
  });
});
