import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { redisReachable } from '../../adapters/redis/redis-connection.js';
import { UserError } from '../cli/user-error.js';

export interface EmbeddedRedis {
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * DESIGN §4 embedded default: with no Redis reachable and no REDIS_URL given, `start` runs a
 * redis-server from PATH with its data (append-only file on) under var/redis/, and stops it on exit.
 */
export async function startEmbeddedRedis(url: string, dataDir = 'var/redis'): Promise<EmbeddedRedis> {
  const u = new URL(url);
  const port = u.port || '6379';
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', port, '--bind', u.hostname === 'localhost' ? '127.0.0.1' : u.hostname, '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'no'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const spawnError = await new Promise<NodeJS.ErrnoException | null>((r) => {
    child.once('error', (e) => r(e as NodeJS.ErrnoException));
    child.once('spawn', () => r(null));
  });
  if (spawnError)
    throw new UserError(
      spawnError.code === 'ENOENT'
        ? 'no Redis is reachable and no redis-server is on PATH. Get one either way:\n' +
            '  docker compose up -d redis          (uses this repo’s docker-compose.yml)\n' +
            '  apt-get install redis-server         (or your OS package: brew install redis, …)\n' +
            'or point REDIS_URL at an existing Redis.'
        : `could not start redis-server: ${spawnError.message}`,
    );
  for (let i = 0; i < 50; i++) {
    if ((await redisReachable(url, 500)).ok) break;
    if (child.exitCode !== null) throw new UserError(`redis-server exited at start (code ${child.exitCode}); is port ${port} taken?`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    dataDir: dir,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM'); // redis-server flushes its append-only file on SIGTERM
      }),
  };
}
