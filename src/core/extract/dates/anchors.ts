import type { Token } from '../tokens.js';

/**
 * Anchored dates: "the same day", "a day earlier", "two weeks later", "at the same ceremony". They count from
 * a date the text gave before (in the sentence, else the last one of the text), never from publication.
 */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['ten', 10],
]);

/** "the same day", "hours after", "minutes later", "a day earlier", "two weeks later", "the next day": [length, days] or null. */
const ANCHOR_START = new Set(['same', 'that', 'earlier', 'later', 'hours', 'minutes', 'moments', 'next', 'following', 'previous', 'day', 'week', 'in', 'during', 'eve', ...COUNT_WORDS.keys()]);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);

/**
 * The same anchors in the other languages, as token sequences (punctuation included: "l ' après - midi", "' s
 * avonds"): a time of the day the text is telling of ("am Abend", "dans la soirée", "in serata", "por la tarde"),
 * "the same day", "the day before" ("na véspera", "la veille") and "the day after" ("le lendemain").
 */
const FOREIGN_ANCHORS: ReadonlyMap<string, readonly (readonly [readonly string[], number])[]> = (() => {
  const table: readonly (readonly [string, number])[] = [
    ['am abend|am morgen|am nachmittag|am vormittag|am selben tag|am gleichen tag|am selben abend|am gleichen abend|später am tag', 0],
    ["dans la soirée|dans la matinée|dans l ' après - midi|le même jour|en soirée|plus tard dans la journée|dans la journée", 0],
    ['in serata|in mattinata|nel pomeriggio|lo stesso giorno|in giornata|la sera stessa', 0],
    ['por la tarde|por la noche|por la mañana|el mismo día|esa misma tarde|ese mismo día', 0],
    ['de manhã|à tarde|à noite|no mesmo dia|pela manhã|nesse mesmo dia', 0],
    ["' s avonds|' s middags|' s ochtends|dezelfde dag|later op de dag", 0],
    ['samma dag|på kvällen|senare samma dag|samme dag|på kvelden|senere samme dag|samme kveld', 0],
    ['tego samego dnia|wieczorem|po południu', 0],
    ['týž den|tentýž den|stejný den|téhož dne|večer|odpoledne', 0],
    ['того ж дня|того самого дня|ввечері|увечері', 0],
    // ro / tr / hu / sq / sl / hr / ru / lt
    ['în aceeași zi|în aceeaşi zi|în cursul zilei|mai târziu în cursul zilei|aynı gün|aynı günün|ugyanezen a napon|ugyanazon a napon|aznap|ugyanaznap|po sot|të njëjtën ditë|po atë ditë|isti dan|istega dne|istoga dana|istog dana|isti dan|в тот же день|в этот же день|тем же днем|тем же днём|tą pačią dieną|tą dieną', 0],
    // "quelques heures plus tôt", "poche ore dopo", "wenige Stunden zuvor": hours before or after, the same day
    ['heures plus tôt|heures plus tard|heures auparavant|ore prima|ore dopo|ore più tardi|stunden zuvor|stunden später|stunden vorher|horas antes|horas después|horas depois|horas mais tarde|uren eerder|uren later|timmar tidigare|timmar senare|timer tidligere|timer senere|godzin wcześniej|godzin później|hodin dříve|hodin později|годин тому|годинами раніше|годинами пізніше|часами ранее|часами позже|ore mai devreme|ore mai târziu|órával korábban|órával később|orë më parë|orë më vonë|sati ranije|sati kasnije|ur prej|ur pozneje|valandomis anksčiau', 0],
    ['na véspera|la veille|am vortag|il giorno prima|el día anterior|la víspera|dzień wcześniej|напередодні', -1],
    ['cu o zi înainte|cu o zi mai devreme|în ajun|bir gün önce|bir gün evvel|egy nappal korábban|előző nap|előző napon|një ditë më parë|një ditë më herët|dan prej|dan ranije|dan prije|dan prije toga|накануне|днем ранее|днём ранее|за день до этого|dieną anksčiau|išvakarėse', -1],
    ['le lendemain|am folgenden tag|am nächsten tag|il giorno dopo|al día siguiente|no dia seguinte|dagen därpå|dagen etter|następnego dnia|наступного дня', 1],
    ['a doua zi|ertesi gün|bir gün sonra|másnap|egy nappal később|të nesërmen|një ditë më vonë|naslednji dan|dan pozneje|sutradan|dan kasnije|на следующий день|днем позже|днём позже|kitą dieną|po dienos', 1],
  ];
  const out = new Map<string, [string[], number][]>();
  for (const [phrases, days] of table) {
    for (const p of phrases.split('|')) {
      const words = p.split(' ');
      const list = out.get(words[0]!) ?? [];
      list.push([words, days]);
      out.set(words[0]!, list);
    }
  }
  return out;
})();

