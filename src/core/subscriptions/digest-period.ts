/**
 * A digest run's identity: the scheduled instant, floored to its UTC day. Retries of one run (hours
 * later, after a mail outage) keep the id, so the outbox key `digest-<periodId>:<subscriber>` stops a
 * second send; the next run has a new one.
 */
export type DigestCadence = 'daily' | 'weekly';

export function digestPeriodId(cadence: DigestCadence, at: Date): string {
  return `${cadence}-${at.toISOString().slice(0, 10)}`;
}

/** How far back a subscriber's first digest reaches (before that they were not subscribed to one). */
export function periodLengthMs(cadence: DigestCadence): number {
  return (cadence === 'daily' ? 1 : 7) * 24 * 3600_000;
}

/** Milliseconds of a Redis stream id (`1718000000000-0`), or null. */
export function streamIdMs(id: string): number | null {
  const m = /^(\d+)-\d+$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** Stream ids order by (ms, seq) numerically, not as strings. */
export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am - bm || as - bs;
}
