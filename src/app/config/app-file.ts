import { z } from 'zod';

const seconds = z.number().positive();

/** config/app.yaml: defaults an operator may tune; secrets never live here (environment only). */
export const AppFileSchema = z
  .object({
    policy: z
      .object({
        minSources: z.number().int().min(1).default(2),
        minConfidence: z.number().min(0).max(1).default(0.6),
        officialConfirms: z.boolean().default(true),
        maxEvidencePerEntry: z.number().int().min(1).default(20),
      })
      .strict()
      .default({ minSources: 2, minConfidence: 0.6, officialConfirms: true, maxEvidencePerEntry: 20 }),
    agreement: z
      .object({ label: z.string().min(1).default('bilateral security agreement') })
      .strict()
      .default({ label: 'bilateral security agreement' }),
    http: z
      .object({
        userAgent: z.string().min(1).default('pactwatch/{version} (+https://github.com/pactwatch/pactwatch)'),
        timeoutSeconds: seconds.default(15),
        bodyTimeoutSeconds: seconds.default(30),
        maxBytes: z.number().int().positive().default(5 * 1024 * 1024),
        maxRedirects: z.number().int().min(0).default(5),
        totalTimeoutSeconds: seconds.default(120),
        perHostIntervalMs: z.number().int().min(0).default(1000),
      })
      .strict()
      .default({
        userAgent: 'pactwatch/{version} (+https://github.com/pactwatch/pactwatch)',
        timeoutSeconds: 15,
        bodyTimeoutSeconds: 30,
        maxBytes: 5 * 1024 * 1024,
        maxRedirects: 5,
        totalTimeoutSeconds: 120,
        perHostIntervalMs: 1000,
      }),
    mail: z
      .object({
        outboxDir: z.string().default('var/outbox'),
        rateLimitPerSecond: z.number().positive().default(10),
        /**
         * How long a claimed-but-unconfirmed send blocks another run from resending it. Unset: derived as
         * max(2 × SMTP socket timeout, queues.lockSeconds) — see jobs/notify.ts.
         */
        leaseSeconds: seconds.optional(),
        /** Permanent refusals in a row after which a subscriber is flagged `bouncing` and skipped. */
        bounceThreshold: z.number().int().min(1).default(3),
      })
      .strict()
      .default({ outboxDir: 'var/outbox', rateLimitPerSecond: 10, bounceThreshold: 3 }),
    subscriptions: z
      .object({
        /** How long a confirmation link works. */
        confirmHours: seconds.default(48),
        /** Sign-ups (and so confirmation mails) per address per hour. */
        perAddressPerHour: z.number().int().min(1).default(3),
        /** Sign-ups per client IP per hour. */
        perIpPerHour: z.number().int().min(1).default(20),
      })
      .strict()
      .default({ confirmHours: 48, perAddressPerHour: 3, perIpPerHour: 20 }),
    digest: z
      .object({
        /** Cron (UTC) of the daily digest. */
        dailyCron: z.string().min(9).default('0 7 * * *'),
        /** Cron (UTC) of the weekly digest. */
        weeklyCron: z.string().min(9).default('0 7 * * 1'),
        /** Rows per section of one digest; the rest are counted and left to the dashboard. */
        maxRows: z.number().int().min(1).default(40),
      })
      .strict()
      .default({ dailyCron: '0 7 * * *', weeklyCron: '0 7 * * 1', maxRows: 40 }),
    queues: z
      .object({
        attempts: z.number().int().min(1).default(5),
        /** Alerts outlast a mail server's outage: 12 doubling retries from 10 s span about 11 hours. */
        notifyAttempts: z.number().int().min(1).default(12),
        backoffSeconds: seconds.default(10),
        keepCompleted: z.number().int().min(0).default(1000),
        keepFailed: z.number().int().min(0).default(5000),
        /**
         * Worker lock (BullMQ lockDuration) and stall check interval: a job whose worker died runs again
         * after one to two of these.
         */
        lockSeconds: seconds.default(30),
        concurrency: z
          .object({
            poll: z.number().int().min(1).default(8),
            article: z.number().int().min(1).default(4),
            notify: z.number().int().min(1).default(2),
          })
          .strict()
          .default({ poll: 8, article: 4, notify: 2 }),
      })
      .strict()
      .default({ attempts: 5, notifyAttempts: 12, backoffSeconds: 10, keepCompleted: 1000, keepFailed: 5000, lockSeconds: 30, concurrency: { poll: 8, article: 4, notify: 2 } }),
    check: z
      .object({ timeoutSeconds: seconds.default(300) })
      .strict()
      .default({ timeoutSeconds: 300 }),
  })
  .strict();
export type AppFile = z.infer<typeof AppFileSchema>;
