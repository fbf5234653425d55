import { z } from 'zod';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const empty = (v: unknown) => (v === '' ? undefined : v);

/** DESIGN §4: environment overrides; the only place process.env is read. */
export const EnvSchema = z.object({
  REDIS_URL: z.preprocess(empty, z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://').optional()),
  SMTP_URL: z.preprocess(empty, z.string().regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:pass@host:587').optional()),
  MAIL_FROM: z.preprocess(empty, z.string().default('pactwatch <alerts@localhost>')),
  PUBLIC_URL: z.preprocess(empty, z.url({ error: 'PUBLIC_URL must be an absolute URL such as https://alerts.example.org' }).default('http://localhost:8080')),
  HOST: z.preprocess(empty, z.string().default('127.0.0.1')),
  PORT: z.preprocess(empty, z.coerce.number().int().min(0).max(65535).default(8080)),
  ADMIN_TOKEN: z.preprocess(empty, z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional()),
  PACTWATCH_CONFIG: z.preprocess(empty, z.string().default('config')),
  PACTWATCH_PREFIX: z.preprocess(empty, z.string().regex(/^[A-Za-z0-9_.-]+$/, 'PACTWATCH_PREFIX may hold letters, digits, ".", "_" and "-"').default('pw')),
  TOKEN_SECRET: z.preprocess(empty, z.string().min(16, 'TOKEN_SECRET must be at least 16 characters').optional()),
  LOG_LEVEL: z.preprocess(empty, z.enum(LEVELS).default('info')),
  // Outbound proxy for fetching sources, as curl reads them; NO_PROXY: hosts or domain suffixes, comma-separated.
  HTTP_PROXY: z.preprocess(empty, z.url({ error: 'HTTP_PROXY must be a URL such as http://proxy.internal:3128' }).optional()),
  HTTPS_PROXY: z.preprocess(empty, z.url({ error: 'HTTPS_PROXY must be a URL such as http://proxy.internal:3128' }).optional()),
  NO_PROXY: z.preprocess(empty, z.string().optional()),
});
export type Env = z.infer<typeof EnvSchema>;
