import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Logs go to stderr as JSON lines, so stdout stays for what a command prints (summaries, JSON, CSV) and
 * can be piped. Addresses and tokens are redacted: logs travel further than the subscriber list should.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino(
    {
      level,
      base: { service: 'pactwatch', ...base },
      redact: { paths: ['email', '*.email', 'token', '*.token', 'smtpUrl', 'password'], censor: '[redacted]' },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
