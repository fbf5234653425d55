import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { OUTLETS } from './storyline.js';

/** The operator's known list for the demo: a few real signatories. The storyline's parties are not on it. */
export const DEMO_KNOWN = {
  hub: 'UA',
  asOf: '2024-03-01',
  signatories: [
    { party: 'GB', status: 'signed', date: '2024-01-12', place: 'Kyiv' },
    { party: 'DE', status: 'signed', date: '2024-02-16', place: 'Berlin' },
    { party: 'FR', status: 'signed', date: '2024-02-16', place: 'Paris' },
    { party: 'DK', status: 'signed', date: '2024-02-23', place: 'Lviv' },
    { party: 'CA', status: 'signed', date: '2024-02-24', place: 'Kyiv' },
    { party: 'IT', status: 'signed', date: '2024-02-24', place: 'Kyiv' },
  ],
};

/**
 * Writes the demo's own config folder (sources = the news farm's feeds, polled every `everySeconds`;
 * the known list above; short retries) and returns its path.
 */
export function writeDemoConfig(dir: string, feedUrl: (outletId: string) => string, everySeconds: number): string {
  mkdirSync(dir, { recursive: true });
  const sources = OUTLETS.map((o) => ({ id: o.id, kind: 'feed', url: feedUrl(o.id), every: `${everySeconds}s`, trust: 'press' }));
  writeFileSync(join(dir, 'sources.yaml'), `# Written by \`pactwatch demo\`: the local news farm's feeds.\n${stringify({ sources })}`);
  writeFileSync(join(dir, 'signatories.yaml'), `# Written by \`pactwatch demo\`: a few real signatories.\n${stringify(DEMO_KNOWN)}`);
  writeFileSync(join(dir, 'app.yaml'), `# Written by \`pactwatch demo\`.\n${stringify({ queues: { backoffSeconds: 2, attempts: 4 }, mail: { outboxDir: join(dir, 'outbox') } })}`);
  return dir;
}
