import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { AppFileSchema, type AppFile } from './app-file.js';
import { SourcesFileSchema } from './sources-file.js';
import { SignatoriesFileSchema, type KnownList } from './signatories-file.js';
import { EnvSchema, type Env } from './env.js';
import { readYaml } from './read-yaml.js';
import { configErrorFrom, fieldPath } from './zod-issues.js';
import type { Source } from '../../core/schemas/source.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface AppConfig {
  env: Env;
  /** Absolute config folder. */
  dir: string;
  app: AppFile;
  sources: Source[];
  known: KnownList;
  redisUrl: string;
  /** False when REDIS_URL was not given: `start` may then run an embedded redis-server. */
  redisUrlExplicit: boolean;
  /** False when LOG_LEVEL was not given: short commands may then pick a quieter default. */
  logLevelExplicit: boolean;
}

function parseFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw configErrorFrom(file, result.error, (path) => {
      // For list items, name the item by its id/party as well as its index: "sources[2] (ukrinform).url".
      const [list, index, ...rest] = path;
      const item = typeof index === 'number' && data && typeof data === 'object' ? (data as Record<string, unknown[]>)[String(list)]?.[index] : undefined;
      const label = item && typeof item === 'object' ? ((item as Record<string, unknown>).id ?? (item as Record<string, unknown>).party) : undefined;
      const head = fieldPath([list!, index!].filter((p) => p !== undefined));
      return label ? `${head} (${String(label)})${rest.length ? '.' + fieldPath(rest) : ''}` : fieldPath(path);
    });
  }
  return result.data;
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) throw configErrorFrom('environment', result.error);
  return result.data;
}

/** Reads environment and config folder once; everything downstream gets plain typed objects. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = loadEnv(source);
  const dir = resolve(env.PACTWATCH_CONFIG);
  const appPath = join(dir, 'app.yaml');
  const app = parseFile(appPath, AppFileSchema, readYaml(appPath, { optional: true }) ?? {});
  const sourcesPath = join(dir, 'sources.yaml');
  const sources = parseFile(sourcesPath, SourcesFileSchema, readYaml(sourcesPath)).sources;
  const knownPath = join(dir, 'signatories.yaml');
  const known = parseFile(knownPath, SignatoriesFileSchema, readYaml(knownPath));
  return {
    env,
    dir,
    app,
    sources,
    known,
    redisUrl: env.REDIS_URL ?? DEFAULT_REDIS_URL,
    redisUrlExplicit: env.REDIS_URL !== undefined,
    logLevelExplicit: Boolean(source.LOG_LEVEL),
  };
}
