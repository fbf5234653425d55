import { readFileSync } from 'node:fs';
import { startFixtureServer, type FixtureServer, type Route } from './fixture-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');

/** The seed case (issue 2) as a news site: a feed with the G7 article and an unrelated one. */
export async function startSeedSite(extra: Record<string, Route> = {}): Promise<FixtureServer> {
  const site = await startFixtureServer(extra);
  const fill = (name: string) => fixture(name).replaceAll('{{BASE}}', site.url);
  site.routes.set('/feed.xml', { headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed-v1"' }, body: fill('feed.xml') });
  site.routes.set('/world/us-ukraine-security-pact-g7', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fill('us-ukraine-g7.html') });
  site.routes.set('/business/grain-corridor', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fill('grain-corridor.html') });
  return site;
}

export const SEED_KNOWN = {
  hub: 'UA',
  asOf: '2024-06-01',
  signatories: [
    { party: 'GB', status: 'signed', date: '2024-01-12', place: 'Kyiv' },
    { party: 'DE', status: 'signed', date: '2024-02-16', place: 'Berlin' },
    { party: 'FR', status: 'signed', date: '2024-02-16', place: 'Paris' },
  ],
};
