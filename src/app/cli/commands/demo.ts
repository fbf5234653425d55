import type { Command } from 'commander';
import { loadEnv } from '../../config/load-config.js';
import { UserError } from '../user-error.js';

function number(raw: string, name: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new UserError(`${name} must be a number, not "${raw}"`, 2);
  return n;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('a local news farm and mail sink, the whole flow on one machine, dashboard included (nothing leaves 127.0.0.1)')
    .option('--port <port>', 'dashboard port (0 = any free port)', '8080')
    .option('--speed <factor>', 'story time per real second: 2 tells the story twice as fast', '1')
    .option('--dir <dir>', 'where the demo keeps its config and captured mail', 'var/demo')
    .option('--prefix <prefix>', 'Redis key prefix of the demo (wiped at start)', 'pwdemo')
    .addHelpText('after', '\nUses REDIS_URL if set; otherwise a Redis on 127.0.0.1:6379, or starts redis-server from PATH.\nLOG_LEVEL (default warn) sets how much of the service log goes to stderr.')
    .action(async (opts: { port: string; speed: string; dir: string; prefix: string }) => {
      const env = loadEnv(process.env);
      const port = number(opts.port, '--port');
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be 0-65535, not "${opts.port}"`, 2);
      if (!/^[A-Za-z0-9_.-]+$/.test(opts.prefix)) throw new UserError('--prefix may hold letters, digits, ".", "_" and "-"', 2);
      const demo = await (await import('../../demo/run-demo.js')).runDemo({
        port,
        speed: number(opts.speed, '--speed'),
        dir: opts.dir,
        prefix: opts.prefix,
        redisUrl: env.REDIS_URL,
        logLevel: process.env.LOG_LEVEL ? env.LOG_LEVEL : 'warn',
        say: (line) => process.stdout.write(line + '\n'),
      });
      await new Promise<void>((resolveStop) => {
        let stopping = false;
        const stop = async () => {
          if (stopping) process.exit(1);
          stopping = true;
          process.stdout.write('stopping the demo…\n');
          await demo.stop();
          process.stdout.write(`stopped. Captured mail stays in ${demo.mailDir}\n`);
          resolveStop();
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      });
    });
}
