export * from './party.js';
export * from './status.js';
export * from './claim.js';
export * from './trust.js';
export * from './registry.js';
export * from './subscriber.js';
export * from './source.js';