/** A foreign anchor at token i: [length, days] or null (the longest phrase that matches). */
export function foreignAnchorAt(toks: readonly Token[], i: number): [number, number] | null {
  const list = FOREIGN_ANCHORS.get(toks[i]!.lower);
  if (!list) return null;
  let best: [number, number] | null = null;
  for (const [words, days] of list) {
    if (words.every((x, d) => toks[i + d]?.lower === x) && (!best || words.length > best[0])) best = [words.length, days];
  }
  return best;
}

export function anchorAt(toks: readonly Token[], i: number): [number, number] | null {
  const first = toks[i]!.lower;
  const foreign = foreignAnchorAt(toks, i);
  if (foreign) return foreign;
  if (!ANCHOR_START.has(first) && !/^\d{1,2}$/.test(first)) return null;
  const w = (k: number): string => toks[i + k]?.lower ?? '';
  if ((w(0) === 'same' || (w(0) === 'that' && w(1) !== 'same')) && /^(?:day|occasion|evening|morning|afternoon)$/.test(w(1)) && (w(0) === 'that' || toks[i - 1]?.lower === 'the' || toks[i - 1]?.lower === 'that')) return [2, 0];
  // "had signed in Lviv the day before.": at the end of its clause, the day before the date it counts from
  // ("the day before in Madrid" too: a place or occasion after it, not "the day before the summit")
  if (w(0) === 'day' && (w(1) === 'before' || w(1) === 'earlier') && toks[i - 1]?.lower === 'the' && (!toks[i + 2] || !toks[i + 2]!.word || PLACE_PREPOSITIONS.has(w(2)))) return [2, -1];
  // "and the day after that Italy signed", "the week after, Canada did", "the day after in Kyiv": a day or week after
  // the date before (not "the day after the summit", which counts from the summit)
  if ((w(0) === 'day' || w(0) === 'week') && w(1) === 'after' && toks[i - 1]?.lower === 'the' && (w(2) === 'that' || !toks[i + 2]?.word || w(2) === 'in' || w(2) === 'at')) return [w(2) === 'that' ? 3 : 2, w(0) === 'day' ? 1 : 7];
  if (w(0) === 'that' && w(1) === 'same' && /^(?:day|occasion|evening)$/.test(w(2))) return [3, 0];
  if ((w(0) === 'earlier' || w(0) === 'later') && ((w(1) === 'in' && w(2) === 'the' && w(3) === 'day') || (w(1) === 'that' && w(2) === 'day'))) return [w(1) === 'in' ? 4 : 3, 0];
  // "in the morning", "in the evening": a time of the day the text is telling of (not "in the evening of June 13")
  if (w(0) === 'in' && w(1) === 'the' && /^(?:morning|afternoon|evening)$/.test(w(2)) && w(3) !== 'of') return [3, 0];
  // "During the day, Trudeau also signed ...", "in the course of the day": the day the text is telling of
  // (not "during the day of the vote", which names its own)
  if (w(0) === 'during' && w(1) === 'the' && w(2) === 'day' && w(3) !== 'of') return [3, 0];
  if (w(0) === 'in' && w(1) === 'the' && w(2) === 'course' && w(3) === 'of' && w(4) === 'the' && w(5) === 'day' && w(6) !== 'of') return [6, 0];
  // ("minutes later", "moments after": the same day as well)
  if (/^(?:hours|minutes|moments)$/.test(w(0)) && /^(?:after|before|later|earlier)$/.test(w(1))) return [2, 0];
  // ("the next morning", "the previous evening" too)
  if ((w(0) === 'next' || w(0) === 'following' || w(0) === 'previous') && /^(?:day|morning|afternoon|evening)$/.test(w(1)) && toks[i - 1]?.lower === 'the') return [2, w(0) === 'previous' ? -1 : 1];
  // "at the same ceremony", "on the same occasion": the event named before
  // ("at the same venue", "in the same place": where the text's occasion was held, so its day too)
  // ("used the same summit to sign", "took the same occasion to": the occasion put to use, its day too)
  // ("on the margins of the same meeting", "The same gathering also saw ... signed": the occasion as what
  // sidelines belong to, or as the subject opening its sentence)
  if (w(0) === 'same' && /^(?:ceremony|occasion|summit|meeting|event|visit|trip|gathering|forum|conference|venue|place|location|site)$/.test(w(1)) && toks[i - 1]?.lower === 'the' && sameOccasionFrame(toks, i - 2)) return [2, 0];
  if (w(0) === 'eve' && toks[i - 1]?.lower === 'the' && /^(?:on|in)$/.test(toks[i - 2]?.lower ?? '') && (!toks[i + 1] || !toks[i + 1]!.word)) return [1, -1];
  // "a day after Luxembourg did the same": the clause it opens happened that much before the date it counts from
  const m = COUNT_WORDS.get(w(0)) ?? (/^\d{1,2}$/.test(w(0)) ? Number(w(0)) : undefined);
  if (m !== undefined && /^(?:day|days)$/.test(w(1)) && (w(2) === 'after' || w(2) === 'before') && (w(0) === 'a' || m === 1) === (w(1) === 'day')) return [3, w(2) === 'after' ? -m : m];
  const n = COUNT_WORDS.get(w(0)) ?? (/^\d{1,2}$/.test(w(0)) ? Number(w(0)) : undefined);
  if (n !== undefined && /^(?:day|days|week|weeks)$/.test(w(1)) && (w(2) === 'later' || w(2) === 'earlier')) {
    if ((w(0) === 'a' || n === 1) !== /^(?:day|week)$/.test(w(1))) return null;
    return [3, n * (w(1).startsWith('week') ? 7 : 1) * (w(2) === 'later' ? 1 : -1)];
  }
  return null;
}

