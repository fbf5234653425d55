import type { Command } from 'commander';
import type { Redis } from 'ioredis';
import { createRedis } from '../../../adapters/redis/redis-connection.js';
import { stateKeys } from '../../../adapters/redis/keys.js';
import { SubscriberStore } from '../../../adapters/redis/subscriber-store.js';
import { CadenceSchema, type Cadence } from '../../../core/schemas/subscriber.js';
import { ChangeKindSchema, type ChangeKind } from '../../../core/schemas/registry.js';
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
    .option('--kinds <kinds>', 'only these change kinds: new,status,date; default all')
    .option('--cadence <cadence>', 'instant | daily | weekly', 'instant')
    .action(async (email: string, opts: { parties?: string; kinds?: string; cadence: string }) => {
      if (!EMAIL.test(email.trim())) throw new UserError(`"${email}" is not an email address`, 2);
      const parties = list(opts.parties?.toUpperCase(), (s) => PartySchema.parse(s), 'party code (use ISO codes such as GB, US, or EU)');
      const kinds = list<ChangeKind>(opts.kinds, (s) => ChangeKindSchema.parse(s), 'change kind (new, status or date)');
      const cadence = CadenceSchema.safeParse(opts.cadence);
      if (!cadence.success) throw new UserError(`--cadence must be instant, daily or weekly, not "${opts.cadence}"`, 2);
      await withStore(async (store) => {
        const { subscriber, created } = await store.upsert({ email, state: 'active', parties, kinds, cadence: cadence.data as Cadence }, new Date());
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
        if (opts.json) return void process.stdout.write(JSON.stringify(all, null, 2) + '\n');
        for (const s of all) process.stdout.write(`${s.email}\t${s.state}\t${s.cadence}\tparties=${s.parties.join(',') || 'all'}\tkinds=${s.kinds.join(',') || 'all'}\n`);
        const by = (st: string) => all.filter((s) => s.state === st).length;
        process.stdout.write(`${all.length} subscriber(s): ${by('active')} active, ${by('pending')} pending, ${by('unsubscribed')} unsubscribed\n`);
      });
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
