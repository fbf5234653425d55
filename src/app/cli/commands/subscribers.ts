import type { Command } from 'commander';
import type { Redis } from 'ioredis';
import { createRedis } from '../../../adapters/redis/redis-connection.js';
import { stateKeys } from '../../../adapters/redis/keys.js';
import { SubscriberStore } from '../../../adapters/redis/subscriber-store.js';
import { CadenceSchema, SubscriberKindSchema, type Cadence, type SubscriberKind } from '../../../core/schemas/subscriber.js';
import { countByState, subscriberView, subscribersCsv } from '../../../core/subscriptions/subscribers-csv.js';
import { PartySchema } from '../../../core/schemas/party.js';
import type { AppConfig } from '../../config/load-config.js';
import { loadConfigOrExit, requireRedis } from '../connect.js';
import { UserError } from '../user-error.js';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function list<T>(raw: string | undefined, parse: (s: string) => T, what: string): T[] {
  if (!raw || raw.toLowerCase() === 'all') return [];
  return raw.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    try {
      return parse(s);
    } catch {
      throw new UserError(`"${s}" is not a valid ${what}`, 2);
    }
  });
}

async function withStore<T>(fn: (store: SubscriberStore, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit();
  await requireRedis(config);
  const redis: Redis = createRedis(config.redisUrl, 'producer');
  try {
    return await fn(new SubscriberStore(redis, stateKeys(config.env.PACTWATCH_PREFIX)), config);
  } finally {
    redis.disconnect();
  }
}

export function registerSubscribersCommand(program: Command): void {
  const cmd = program.command('subscribers').description('manage who receives alerts');

  cmd
    .command('add <email>')
    .description('add (or update) a subscriber; added by the operator, so already confirmed')
    .option('--parties <codes>', 'only these parties, comma-separated ISO codes (GB,US,EU); default all')
    .option('--kinds <kinds>', 'only these change kinds: new,status,date (add pending for unconfirmed reports in digests); default all')
    .option('--cadence <cadence>', 'instant | daily | weekly', 'instant')
    .action(async (email: string, opts: { parties?: string; kinds?: string; cadence: string }) => {
      if (!EMAIL.test(email.trim())) throw new UserError(`"${email}" is not an email address`, 2);
      const parties = list(opts.parties?.toUpperCase(), (s) => PartySchema.parse(s), 'party code (use ISO codes such as GB, US, or EU)');
      const kinds = list<SubscriberKind>(opts.kinds?.toLowerCase(), (s) => SubscriberKindSchema.parse(s), 'change kind (new, status, date or pending)');
      const cadence = CadenceSchema.safeParse(opts.cadence);
      if (!cadence.success) throw new UserError(`--cadence must be instant, daily or weekly, not "${opts.cadence}"`, 2);
      await withStore(async (store) => {
        const { subscriber, created } = await store.upsert(
          // The operator vouches for the address: pre-confirmed, and a bounce flag is cleared.
          { email, state: 'active', parties, kinds, cadence: cadence.data as Cadence, confirmNonce: null, bouncing: false, permanentFailures: 0 },
          new Date(),
        );
        process.stdout.write(`${created ? 'added' : 'updated'} ${subscriber.email} (${subscriber.cadence}; parties: ${subscriber.parties.join(',') || 'all'}; kinds: ${subscriber.kinds.join(',') || 'all'})\n`);
      });
    });

  cmd
    .command('list')
    .description('list subscribers with their state and filters')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (store) => {
        const all = await store.all();
        if (opts.json) return void process.stdout.write(JSON.stringify(all.map(subscriberView), null, 2) + '\n');
        for (const s of all)
          process.stdout.write(`${s.email}\t${s.state}${s.bouncing ? ' (bouncing)' : ''}\t${s.cadence}\tparties=${s.parties.join(',') || 'all'}\tkinds=${s.kinds.join(',') || 'all'}\n`);
        const c = countByState(all);
        process.stdout.write(`${c.total} subscriber(s): ${c.active} active, ${c.pending} pending, ${c.unsubscribed} unsubscribed${c.bouncing ? `; ${c.bouncing} bouncing (not mailed)` : ''}\n`);
      });
    });

  cmd
    .command('export')
    .description('print all subscribers as CSV (email, state, cadence, parties, kinds, createdAt, confirmedAt, bouncing)')
    .action(async () => {
      await withStore(async (store) => void process.stdout.write(subscribersCsv(await store.all())));
    });

  cmd
    .command('remove <email>')
    .description('remove a subscriber')
    .action(async (email: string) => {
      await withStore(async (store) => {
        if (!(await store.remove(email))) throw new UserError(`no subscriber with address ${email}`, 1);
        process.stdout.write(`removed ${email}\n`);
      });
    });
}