/** What stands before "the same meeting" (token j) when it is the occasion of the event: a preposition of time or place, "the sidelines of", a verb putting it to use ("used the same summit"), or the sentence start. */
function sameOccasionFrame(toks: readonly Token[], j: number): boolean {
  if (j < 0) return true;
  const w = toks[j]!.lower;
  return /^(?:at|on|during|used|took|seized)$/.test(w) || (w === 'of' && /^(?:sidelines|margins)$/.test(toks[j - 1]?.lower ?? ''));
}

const THERE_SUBJECTS = new Set(['he', 'she', 'they', 'the', 'both', 'zelensky', 'zelenskyy', 'zelenskiy']);
const EVENT_CONNECTIVES = new Set(['following', 'after', 'during', 'at']);
const EVENT_DETERMINERS = new Set(['the', 'this', 'that', 'their', 'these', 'those', 'his', 'her']);
// (a gathering by any of its names: "the summit", "the gathering", "the conference", "the forum")
const EVENT_NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'visit', 'ceremony', 'conversation', 'call', 'session', 'consultations', 'negotiations', 'encounter', 'gathering', 'conference', 'forum', 'videoconference', 'teleconference']);

/**
 * "Following the meeting, they signed ...", "After their talks, ...", "On the sidelines, ...": a sentence that opens on the event the
 * sentence before told of happened on that event's day. The length of the phrase at the sentence start, or 0.
 */
export function previousEventAt(toks: readonly Token[]): number {
  const w = (k: number): string => toks[k]?.lower ?? '';
  // "There he signed ...": where the sentence before took him, that day (not "There is", "There were")
  if (w(0) === 'there' && (THERE_SUBJECTS.has(w(1)) || (w(1) === ',' && THERE_SUBJECTS.has(w(2))))) return w(1) === ',' ? 2 : 1;
  // "On the sidelines, ...", "On the margins, ...": of the event the sentence before told of
  if (w(0) === 'on' && w(1) === 'the' && (w(2) === 'sidelines' || w(2) === 'margins') && toks[3]?.text === ',') return 3;

  // "On the occasion of the meeting, ...", "On the occasion of his visit, ...": a release's way to say "at it"
  if (w(0) === 'on' && w(1) === 'the' && w(2) === 'occasion' && w(3) === 'of' && EVENT_DETERMINERS.has(w(4))) return EVENT_NOUNS.has(w(5)) && toks[6]?.text === ',' ? 6 : 0;
  if (!EVENT_CONNECTIVES.has(w(0)) || !EVENT_DETERMINERS.has(w(1))) return 0;
  return EVENT_NOUNS.has(w(2)) && toks[3]?.text === ',' ? 3 : 0;
}

