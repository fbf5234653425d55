import { loadConfig, type AppConfig } from '../config/load-config.js';
import { describeRedisUrl, redisReachable } from '../../adapters/redis/redis-connection.js';
import { UserError } from './user-error.js';

export function loadConfigOrExit(): AppConfig {
  return loadConfig(process.env);
}

/** Commands that need Redis say plainly how to get one rather than retrying forever. */
export async function requireRedis(config: AppConfig): Promise<void> {
  const r = await redisReachable(config.redisUrl);
  if (!r.ok)
    throw new UserError(
      `cannot reach Redis at ${describeRedisUrl(config.redisUrl)} (${r.reason}).\n` +
        `Start one (\`redis-server\`, your OS package, or \`docker compose up -d redis\`) or point REDIS_URL at yours.`,
    );
}
