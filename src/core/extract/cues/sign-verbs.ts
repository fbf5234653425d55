import { wordSet } from './trigger.js';

/**
 * The English verbs of signing, by form. The form decides the first reading (past → signed, base → a plan or
 * a headline's present, gerund → needs more context); the words before it refine it (signing.ts).
 */
export const SIGN_PAST = wordSet('signed inked concluded sealed forged clinched struck formalised formalized penned');
export const SIGN_PRES3 = wordSet('signs inks concludes seals clinches strikes formalises formalizes pens');
export const SIGN_BASE = wordSet('sign ink conclude seal clinch strike formalise formalize pen');
export const SIGN_GERUND = wordSet('signing inking concluding');
/** verbs that mean signing only with the agreement as their object ("struck a deal", not "a missile strike", "pens an op-ed") */
export const VAGUE_SIGN = wordSet('sealed forged clinched struck strike strikes seal clinch seals clinches formalised formalized formalise formalize formalises formalizes penned pens pen');

export type VerbForm = 'past' | 'base' | 'pres3' | 'gerund';

export function formOf(x: string): VerbForm | null {
  if (SIGN_PAST.has(x)) return 'past';
  if (SIGN_BASE.has(x)) return 'base';
  if (SIGN_PRES3.has(x)) return 'pres3';
  if (SIGN_GERUND.has(x)) return 'gerund';
  return null;
}

/** The verb of signing in a given form, so an idiom reads like "signed" / "sign" / "signs" / "signing". */
export const SIGN_IN_FORM: Readonly<Record<VerbForm, string>> = { past: 'signed', base: 'sign', pres3: 'signs', gerund: 'signing' };
