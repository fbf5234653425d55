export { FetchGate, type AdmitOptions, type FetchGateOptions } from './fetch-gate.js';
export { RobotsCache } from './robots-cache.js';
export { robotsOutcome, ROBOTS_RETRY_MS, ROBOTS_TTL_MS } from './robots-outcome.js';
export { productToken, robotsRules, robotsUrlFor, type RobotsRecord } from './robots-rules.js';
