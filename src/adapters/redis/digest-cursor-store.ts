import type { Redis } from 'ioredis';

/**
 * Per subscriber (whatever their cadence): how far their digests have reached. `streamId` is the last change-stream
 * entry covered (null before any); `at` the end of the last period (for pending changes, which are not
 * on the stream). Only ever moves forward.
 * KEYS: cursor hash · ARGV: field, new JSON, new at (ms)
 * Returns: 1 moved, 0 the stored cursor is already at or past it.
 */
const ADVANCE_LUA = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local c = cjson.decode(cur)
  if tonumber(c.atMs) >= tonumber(ARGV[3]) then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;

export interface DigestCursor {
  streamId: string | null;
  at: string;
}

export class DigestCursorStore {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}:state:digest-cursors`;
    if (!('pwDigestAdvance' in redis)) redis.defineCommand('pwDigestAdvance', { numberOfKeys: 1, lua: ADVANCE_LUA });
  }

  async getMany(subscriberIds: string[]): Promise<Map<string, DigestCursor>> {
    const out = new Map<string, DigestCursor>();
    for (let i = 0; i < subscriberIds.length; i += 500) {
      const ids = subscriberIds.slice(i, i + 500);
      const rows = await this.redis.hmget(this.key, ...ids);
      rows.forEach((json, j) => {
        if (json) {
          const c = JSON.parse(json) as DigestCursor & { atMs: number };
          out.set(ids[j]!, { streamId: c.streamId, at: c.at });
        }
      });
    }
    return out;
  }

  async advance(subscriberId: string, cursor: DigestCursor): Promise<boolean> {
    const atMs = Date.parse(cursor.at);
    const json = JSON.stringify({ streamId: cursor.streamId, at: cursor.at, atMs });
    return (await (this.redis as unknown as { pwDigestAdvance: (...a: (string | number)[]) => Promise<number> }).pwDigestAdvance(this.key, subscriberId, json, atMs)) === 1;
  }
}
