import { DelayedError, type Job } from 'bullmq';

/** A job waiting on a server (Retry-After) or a host's turn gives up being patient after this many delays. */
export const MAX_POSTPONES = 24;

/** How many times this job was already postponed (kept in its data, which survives the delay). */
export function postponements(job: Pick<Job, 'data'>): number {
  const n = (job.data as { postponed?: unknown } | undefined)?.postponed;
  return typeof n === 'number' ? n : 0;
}

/**
 * Holds the job back for `ms` without costing an attempt or a worker slot (BullMQ "delay only this
 * job" pattern): the processor must let the DelayedError thrown here propagate.
 */
export async function postpone(job: Job, token: string | undefined, ms: number): Promise<never> {
  await job.updateData({ ...(job.data as object), postponed: postponements(job) + 1 });
  await job.moveToDelayed(Date.now() + Math.max(0, Math.round(ms)), token);
  throw new DelayedError();
}
