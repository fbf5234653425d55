export { ReconcilePolicySchema } from './policy.js';
export type { ReconcilePolicy, ReconcilePolicyInput } from './policy.js';
export { seedRegistry } from './seed.js';
export type { KnownRegistry, KnownSignatory } from './seed.js';
export { reconcile } from './reconcile.js';
export type { ReconcileInput, ReconcileResult } from './reconcile.js';
export type { TrustedClaim } from './evidence.js';
export { changeId } from './change-id.js';
export { siteOf } from './site.js';
