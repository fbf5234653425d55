import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 18: French, Italian, German and Polish leftovers. French "un texte similaire" is the agreement likened to
 * the ones named ("texte" and the Romance likeness after its noun); Polish agreement nouns in their other cases
 * ("nad porozumieniem", "z umową") and "finalizują" as talks; hours before or after in the other languages
 * ("quelques heures plus tôt", "poche ore dopo", "wenige Stunden zuvor") are the same day. Every sentence was
 * written for the test.
 */
type Case = [text: string, published: string, expected: string[]];

const FINDS: Case[] = [
  ['Zelensky a signé un accord de sécurité avec la France. Le même mois, il a signé un texte similaire avec le Danemark.', '2024-02-24', ['DK signed null', 'FR signed null']],
  ['Zelensky a signé un accord de sécurité avec la France. Il avait déjà signé un texte analogue avec les Pays-Bas.', '2024-03-02', ['FR signed null', 'NL signed null']],
  ['Polska i Ukraina finalizują prace nad porozumieniem o bezpieczeństwie.', '2024-07-01', ['PL negotiating null']],
  ['Czechy finalizują z Ukrainą umowę w sprawie bezpieczeństwa.', '2024-07-01', ['CZ negotiating null']],
  ['Selenskyj unterzeichnete am Freitag in Paris ein Sicherheitsabkommen mit Frankreich. Wenige Stunden zuvor hatte Deutschland ein Sicherheitsabkommen mit der Ukraine unterzeichnet.', '2024-02-17', ['DE signed 2024-02-16', 'FR signed 2024-02-16']],
  ['Venerdì Zelensky ha firmato un accordo di sicurezza con la Francia. Poche ore dopo, anche la Germania ha firmato un accordo di sicurezza con l\'Ucraina.', '2024-02-17', ['DE signed 2024-02-16', 'FR signed 2024-02-16']],
];

/** a text of something else, talks finished on another matter */
const DISTRACTORS: Case[] = [
  ['La France a publié un texte similaire sur le climat.', '2024-02-24', []],
  ['Polska finalizuje prace nad budżetem.', '2024-07-01', []],
];

describe('round 18: French, Polish and the hours before in the other languages', () => {
  it.each(FINDS)('%s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
  it.each(DISTRACTORS)('no event: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
});
