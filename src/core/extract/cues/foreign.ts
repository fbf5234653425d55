import { REFUSE } from './refusal.js';
import { wordSet, type SignReading } from './trigger.js';

/**
 * Verbs of signing in the other languages of the corpus (de, fr, it, es, pl, sl, ro, hu, sq, tr, uk, ru).
 * Only the auxiliaries that decide past against future are read; anything subtler is left to English sources.
 */
export const FOREIGN_SIGNED = wordSet(`
  unterzeichnet unterzeichneten unterzeichnete signé signée signés signées signent firmato firmata firmati
  sottoscritto sottoscritta sottoscritti hanno firmado firmaron firmó podpisali podpisał podpisała podpisały
  podpisala podpisal podpisalo podpisan semnat semnează aláírtak aláírta nënshkruan nënshkruam nënshkruar
  imzaladı imzalandı imzalanan підписали підписав подписали подписал geschlossen
`);
export const FOREIGN_PLANNED = wordSet('signera signeront firmerà firmeranno sottoscriverà firmará firmarán podpisze podpiszą semna unterzeichnen signer firmare');

export function classifyForeign(w: readonly string[], k: number): SignReading | null {
  const x = w[k]!;
  const p1 = w[k - 1] ?? '';
  if (FOREIGN_SIGNED.has(x)) {
    if (x === 'hanno') return null;
    if (x === 'unterzeichnet' && (w[k + 1] === 'werden' || w.slice(Math.max(0, k - 8), k).some((y) => y === 'wird' || y === 'soll' || y === 'sollen' || y === 'werden'))) {
      return { status: 'planned', hedged: false };
    }
    if (/^sign/.test(x) && w.slice(Math.max(0, k - 4), k).some((y) => y === 'sera' || y === 'seront')) return { status: 'planned', hedged: false };
    if (/^sign/.test(x) && w.slice(Math.max(0, k - 3), k).includes('pas')) {
      // "n'ont pas signé" — French past negation is a refusal only when no "encore" (yet) softens it
      return { status: w.slice(Math.max(0, k - 3), k).includes('encore') ? null : 'refused', hedged: false };
    }
    return { status: 'signed', hedged: false };
  }
  if (FOREIGN_PLANNED.has(x)) {
    if (x === 'unterzeichnen') {
      const before = w.slice(Math.max(0, k - 10), k);
      if (p1 === 'zu' || before.some((y) => /^(?:wird|werden|wollen|will|soll|sollen|möchte)$/.test(y))) return { status: 'planned', hedged: false };
      return { status: 'signed', hedged: false };
    }
    if (x === 'signer' || x === 'firmare') {
      const before = w.slice(Math.max(0, k - 6), k);
      if (before.some((y) => REFUSE.test(y))) return { status: 'refused', hedged: false };
      if (before.some((y) => /^(?:va|vont|doit|doivent|devrait|pour|deve|devono|per|dovrebbe)$/.test(y))) return { status: 'planned', hedged: false };
      return null;
    }
    if (x === 'semna') return /^(?:va|vor|vom|voi|vei)$/.test(p1) || w.slice(Math.max(0, k - 3), k).some((y) => /^(?:va|vor|vom)$/.test(y)) ? { status: 'planned', hedged: false } : null;
    return { status: 'planned', hedged: false };
  }
  return null;
}
