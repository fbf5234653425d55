import type { Cadence, SubscriberKind } from '../../../core/schemas/subscriber.js';
import { esc } from '../html-escape.js';

export interface FormValues {
  email?: string;
  parties?: string;
  kinds?: SubscriberKind[];
  cadence?: Cadence;
}

const KINDS: Array<[SubscriberKind, string]> = [
  ['new', 'new signatories'],
  ['status', 'status steps (planned → signed → ratified)'],
  ['date', 'dates set or corrected'],
  ['pending', 'also reports not yet confirmed (in daily/weekly digests)'],
];
const CADENCES: Array<[Cadence, string]> = [
  ['instant', 'a mail for each change, as it is confirmed'],
  ['daily', 'one daily digest (07:00 UTC)'],
  ['weekly', 'one weekly digest (Mondays)'],
];

/** The preference fields shared by the subscribe and manage forms (plain HTML, works without script). */
export function preferenceFields(v: FormValues): string {
  const kinds = v.kinds ?? [];
  const cadence = v.cadence ?? 'instant';
  return `<label for="parties">Parties</label>
<input id="parties" name="parties" value="${esc(v.parties ?? '')}" placeholder="all, or codes such as GB, US, EU" size="40">
<p class="muted small">Leave empty for all parties.</p>
<fieldset><legend>Changes</legend>
${KINDS.map(([k, label]) => `<label><input type="checkbox" name="kinds" value="${k}"${kinds.includes(k) ? ' checked' : ''}> ${esc(label)}</label>`).join('\n')}
<p class="muted small">None ticked: every kind of confirmed change.</p></fieldset>
<fieldset><legend>How often</legend>
${CADENCES.map(([c, label]) => `<label><input type="radio" name="cadence" value="${c}"${c === cadence ? ' checked' : ''}> ${esc(label)}</label>`).join('\n')}
</fieldset>`;
}

export function issuesList(issues: Array<{ field: string; message: string }>): string {
  return `<div class="bad" role="alert"><p>Please correct:</p><ul>${issues.map((i) => `<li>${esc(`${i.field}: ${i.message}`)}</li>`).join('')}</ul></div>`;
}

/** Form values back from a posted body (to re-fill the form after an error). */
export function formValues(body: unknown): FormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : Array.isArray(x) ? x.filter((s) => typeof s === 'string').join(', ') : '');
  const kinds = (Array.isArray(b.kinds) ? b.kinds : [b.kinds]).filter((k): k is SubscriberKind => ['new', 'status', 'date', 'pending'].includes(String(k)));
  const cadence = ['instant', 'daily', 'weekly'].includes(String(b.cadence)) ? (b.cadence as Cadence) : undefined;
  return { email: str(b.email), parties: str(b.parties), kinds, ...(cadence ? { cadence } : {}) };
}
