import { describe, expect, it } from 'vitest';
import { partyName } from '../../../src/core/gazetteer/index.js';
import { extract, summary } from './helpers.js';

describe('party variants', () => {
  it.each([
    ['The U.K. and Ukraine signed a bilateral security agreement.', 'GB'],
    ['Britain signed a security agreement with Ukraine.', 'GB'],
    ['Great Britain signed a security agreement with Kyiv.', 'GB'],
    ['British Prime Minister Rishi Sunak and Zelensky signed a security agreement.', 'GB'],
    ['The Czech Republic signed a security agreement with Ukraine.', 'CZ'],
    ['Czechia signed a security agreement with Ukraine.', 'CZ'],
    ['Czech Prime Minister Petr Fiala and Zelensky signed a security agreement.', 'CZ'],
    ['Dutch Prime Minister Mark Rutte and Zelensky signed a security agreement in Kharkiv.', 'NL'],
    ['Holland signed a security agreement with Ukraine.', 'NL'],
    ['Spanish Prime Minister Pedro Sánchez signed a security agreement with Ukraine.', 'ES'],
    ['Zelensky and his American counterpart put their names to a bilateral security agreement.', 'US'],
    ['Ukraine signed a security agreement with the EU.', 'EU'],
    ['Ukraine signed a security agreement with the European Union.', 'EU'],
    ['London and Kyiv signed a security agreement.', 'GB'],
    ['Kyiv, Tokyo sign security accord', 'JP'],
    ['Rutte signs Dutch-Ukrainian security agreement', 'NL'],
  ])('%s → %s', (text, code) => {
    expect(summary(extract(text)).map((s) => s.split(' ')[0])).toEqual([code]);
  });

  it('expands group names', () => {
    expect(summary(extract('The Baltic states have signed security agreements with Ukraine.'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
    expect(summary(extract('Ukraine signed bilateral security agreements with the Nordic countries.')).map((s) => s.split(' ')[0])).toEqual(['DK', 'FI', 'IS', 'NO', 'SE']);
  });

  it('gives display names', () => {
    expect(partyName('EU')).toBe('the European Union');
    expect(partyName('GB')).toBe('the United Kingdom');
    expect(partyName('DE')).toBe('Germany');
  });
});

describe('mentions that are not parties', () => {
  it('the hub is never a party', () => {
    expect(extract('Ukraine signed a security agreement. Ukrainian officials signed the deal in Kyiv.')).toEqual([]);
  });

  it('aggressors and possessives are modifiers', () => {
    expect(summary(extract("Norway signed a bilateral security agreement with Ukraine to counter Russia's aggression."))).toEqual(['NO signed null']);
  });

  it('a signing venue is a place, not a party', () => {
    expect(summary(extract('Luxembourg and Ukraine signed a bilateral security agreement in Washington during the NATO summit.'))).toEqual(['LU signed null']);
    expect(summary(extract('The security agreement between Ukraine and Romania was signed in Washington, D.C., on July 11.', '2024-07-12'))).toEqual(['RO signed 2024-07-11']);
  });

  it('a summit venue is a place', () => {
    expect(summary(extract('Ukraine and Estonia signed a security agreement at the EU summit in Brussels, Belgium.'))).toEqual(['EE signed null']);
    expect(extract('Zelensky arrived in Vilnius for the summit, where leaders discussed air defence.')).toEqual([]);
  });

  it('a first name is not a country', () => {
    expect(summary(extract('On May 28 in Lisbon, the Prime Minister of Portugal, Luís Montenegro, and Zelensky signed a security cooperation agreement.', '2024-05-29'))).toEqual(['PT signed 2024-05-28']);
  });

  it('counts alone are not claims', () => {
    expect(extract('Ukraine has already signed security agreements with 14 other countries.')).toEqual([]);
    expect(extract('In total, Kyiv has concluded 23 bilateral security agreements with partners.')).toEqual([]);
  });

  it('two other countries agreeing with each other are not claims', () => {
    expect(extract('France and Moldova signed a bilateral agreement on security and defence cooperation. Ukraine was not part of it.')).toEqual([]);
  });
});