/**
 * "The two signed a security agreement there.", "..., signed there, commits ...": "there" closing a clause
 * after a word is the place the text just told of, on that occasion's day (not "there is", "over there",
 * "from there"; a sentence opening on "There he signed" is previousEventAt's). Token i; 1 or 0.
 */
export function thereAnchorAt(toks: readonly Token[], i: number): number {
  if (i === 0 || toks[i]!.lower !== 'there' || !toks[i - 1]!.word || (toks[i + 1] && toks[i + 1]!.word)) return 0;
  return /^(?:over|out|from|up|down|in|here|back|get|got|go|went|stay|stayed|live|lived|be|been|is|was|are|were)$/.test(toks[i - 1]!.lower) ? 0 : 1;
}

/** places where a gathering is held, named by their kind alone once the text has told which */
const VENUE_NOUNS = new Set(['resort', 'venue', 'castle', 'palace', 'villa', 'chateau', 'château', 'estate', 'hotel']);

/**
 * "Kishida and Zelensky also signed the accord at the resort, in which ...": "at the resort" closing its clause is
 * the venue the text told of (like "there"), on that occasion's day. A venue with a name or place after it ("at
 * the palace in Madrid", "at the resort of Borgo Egnazia") is left to the dates it gives. Token i; 1 or 0.
 */
export function venueAnchorAt(toks: readonly Token[], i: number): number {
  if (!VENUE_NOUNS.has(toks[i]!.lower) || toks[i - 1]?.lower !== 'the' || toks[i - 2]?.lower !== 'at') return 0;
  return !toks[i + 1] || !toks[i + 1]!.word ? 1 : 0;
}

// (the plain form too, for a plan: "is due to attend the start of the summit, where he will sign ...")
const ATTEND_VERBS = /^(?:attend|attended|attending|join|joined|address|addressed|opened|chaired|hosted|visited|toured)$/;

/**
 * "Zelensky attended the start of the summit and signed ...", "joined the gathering in Vilnius and signed ...",
 * "addressed the conference, then signed ...": a signing done by one who was at the gathering the text tells
 * of, on its day. Token i is the event noun (after "the"); 1 if a verb of attending governs it, else 0.
 */
export function attendedOccasionAt(toks: readonly Token[], i: number): number {
  if (!EVENT_NOUNS.has(toks[i]!.lower) || toks[i - 1]?.lower !== 'the') return 0;
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
    const w = toks[k]!.lower;
    if (ATTEND_VERBS.test(w) || (w === 'part' && /^(?:took|taking)$/.test(toks[k - 1]?.lower ?? ''))) return 1;
    // ("the start of", "the opening day of", "part of"; nothing across a clause)
    if (!toks[k]!.word || !/^(?:the|start|opening|first|second|final|last|day|session|part|of|in|a|an)$/.test(w)) return 0;
  }
  return 0;
}

const LATER_VERBS = /^(?:signed|inked|concluded|sealed|initialled|initialed|put|followed|did|added)$/;

/** "Meloni and Zelenskyy later signed ...": right before a past verb of signing, later the same day. */
export function laterBeforeVerb(toks: readonly Token[], i: number): boolean {
  return toks[i]!.lower === 'later' && LATER_VERBS.test(toks[i + 1]?.lower ?? '') && (toks[i - 1]?.word ?? false) && !/^(?:years|months|weeks|days|year|month|week|day|much|and)$/.test(toks[i - 1]!.lower);
}

/**
 * "Both leaders are to sign them during the visit.", "Meloni signed one of her own during his visit.": closing its
 * clause, the visit is the occasion the text dated before ("are expected in Kyiv on Saturday"), however many
 * sentences back. The phrase length, or 0.
 */
export function visitAnchorAt(toks: readonly Token[], i: number): number {
  const w = toks[i]!.lower;
  if ((w !== 'visit' && w !== 'trip') || !/^(?:the|his|her|their)$/.test(toks[i - 1]?.lower ?? '') || !/^(?:during|on)$/.test(toks[i - 2]?.lower ?? '')) return 0;
  return !toks[i + 1] || !toks[i + 1]!.word ? 1 : 0;
}

