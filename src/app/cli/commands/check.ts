import type { Command } from 'commander';
import { loadConfigOrExit, requireRedis } from '../connect.js';
import { UserError } from '../user-error.js';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('cron mode: run one full cycle (poll → article → reconcile → notify) through the queues, wait for it to drain, print a summary, exit')
    .requiredOption('--once', 'run a single cycle and exit (the only mode: required so a cron line says what it does)')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--timeout <seconds>', 'stop waiting after this many seconds (default: check.timeoutSeconds of app.yaml)')
    .addHelpText('after', '\nExit codes: 0 the cycle completed (even if some sources failed: the summary says which and why);\n1 it could not run (Redis unreachable, …); 2 bad configuration; 3 incomplete: timed out, or alerts wait for a retry because the mail server failed.')
    .action(async (opts: { json?: boolean; timeout?: string }) => {
      // Loaded here, not at the top: `pactwatch --help` and the other commands need none of it.
      const [{ createRuntime }, { createLogger }, { runCheck }, { formatCheckSummary }] = await Promise.all([
        import('../../runtime/create-runtime.js'),
        import('../../logging/create-logger.js'),
        import('../../check/run-check.js'),
        import('../../check/format-check.js'),
      ]);
      const config = loadConfigOrExit();
      await requireRedis(config);
      // Cron output is read by people and the summary already names every failure with its reason:
      // the log stays quiet (errors only) unless LOG_LEVEL asks for more.
      const log = createLogger(config.logLevelExplicit ? config.env.LOG_LEVEL : 'error', { cmd: 'check' });
      const timeoutSeconds = opts.timeout === undefined ? config.app.check.timeoutSeconds : Number(opts.timeout);
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UserError(`--timeout must be a positive number of seconds, not "${opts.timeout}"`, 2);
      const runtime = createRuntime(config, { log });
      try {
        const tty = process.stderr.isTTY && !opts.json;
        const summary = await runCheck(runtime, {
          timeoutMs: timeoutSeconds * 1000,
          onProgress: tty ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
        });
        if (tty) process.stderr.write('\r\x1b[K');
        process.stdout.write(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatCheckSummary(summary) + '\n');
        if (summary.timedOut || summary.mailRetriesPending) process.exitCode = 3;
      } finally {
        await runtime.close();
      }
    });
}
