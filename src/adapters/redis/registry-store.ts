import type { Redis } from 'ioredis';
import { RegistryStateSchema, ChangeSchema, type Change, type RegistryState } from '../../core/schemas/registry.js';
import type { StateKeys } from './keys.js';

/**
 * Commits a reconcile result in one step: the new registry, the confirmed changes on the stream, and the
 * claims it consumed off the inbox — but only if nobody committed since we read (optimistic version).
 * KEYS: registry, version, changes stream, claims inbox
 * ARGV: expected version, state JSON, consumed claim count, stream max length, then change JSON per change
 * Returns: the new version, or -1 when the version moved (the caller retries on fresh state).
 */
const COMMIT_LUA = `
local v = redis.call('GET', KEYS[2]) or '0'
if v ~= ARGV[1] then return -1 end
redis.call('SET', KEYS[1], ARGV[2])
local nv = redis.call('INCR', KEYS[2])
for i = 5, #ARGV do
  local c = cjson.decode(ARGV[i])
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[4], '*', 'id', c.id, 'party', c.party, 'kind', c.kind, 'change', ARGV[i])
end
local n = tonumber(ARGV[3])
if n > 0 then redis.call('LTRIM', KEYS[4], n, -1) end
return nv
`;

export class RegistryConflictError extends Error {
  readonly code = 'REGISTRY_CONFLICT';
  constructor() {
    super('the registry was changed by another reconcile while this one ran; it will retry on the new state');
  }
}

export interface StoredChange {
  change: Change;
  /** Stream id: a time-ordered cursor for `GET /api/changes?since=`. */
  streamId: string;
}

export class RegistryStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: StateKeys,
  ) {
    if (!('pwCommitRegistry' in redis)) redis.defineCommand('pwCommitRegistry', { numberOfKeys: 4, lua: COMMIT_LUA });
  }

  async load(): Promise<{ state: RegistryState | null; version: string }> {
    const [[, json], [, version]] = (await this.redis.multi().get(this.keys.registry).get(this.keys.registryVersion).exec()) as [
      [null, string | null],
      [null, string | null],
    ];
    return { state: json ? RegistryStateSchema.parse(JSON.parse(json)) : null, version: version ?? '0' };
  }

  /** Confirmed changes are written before their notify jobs are queued, so a notify never finds nothing. */
  async saveChanges(changes: Change[]): Promise<void> {
    if (!changes.length) return;
    await this.redis.hset(this.keys.changes, Object.fromEntries(changes.map((c) => [c.id, JSON.stringify(c)])));
  }

  async getChange(id: string): Promise<Change | null> {
    const json = await this.redis.hget(this.keys.changes, id);
    return json ? ChangeSchema.parse(JSON.parse(json)) : null;
  }

  async commit(args: { expectedVersion: string; state: RegistryState; changes: Change[]; consumedClaims: number }): Promise<number> {
    const result = await (this.redis as unknown as { pwCommitRegistry: (...a: (string | number)[]) => Promise<number> }).pwCommitRegistry(
      this.keys.registry,
      this.keys.registryVersion,
      this.keys.changesStream,
      this.keys.claimsInbox,
      args.expectedVersion,
      JSON.stringify(args.state),
      args.consumedClaims,
      10_000,
      ...args.changes.map((c) => JSON.stringify(c)),
    );
    if (result === -1) throw new RegistryConflictError();
    return result;
  }

  /** Changes on the stream after `since` (a stream id or an ISO time), oldest first. */
  async changesSince(since: string | null, limit = 200): Promise<StoredChange[]> {
    let start = '-';
    if (since) {
      if (/^\d+-\d+$/.test(since)) start = `(${since}`;
      else if (/^\d+$/.test(since)) start = since; // epoch milliseconds
      else {
        const t = Date.parse(since);
        if (!Number.isNaN(t)) start = String(t);
      }
    }
    const rows = await this.redis.xrange(this.keys.changesStream, start, '+', 'COUNT', limit);
    return rows.map(([streamId, fields]) => {
      const json = fields[fields.indexOf('change') + 1]!;
      return { streamId, change: ChangeSchema.parse(JSON.parse(json)) };
    });
  }

  async recentChanges(limit = 50): Promise<StoredChange[]> {
    const rows = await this.redis.xrevrange(this.keys.changesStream, '+', '-', 'COUNT', limit);
    return rows.map(([streamId, fields]) => ({ streamId, change: ChangeSchema.parse(JSON.parse(fields[fields.indexOf('change') + 1]!)) }));
  }
}
