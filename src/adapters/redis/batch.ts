import type { ChainableCommander } from 'ioredis';

/**
 * Several stores' writes sent as one pipeline: one round trip (and one socket write) instead of one per
 * command. Not a transaction — each command still applies on its own, as separate calls would.
 */
export type Batch = ChainableCommander;

/** Sends the batch; rejects with the first command's error, as awaiting the commands one by one would. */
export async function execBatch(batch: Batch): Promise<unknown[]> {
  const results = (await batch.exec()) ?? [];
  for (const [err] of results) if (err) throw err;
  return results.map(([, value]) => value);
}
