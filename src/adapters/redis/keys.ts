/**
 * Every key pactwatch owns, under the same prefix BullMQ uses for its queues (`<prefix>:<queue>:…`);
 * ours live under `<prefix>:state:` so no queue name can collide with them.
 */
export function stateKeys(prefix: string) {
  const base = `${prefix}:state`;
  return {
    registry: `${base}:registry`,
    registryVersion: `${base}:registry:version`,
    claimsInbox: `${base}:claims:inbox`,
    changes: `${base}:changes`,
    changesStream: `${base}:changes:stream`,
    seenLinks: `${base}:seen`,
    articles: `${base}:articles`,
    sourceHttp: (sourceId: string) => `${base}:source:${sourceId}:http`,
    sourceHealth: (sourceId: string) => `${base}:source:${sourceId}:health`,
    subscribers: `${base}:subscribers`,
    subscriberByEmail: `${base}:subscribers:by-email`,
    outbox: `${base}:outbox`,
    counters: `${base}:counters`,
    runSources: (runId: string) => `${base}:run:${runId}:sources`,
    schedulerLock: `${base}:lock:schedulers`,
    robots: (origin: string) => `${base}:robots:${origin}`,
    hostNextAt: (host: string) => `${base}:host:${host}:next`,
  };
}
export type StateKeys = ReturnType<typeof stateKeys>;
