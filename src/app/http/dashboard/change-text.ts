import type { Change } from '../../../core/schemas/registry.js';
import type { Status } from '../../../core/schemas/status.js';
import { capitalise, hubName, partyName } from '../../../core/render/party-name.js';
import { formatDate } from '../../../core/render/alert-mail.js';

function verb(status: Status, label: string): string {
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

/** The change as one sentence without a full stop: "Spain signed a bilateral security agreement with Ukraine on 27 May 2024". */
export function changeFact(change: Pick<Change, 'party' | 'kind' | 'from' | 'to'>, hub: string, label: string): string {
  const date = formatDate(change.to.date);
  const when = date ? (change.to.status === 'negotiating' ? ` (as of ${date})` : ` on ${date}`) : '';
  const prefix = change.kind === 'date' ? (change.from?.date ? 'Date corrected: ' : 'Date added: ') : '';
  return `${prefix}${capitalise(partyName(change.party))} ${verb(change.to.status, label)} ${hubName(hub)}${when}`;
}
