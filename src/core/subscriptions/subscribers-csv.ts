import type { Subscriber } from '../schemas/subscriber.js';

const COLUMNS = ['email', 'state', 'cadence', 'parties', 'kinds', 'createdAt', 'confirmedAt', 'bouncing'] as const;

/**
 * RFC 4180 CSV of subscribers for the operator. A cell that a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'`: addresses are user input.
 */
export function subscribersCsv(subscribers: readonly Subscriber[]): string {
  const rows = subscribers.map((s) => [
    s.email,
    s.state,
    s.cadence,
    s.parties.join(' ') || 'all',
    s.kinds.join(' ') || 'all',
    s.createdAt,
    s.confirmedAt ?? '',
    s.bouncing ? 'yes' : 'no',
  ]);
  return [COLUMNS as readonly string[], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function countByState(subscribers: readonly Subscriber[]): { total: number; active: number; pending: number; unsubscribed: number; bouncing: number } {
  const by = (st: Subscriber['state']) => subscribers.filter((s) => s.state === st).length;
  return { total: subscribers.length, active: by('active'), pending: by('pending'), unsubscribed: by('unsubscribed'), bouncing: subscribers.filter((s) => s.bouncing).length };
}

/** What the operator sees of a subscriber: everything but the pending sign-up's secret nonce. */
export function subscriberView(s: Subscriber): Omit<Subscriber, 'confirmNonce'> {
  const { confirmNonce: _hidden, ...rest } = s;
  return rest;
}
