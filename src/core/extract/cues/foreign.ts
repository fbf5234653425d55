import { classifyEast, EAST_PLANNED, EAST_SIGNED } from './foreign-east.js';
import { REFUSE } from './refusal.js';
import { wordSet, type SignReading } from './trigger.js';

/**
 * Verbs of signing in the other languages of the corpus (de, fr, it, es, pt, nl, sv, no, pl, cs, sl, ro, hu, sq,
 * tr, uk, ru). Only the auxiliaries, modals and negations that decide past against future are read; anything
 * subtler is left to English sources.
 */

/** Past forms and participles: signed, unless a future or modal auxiliary makes them a plan ("soll unterschrieben werden"). */
const WEST_SIGNED = wordSet(`
  unterzeichnet unterzeichneten unterzeichnete unterschrieben unterschrieb unterschrieben abgeschlossen signé signée signés
  signées signent signait signa conclu conclue conclus firmato firmata firmati firmate firmano sottoscritto sottoscritta
  sottoscritti siglato siglata siglati siglano hanno firmado firmada firmados firmadas firmaron firmó firman suscribió
  suscribieron suscrito rubricó rubricaron rubricado assinado assinada assinados assinadas assinou assinaram assinam
  ondertekend ondertekende ondertekenden getekend tekende tekenden undertecknade undertecknat undertecknats undertecknar
  signerte signert signerer undertegnet undertegnede undertegner underskrevet skrev skriver podpisali podpisał podpisała
  podpisały podpisala podpisal podpisalo podpisan podpisana podpisane podpisany podpisano podpisują zawarły zawarła
  zawarł zawarli podepsal podepsala podepsali podepsaly podepsalo podepsána podepsaná podepsanou uzavřel uzavřela
  uzavřeli semnat semnează aláírtak aláírta nënshkruan nënshkruam nënshkruar imzaladı imzalandı imzalanan підписали
  підписав підписала підписало підписано підписана підписаний підписану підписують уклали уклав уклала укладено
  подписали подписал подписала подписано geschlossen
  sloten sloot gesloten tekent ondertekent slöt slutit slutits inngått inngikk
`);
/** Future forms, infinitives and subjunctives: a plan when a future or modal auxiliary governs them. */
const WEST_PLANNED = wordSet(`
  signera signeront firmerà firmeranno sottoscriverà siglerà sigleranno firmará firmarán firme firmen firmar assinará
  assinarão assinar podpisze podpiszą podpisać semna unterzeichnen unterschreiben signer firmare ondertekenen underteckna
  undertecknas skriva skrive signere signeres undertegne undertegnes podepíše podepíší podepíšou podepsat підпише підпишуть
  підписати подпишет подпишут подписать siglare sottoscrivere uzavřít
`);

/** With the eastern languages' verbs (foreign-east.ts). */
export const FOREIGN_SIGNED: ReadonlySet<string> = new Set([...WEST_SIGNED, ...EAST_SIGNED]);
export const FOREIGN_PLANNED: ReadonlySet<string> = new Set([...WEST_PLANNED, ...EAST_PLANNED]);

/** Infinitives that are also a present plural, a headline's present ("Scholz und Selenskyj unterzeichnen Abkommen"). */
const PRESENT_TOO = wordSet('unterzeichnen unterschreiben ondertekenen');
/** Verbs that mean signing only with "under" after them (sv/no "skrev under", "skriver under", "skal skrive under"). */
const UNDER_VERBS = wordSet('skrev skriver skriva skrive');

/** Auxiliaries and modals before an infinitive that make it a plan: "wird unterzeichnen", "va signer", "ma podpisać". */
const PLAN_BEFORE = wordSet(`
  wird werden wollen will soll sollen möchte möchten zu va vont doit doivent devrait devraient pour compte prévoit deve
  devono dovrebbe dovrebbero per intende prevede van debe deben deberá prevé previsto para pretende vai vão devem irá irão
  zal zullen gaat gaan moet moeten wil willen te ska skall kommer att planerar väntas avser skal skulle planlegger å
  mają zamierza zamierzają planuje planują chce chcą będzie mají má chtějí bude budou mělo měla měl měly plánuje планує планують має мають
  збирається буде будуть хоче хочуть планирует будет должен должны
`);
/** German and Dutch put the modal after the infinitive ("ein Abkommen unterschreiben will", "ondertekenen zal"). */
const PLAN_AFTER = wordSet('will wollen soll sollen wird werden möchte möchten zal zullen wil willen moet moeten');
/** German modals and the future auxiliary, which may stand far before their infinitive */
const GERMAN_MODALS = wordSet('wird werden wollen will soll sollen möchte möchten');
/** Auxiliaries before a participle that make it a signing to come: "sera signé", "sarà firmato", "zostanie podpisana". */
const PASSIVE_FUTURE_BEFORE = wordSet(`
  wird soll sollen sera seront être doit doivent devrait devraient sarà saranno verrà verranno essere será serán ser serão
  zal zullen worden ska skall skal zostanie zostaną zostać będzie będą bude budou být буде будуть бути
`);
/** Negations before a verb: "nicht unterzeichnet", "no ha firmado", "nie podpisała", "не підписала" (not yet: no event). */
const NEG = wordSet('nicht nie kein keine ne non no não niet niet inte ikke не ані nebyla nebyl nikdy jamais nunca nooit aldrig aldri');

