import type { Command } from 'commander';

type Role = 'start' | 'worker' | 'server';

// The service (fastify, bull-board, prom-client, workers) loads only when a service command runs:
// `check --once` and the other short commands start faster and smaller without it.
const runService = async (role: Role) => (await import('../../service/run-service.js')).runService(role);

export function registerServiceCommands(program: Command): void {
  program
    .command('start')
    .description('run worker, source schedulers and dashboard in one process (what `npm start` runs); starts an embedded redis-server when none is reachable')
    .action(() => runService('start'));
  program.command('worker').description('run the queue workers and keep source schedulers in step with sources.yaml (scale out: run several)').action(() => runService('worker'));
  program.command('server').description('run the dashboard and HTTP API only').action(() => runService('server'));
}