export const OCCASION_NOUNS: ReadonlySet<string> = new Set(['summit', 'forum', 'conference', 'meeting', 'ceremony', 'gathering']);

/**
 * "Sweden and Iceland are also expected to sign at the Stockholm summit.": closing its clause, a gathering named
 * by its place or organiser is the occasion the text dated before. Token i is the noun; 1 or 0.
 */
export function occasionAnchorAt(toks: readonly Token[], i: number): number {
  if (!OCCASION_NOUNS.has(toks[i]!.lower) || (toks[i + 1] && toks[i + 1]!.word)) return 0;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && toks[k]!.word && toks[k]!.cap) k--;
  // (named: "at the summit" alone may be one the text never dated)
  return k < i - 1 && toks[k]?.lower === 'the' && /^(?:at|during)$/.test(toks[k - 1]?.lower ?? '') ? 1 : 0;
}

/**
 * "Støre and Benediktsson also put their signatures to their agreements at the summit.": closing its clause, a
 * gathering named by its kind alone is the one the sentences just before named, on the day they gave (only a
 * recent one, and only one they named: the text may never have dated it). Token i is the noun; 1 or 0.
 */
export function recentOccasionAt(toks: readonly Token[], i: number): number {
  if (!OCCASION_NOUNS.has(toks[i]!.lower) || (toks[i + 1] && toks[i + 1]!.word)) return 0;
  return toks[i - 1]?.lower === 'the' && /^(?:at|during)$/.test(toks[i - 2]?.lower ?? '') ? 1 : 0;
}

/**
 * "... also signed bilateral deals on the margins of the meeting.", "... on the summit's sidelines.": closing its clause, the gathering the text told
 * of just before (with none, the day of the story). Token i is the event noun; 1 if it closes the clause, else 0.
 */
export function marginsAnchorAt(toks: readonly Token[], i: number): number {
  const lw = (k: number): string => toks[k]?.lower ?? '';
  if (!EVENT_NOUNS.has(lw(i)) || lw(i - 1) !== 'the') return 0;
  // ("on the summit's sidelines.": the possessive form)
  if (lw(i - 2) === 'on' && /^['’]$/.test(toks[i + 1]?.text ?? '') && lw(i + 2) === 's' && (lw(i + 3) === 'sidelines' || lw(i + 3) === 'margins')) return !toks[i + 4] || !toks[i + 4]!.word ? 1 : 0;
  if (lw(i - 2) !== 'of' || (lw(i - 3) !== 'sidelines' && lw(i - 3) !== 'margins') || lw(i - 4) !== 'the' || lw(i - 5) !== 'on') return 0;
  return !toks[i + 1] || !toks[i + 1]!.word ? 1 : 0;
}

/**
 * "On the sidelines of the European Council meeting, Zelenskyy also signed ...": a sentence that opens on an
 * occasion it names happened on the day of the occasion the text told of before. The phrase length, or 0.
 */
export function namedOccasionAt(toks: readonly Token[]): number {
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (!(w(0) === 'on' && w(1) === 'the' && (w(2) === 'sidelines' || w(2) === 'margins') && w(3) === 'of' && w(4) === 'the')) return 0;
  for (let k = 5; k <= 9 && toks[k]; k++) {
    if (toks[k]!.text === ',') return EVENT_NOUNS.has(w(k - 1)) || placedOccasion(toks, k) ? k : 0;
    if (!toks[k]!.word) return 0;
    // ("On the margins of the gathering he and Zelensky signed": no comma, the subject right after the noun)
    if (EVENT_NOUNS.has(w(k - 1)) && THERE_SUBJECTS.has(w(k)) && w(k) !== 'the') return k;
  }
  return 0;
}

/**
 * "On the sidelines of the summit in Apulia,": the gathering with the place it was held in after it (a capitalised
 * name after "in" / "at", up to the comma at token k) is still the gathering the text told of.
 */
function placedOccasion(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 5 && toks[j]!.word && toks[j]!.cap) j--;
  return j < k - 1 && /^(?:in|at)$/.test(toks[j]!.lower) && EVENT_NOUNS.has(toks[j - 1]?.lower ?? '');
}