function any(ws: readonly string[], set: ReadonlySet<string>): boolean {
  return ws.some((y) => set.has(y));
}

export function classifyForeign(w: readonly string[], k: number): SignReading | null {
  const east = classifyEast(w, k);
  if (east !== undefined) return east;
  const x = w[k]!;
  const p1 = w[k - 1] ?? '';
  const before = (n: number): string[] => w.slice(Math.max(0, k - n), k);
  if (UNDER_VERBS.has(x)) {
    if (w[k + 1] !== 'under') return null;
    if (any(before(3), NEG)) return { status: null, hedged: false };
    return x === 'skriva' || x === 'skrive' ? (any(before(3), PLAN_BEFORE) ? { status: 'planned', hedged: false } : null) : { status: 'signed', hedged: false };
  }
  if (FOREIGN_SIGNED.has(x)) {
    if (x === 'hanno') return null;
    if (/^sign/.test(x) && before(3).includes('pas')) {
      // "n'ont pas signé" — French past negation is a refusal only when no "encore" (yet) softens it
      return { status: before(3).includes('encore') ? null : 'refused', hedged: false };
    }
    // "hat das Abkommen noch nicht unterzeichnet", "no ha firmado todavía", "ще не підписала": not yet, no event
    if (any(before(3), NEG)) return { status: null, hedged: false };
    // German and Dutch participles: "soll ... unterschrieben werden", "zal worden ondertekend"
    if (/^(?:unterzeichnet|unterschrieben|geschlossen|abgeschlossen|ondertekend|getekend|gesloten)$/.test(x)) {
      if (w[k + 1] === 'werden' || w[k + 1] === 'worden' || p1 === 'worden' || before(8).some((y) => y === 'wird' || y === 'soll' || y === 'sollen' || y === 'werden' || y === 'zal' || y === 'zullen')) {
        return { status: 'planned', hedged: false };
      }
      return { status: 'signed', hedged: false };
    }
    // "sera signé", "doit être signé", "sarà firmato", "zostanie podpisana", "має бути підписана"
    if (any(before(3), PASSIVE_FUTURE_BEFORE) && !/^(?:stato|stata|stati|state|été|sido|varit|vært|było|była|byla|було)$/.test(p1)) return { status: 'planned', hedged: false };
    return { status: 'signed', hedged: false };
  }
  if (FOREIGN_PLANNED.has(x)) {
    const b = before(10);
    if (b.some((y) => REFUSE.test(y))) return { status: 'refused', hedged: false };
    if (any(before(3), NEG)) return { status: null, hedged: false };
    if (PRESENT_TOO.has(x)) {
      // (the German modal stands second in its clause, the infinitive last, however long the words between: "Am
      // Rande des Treffens wollen nach Angaben aus Diplomatenkreisen auch Luxemburg und Rumänien ihre Abkommen
      // mit Kiew unterschreiben")
      if (p1 === 'zu' || any(b, PLAN_BEFORE) || PLAN_AFTER.has(w[k + 1] ?? '') || any(before(24), GERMAN_MODALS)) return { status: 'planned', hedged: false };
      return { status: 'signed', hedged: false };
    }
    // infinitives: a plan only under a modal or future auxiliary ("va signer", "ma podpisać", "kommer att underteckna")
    if (/^(?:signer|firmare|siglare|sottoscrivere|firmar|assinar|podpisać|underteckna|signere|undertegne|podepsat|uzavřít|підписати|подписать)$/.test(x)) {
      return any(before(6), PLAN_BEFORE) || PLAN_AFTER.has(w[k + 1] ?? '') ? { status: 'planned', hedged: false } : null;
    }
    // Spanish subjunctive: "está previsto que firme el martes"
    if (x === 'firme' || x === 'firmen') return p1 === 'que' || w[k - 2] === 'que' ? { status: 'planned', hedged: false } : null;
    if (x === 'semna') return /^(?:va|vor|vom|voi|vei)$/.test(p1) || before(3).some((y) => /^(?:va|vor|vom)$/.test(y)) ? { status: 'planned', hedged: false } : null;
    return { status: 'planned', hedged: false };
  }
  return null;
}
