import type { Change } from '../schemas/registry.js';
import type { Status } from '../schemas/status.js';
import { formatDate } from './format-date.js';
import { capitalise, hubName, partyName } from './party-name.js';

/** "signed a bilateral security agreement with" — the verb phrase for a status, article included. */
export function statusPhrase(status: Status, label: string): string {
  const a = /^[aeiou]/i.test(label) ? 'an' : 'a';
  switch (status) {
    case 'negotiating': return `is negotiating ${a} ${label} with`;
    case 'planned': return `plans to sign ${a} ${label} with`;
    case 'signed': return `signed ${a} ${label} with`;
    case 'ratified': return `ratified its ${label} with`;
    case 'refused': return `refused to sign ${a} ${label} with`;
    case 'terminated': return `terminated its ${label} with`;
  }
}

/** " on 27 May 2024"; for talks " (as of …)": a date on them is when they were reported, not an event. */
export function datePhrase(status: Status, formattedDate: string | null): string {
  if (!formattedDate) return '';
  return status === 'negotiating' ? ` (as of ${formattedDate})` : ` on ${formattedDate}`;
}

/** "Date corrected: " / "Date added: " for date changes, else nothing. */
export function changePrefix(change: Pick<Change, 'kind' | 'from'>): string {
  return change.kind === 'date' ? (change.from?.date ? 'Date corrected: ' : 'Date added: ') : '';
}

/** The change as one sentence without a full stop: "Spain signed a bilateral security agreement with Ukraine on 27 May 2024". */
export function changeFact(change: Pick<Change, 'party' | 'kind' | 'from' | 'to'>, hub: string, label: string): string {
  const fact = `${capitalise(partyName(change.party))} ${statusPhrase(change.to.status, label)} ${hubName(hub)}`;
  return `${changePrefix(change)}${fact}${datePhrase(change.to.status, formatDate(change.to.date))}`;
}
