import type { BenchFarm } from './lib/news-farm.js';
import { createDeployment, type Deployment } from './lib/deployment.js';
import { runPactwatch, startWorkerProcess, type ProcessRun } from './lib/processes.js';

export interface CycleFigures {
  seconds: number;
  sourcesPerSec: number;
  peakRssMB: number | null;
}

export interface CycleBench {
  first: CycleFigures & { articles: number; redisUsedMB: number };
  second: CycleFigures;
  /** Diagnostics: what each cycle did (from the check summary and the farm's own counts). */
  detail: {
    feeds: number;
    first: RunDetail;
    second: RunDetail;
    /** used_memory of the whole Redis server before and after the first cycle (MB). */
    serverUsedMB: { before: number; after: number };
    /** The deployment's key prefix (deleted afterwards). */
    prefix: string;
  };
}

interface RunDetail {
  /** `seconds` the CLI itself reports (inside the process, after start-up). */
  cliSeconds: number;
  /** User + system CPU of the check process: steadier than wall time when the machine is shared. */
  cpuSeconds: number | null;
  polled: number;
  notModified: number;
  failed: number;
  articlesRead: number;
  articlesFailed: number;
  claims: number;
  changes: number;
  farm: ReturnType<BenchFarm['counts']>;
}

interface CheckSummaryJson {
  seconds: number;
  sources: { polled: number; notModified: number; failed: number; results: Array<{ ok: boolean; error: string | null; sourceId: string }> };
  articles: { read: number; failed: number };
  claims: number;
  changes: { confirmed: number };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** One `pactwatch check --once --json` as a child process; throws with its stderr when it did not complete. */
export async function checkOnce(d: Deployment, farm: BenchFarm): Promise<{ run: ProcessRun; summary: CheckSummaryJson; detail: RunDetail }> {
  farm.resetCounts();
  const run = await runPactwatch(['check', '--once', '--json'], d.env);
  if (run.code !== 0) throw new Error(`check --once exited ${run.code}: ${run.stderr.slice(-3000)}`);
  const summary = JSON.parse(run.stdout) as CheckSummaryJson;
  const firstError = summary.sources.results.find((r) => !r.ok);
  if (firstError) process.stderr.write(`  note: ${summary.sources.failed} sources failed, e.g. ${firstError.sourceId}: ${firstError.error}\n`);
  return {
    run,
    summary,
    detail: {
      cliSeconds: summary.seconds,
      cpuSeconds: run.cpuSeconds,
      polled: summary.sources.polled,
      notModified: summary.sources.notModified,
      failed: summary.sources.failed,
      articlesRead: summary.articles.read,
      articlesFailed: summary.articles.failed,
      claims: summary.claims,
      changes: summary.changes.confirmed,
      farm: farm.counts(),
    },
  };
}

/**
 * cycle.first: one `check --once` over `feeds` feeds whose links are 95% seen (one new article per
 * feed, fetched and extracted); cycle.second: the next one, where every feed answers 304.
 */
export async function benchCycle(farm: BenchFarm, feeds: number, redisUrl: string): Promise<CycleBench> {
  const d = await createDeployment(farm, feeds, redisUrl);
  try {
    await d.seedSeen(farm.oldLinks());
    const before = await d.serverUsedMB();
    const first = await checkOnce(d, farm);
    const after = await d.serverUsedMB();
    const redisUsedMB = await d.redisUsedMB();
    const second = await checkOnce(d, farm);
    return {
      first: {
        seconds: round(first.run.seconds),
        sourcesPerSec: round(feeds / first.run.seconds, 1),
        articles: first.summary.articles.read,
        peakRssMB: first.run.peakRssMB,
        redisUsedMB,
      },
      second: { seconds: round(second.run.seconds), sourcesPerSec: round(feeds / second.run.seconds, 1), peakRssMB: second.run.peakRssMB },
      detail: { feeds, first: first.detail, second: second.detail, serverUsedMB: { before, after }, prefix: d.prefix },
    };
  } finally {
    await d.close();
  }
}

export interface ScaleOutBench {
  oneWorkerSeconds: number;
  twoWorkersSeconds: number;
  detail: { oneWorker: RunDetail; twoWorkers: RunDetail; prefixes: string[] };
}

/**
 * The first cycle on a fresh deployment twice: `check --once` alone (its in-process workers), then
 * `check --once` with one extra `pactwatch worker` process on the same Redis and prefix, started (and
 * its schedulers synced) before the clock starts. The time is the check process's wall time.
 */
export async function benchScaleOut(farm: BenchFarm, feeds: number, redisUrl: string): Promise<ScaleOutBench> {
  const one = await createDeployment(farm, feeds, redisUrl);
  let oneRun;
  try {
    await one.seedSeen(farm.oldLinks());
    oneRun = await checkOnce(one, farm);
  } finally {
    await one.close();
  }
  const two = await createDeployment(farm, feeds, redisUrl);
  let twoRun;
  try {
    await two.seedSeen(farm.oldLinks());
    const worker = await startWorkerProcess(two.env);
    try {
      twoRun = await checkOnce(two, farm);
    } finally {
      await worker.stop();
    }
  } finally {
    await two.close();
  }
  return {
    oneWorkerSeconds: round(oneRun.run.seconds),
    twoWorkersSeconds: round(twoRun.run.seconds),
    detail: { oneWorker: oneRun.detail, twoWorkers: twoRun.detail, prefixes: [one.prefix, two.prefix] },
  };
}
