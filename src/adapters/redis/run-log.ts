import type { Redis } from 'ioredis';
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
    const key = this.keys.runSources(runId);
    await this.redis.multi().hset(key, r.sourceId, JSON.stringify(r)).expire(key, 86_400).exec();
  }

  async results(runId: string): Promise<SourceRunResult[]> {
    const rows = await this.redis.hvals(this.keys.runSources(runId));
    return rows.map((r) => JSON.parse(r) as SourceRunResult);
  }
}
