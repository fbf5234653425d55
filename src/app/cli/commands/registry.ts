import type { Command } from 'commander';
import { createRedis } from '../../../adapters/redis/redis-connection.js';
import { stateKeys } from '../../../adapters/redis/keys.js';
import { RegistryStore } from '../../../adapters/redis/registry-store.js';
import { applyKnownList } from '../../../core/known-list/apply-known-list.js';
import { registryView, type RegistryView } from '../../../core/registry/registry-view.js';
import { registryCsv } from '../../../core/registry/registry-csv.js';
import { loadConfigOrExit, requireRedis } from '../connect.js';
import { UserError } from '../user-error.js';

function table(view: RegistryView): string {
  const head = ['party', 'name', 'status', 'date', 'place', 'sources'];
  const rows = view.entries.map((e) => [e.party, e.name, e.status, e.date ?? '-', e.place ?? '-', String(e.sources)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const lines = [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)];
  lines.push('', `${view.signatories} signatories; ${view.pending.length} change(s) pending confirmation`);
  for (const p of view.pending) lines.push(`  pending: ${p.party} ${p.to.status} ${p.to.date ?? '(date unknown)'} — ${p.sites} site(s)`);
  return lines.join('\n');
}

export function registerRegistryCommand(program: Command): void {
  program
    .command('registry')
    .description('print the registry: who signed what and when, with pending (unconfirmed) changes')
    .option('--json', 'print as JSON')
    .option('--csv', 'print as CSV')
    .action(async (opts: { json?: boolean; csv?: boolean }) => {
      if (opts.json && opts.csv) throw new UserError('choose one of --json and --csv', 2);
      const config = loadConfigOrExit();
      await requireRedis(config);
      const redis = createRedis(config.redisUrl, 'producer');
      try {
        const { state } = await new RegistryStore(redis, stateKeys(config.env.PACTWATCH_PREFIX)).load();
        // Before the first cycle the registry is the known list: show that rather than nothing.
        const view = registryView(applyKnownList(state, config.known));
        process.stdout.write(opts.json ? JSON.stringify(view, null, 2) + '\n' : opts.csv ? registryCsv(view) : table(view) + '\n');
      } finally {
        redis.disconnect();
      }
    });
}
