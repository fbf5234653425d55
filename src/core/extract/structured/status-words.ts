import type { Status } from '../../schemas/status.js';

/**
 * The status a short piece of structured text states: a table cell ("in negotiation", "signed 12 January"),
 * a fact-box label ("Expected:"), a timeline entry's predicate ("was due to sign but withdrew") or the
 * question / lead line above a list ("Which countries have signed?"). Word patterns only, on lower case.
 */

/** "not yet signed", "yet to sign", "holdouts": not an event (corpus rule), and not a refusal either. */
const NOT_SIGNED = /\b(?:not(?: yet)?(?: been)? signed|yet to (?:sign|be signed)|(?:have|has)n'?t(?: yet)? signed|(?:have|has) not(?: yet)? signed|unsigned|holdouts?|(?:still )?(?:has|have|need|needs) (?:still )?to sign|outstanding|missing)\b/g;
const REFUSED = /\b(?:refus\w*|declin\w*|said no|says no|saying no|won'?t sign|will not sign|pulled out|pulls out|withdr[ae]w\w*|withdrawn|rejected|rejects|opted out|backed out|backs out|back out)\b/;
const RATIFIED = /\bratif\w*/;
/** planned phrases are removed before "signed" is looked for: "to be signed", "pending signature" */
/** ("text agreed", "ready for signature": the talks are over and the signing is what remains) */
const PLANNED = /\b(?:next|expected|due|scheduled|planned|upcoming|set to|to be signed|will sign|will be signed|to sign|pending signature|awaiting signature|signing planned|text agreed|ready for (?:signature|signing))\b/g;
/** a bare "sign" is a headline present ("Germany and France sign"); "to sign", "will sign" were taken as plans */
const SIGNED = /\b(?:signed|signs|sign(?! up)|signings|signature|signatures|signatory|signatories|inked|concluded|sealed)\b/;
/**
 * Holding them is having signed them: "Ukraine now has 26 such agreements. The partners are:", "countries
 * that have security pacts with Kyiv:" (a count of them is no claim, but a list under it is its members).
 */
const HELD = /\b(?:has|have|had|holds?|now has)\s+(?:[\w-]+\s+){0,4}?(?:agreements|pacts|deals|accords|documents|treaties)\b/;
const NEGOTIATING = /\b(?:negotiat\w*|talks|consultations|in discussion|under discussion|drafting|being drafted|being prepared|finalis\w*|finaliz\w*)\b/;

/**
 * "The first non-G7 country to sign", "the 12th state to do so": an ordinal signatory has signed (the "to sign"
 * is no plan), unless it is one to be ("will be the first to sign"). "Next" is no ordinal: "the next to sign" plans.
 */
const ORDINAL_SIGNER = /(?<!\b(?:will|would|to|could|may|might|shall)\s+(?:be|become)\s+)\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?to\s+(?:sign|do so)\b/g;

/** Every status the text names (planned phrases and "not yet signed" do not count as "signed"). */
export function statusesIn(text: string): Set<Status> {
  let t = text.toLowerCase().replace(/[’‘]/g, "'");
  const out = new Set<Status>();
  t = t.replace(NOT_SIGNED, ' ').replace(ORDINAL_SIGNER, ' signed ');
  if (REFUSED.test(t)) out.add('refused');
  if (RATIFIED.test(t)) out.add('ratified');
  PLANNED.lastIndex = 0;
  if (PLANNED.test(t)) out.add('planned');
  t = t.replace(PLANNED, ' ');
  if (SIGNED.test(t) || HELD.test(t)) out.add('signed');
  if (NEGOTIATING.test(t)) out.add('negotiating');
  return out;
}

const PRIORITY: readonly Status[] = ['refused', 'ratified', 'planned', 'signed', 'negotiating'];

/** A cell or predicate: the strongest status it names ("was due to sign but withdrew" is a refusal). */
export function cellStatus(text: string): Status | null {
  const s = statusesIn(text);
  return PRIORITY.find((p) => s.has(p)) ?? null;
}

/** A question or lead line: its status only when it names exactly one ("Who has signed, and who is next?" names two). */
export function leadStatus(text: string): Status | null {
  const s = statusesIn(text);
  return s.size === 1 ? [...s][0]! : null;
}

/** Does the text say signing at all ("signed", "signatories", "to sign")? */
export function mentionsSigning(text: string): boolean {
  return /\bsign(?:ed|s|ing|ature|atures|atory|atories)?\b/i.test(text);
}
