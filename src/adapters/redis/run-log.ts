import type { Redis } from 'ioredis';
import { execBatch, type Batch } from './batch.js';
import type { StateKeys } from './keys.js';

export interface SourceRunResult {
  sourceId: string;
  ok: boolean;
  notModified: boolean;
  items: number;
  newItems: number;
  httpStatus: number | null;
  latencyMs: number | null;
  error: string | null;
}

/** What each source did in one `check --once` run; kept a day for the curious, then gone. */
export class RunLog {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {}

  async record(runId: string, r: SourceRunResult): Promise<void> {
    await execBatch(this.recordIn(this.redis.multi(), runId, r));
  }

  /** record as part of a caller's batch (the expiry is set again with every entry). */
  recordIn(batch: Batch, runId: string, r: SourceRunResult): Batch {
    const key = this.keys.runSources(runId);
    return batch.hset(key, r.sourceId, JSON.stringify(r)).expire(key, 86_400);
  }

  /** How many sources reported so far (for progress lines: no entry is read). */
  async count(runId: string): Promise<number> {
    return this.redis.hlen(this.keys.runSources(runId));
  }

  async results(runId: string): Promise<SourceRunResult[]> {
    const rows = await this.redis.hvals(this.keys.runSources(runId));
    return rows.map((r) => JSON.parse(r) as SourceRunResult);
  }
}
