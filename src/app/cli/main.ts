import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { packageVersion } from '../runtime/package-version.js';
import { UserError } from './user-error.js';
import { registerServiceCommands } from './commands/service.js';
import { registerCheckCommand } from './commands/check.js';
import { registerRegistryCommand } from './commands/registry.js';
import { registerSubscribersCommand } from './commands/subscribers.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerEvalCommand } from './commands/eval.js';

const program = new Command('pactwatch')
  .description('Watches the news for bilateral security agreements and emails subscribers when the registry changes.')
  .version(packageVersion())
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    '\nEnvironment: REDIS_URL, SMTP_URL, MAIL_FROM, PUBLIC_URL, HOST, PORT, ADMIN_TOKEN, PACTWATCH_CONFIG,\nPACTWATCH_PREFIX, TOKEN_SECRET, LOG_LEVEL (see README.md).',
  );

const loadHub = async () => loadConfig(process.env).known.hub;
registerServiceCommands(program);
registerCheckCommand(program);
registerExtractCommand(program, loadHub);
registerEvalCommand(program, loadHub);
registerRegistryCommand(program);
registerSubscribersCommand(program);
registerDemoCommand(program);

/** A user error is one line on stderr and an exit code, never a stack trace. */
function fail(err: unknown): void {
  if (err instanceof ConfigError) {
    process.stderr.write(`error: bad configuration: ${err.message}\n`);
    process.exitCode = 2;
  } else if (err instanceof UserError) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
}

program.exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (err) {
  fail(err);
}
// Every command has finished its work and closed what it opened by now; stray timers in libraries
// (ioredis' parser keeps one after a large reply) would otherwise hold a cron run open for a second.
process.exit();
