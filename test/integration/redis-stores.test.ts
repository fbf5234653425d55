import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createStores } from '../../src/app/runtime/create-stores.js';
import { RegistryConflictError } from '../../src/adapters/redis/registry-store.js';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import type { Change } from '../../src/core/schemas/registry.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from '../helpers/redis-prefix.js';

const prefix = uniquePrefix('stores');
let redis: Redis;

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
});
afterAll(async () => {
  redis.disconnect();
  await deletePrefix(prefix);
});

const change = (id: string): Change => ({
  id,
  party: 'ES',
  kind: 'new',
  from: null,
  to: { status: 'signed', date: '2024-05-27' },
  confirmed: true,
  detectedAt: '2024-06-12T00:00:00.000Z',
  confirmedAt: '2024-06-12T00:00:00.000Z',
  claims: [],
});

describe('outbox', () => {
  it('lets one run claim a delivery, resends only after the lease ran out, and never after sent', async () => {
    const { outbox } = createStores(redis, prefix);
    const t0 = new Date('2024-06-12T10:00:00Z');
    expect(await outbox.claim('c1', 's1', t0, 60_000)).toBe('new');
    expect(await outbox.claim('c1', 's1', new Date(t0.getTime() + 1_000), 60_000)).toBe('busy');
    // The holder died mid-send: after the lease, the message goes again (the one allowed duplicate).
    expect(await outbox.claim('c1', 's1', new Date(t0.getTime() + 61_000), 60_000)).toBe('resend');
    await outbox.markSent('c1', 's1', t0, '<m@x>');
    expect(await outbox.claim('c1', 's1', new Date(t0.getTime() + 999_000), 60_000)).toBe('sent');
    expect(await outbox.claim('c1', 's2', t0, 60_000)).toBe('new');
    await outbox.markFailed('c1', 's2', t0, '550 no such user');
    expect(await outbox.claim('c1', 's2', t0, 60_000)).toBe('failed');
    expect(await outbox.claim('c1', 's3', t0, 60_000)).toBe('new');
    await outbox.release('c1', 's3');
    expect(await outbox.claim('c1', 's3', t0, 60_000)).toBe('new');
  });
});

describe('registry store', () => {
  it('commits state, streams confirmed changes, trims consumed claims, and refuses a stale commit', async () => {
    const { registry, inbox } = createStores(redis, prefix);
    await inbox.push([
      { party: 'ES', status: 'signed', date: '2024-05-27', evidence: 'e', url: 'https://a.example/1', sourceId: 's', published: '2024-06-12', confidence: 0.9, trust: 'press' },
      { party: 'CA', status: 'signed', date: null, evidence: 'e', url: 'https://a.example/1', sourceId: 's', published: '2024-06-12', confidence: 0.7, trust: 'press' },
    ]);
    const { state, version } = await registry.load();
    expect(state).toBeNull();
    const next = applyKnownList(null, { hub: 'UA', asOf: '2024-06-01', signatories: [] });
    await registry.saveChanges([change('c-es')]);
    expect(await registry.commit({ expectedVersion: version, state: next, changes: [change('c-es')], consumedClaims: 1 })).toBe(Number(version) + 1);
    expect(await inbox.size()).toBe(1);
    expect((await inbox.peek(10))[0]!.party).toBe('CA');
    await expect(registry.commit({ expectedVersion: version, state: next, changes: [], consumedClaims: 1 })).rejects.toBeInstanceOf(RegistryConflictError);
    expect(await inbox.size()).toBe(1);
    const streamed = await registry.changesSince(null);
    expect(streamed.map((c) => c.change.id)).toEqual(['c-es']);
    expect(await registry.changesSince(streamed[0]!.streamId)).toEqual([]);
    expect((await registry.getChange('c-es'))?.to.date).toBe('2024-05-27');
  });
});

describe('seen links', () => {
  it('reports only unseen keys and marks them', async () => {
    const { seen } = createStores(redis, prefix);
    expect([...(await seen.unseen(['a1', 'a2']))].sort()).toEqual(['a1', 'a2']);
    await seen.markSeen(['a1']);
    expect([...(await seen.unseen(['a1', 'a2']))]).toEqual(['a2']);
    expect(await seen.markIfNew('a2')).toBe(true);
    expect(await seen.markIfNew('a2')).toBe(false);
  });
});
