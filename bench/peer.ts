import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFarm } from './lib/news-farm.js';
import { runProcess } from './lib/processes.js';

export interface PeerRun {
  version: string;
  firstSeconds: number;
  secondSeconds: number;
  firstPeakRssMB: number | null;
  firstCpuSeconds: number | null;
  secondCpuSeconds: number | null;
  farm: { first: ReturnType<BenchFarm['counts']>; second: ReturnType<BenchFarm['counts']> };
}

/** The urlwatch on PATH ("urlwatch 2.25"), or null when none is installed. */
export function urlwatchVersion(): string | null {
  try {
    return execFileSync('urlwatch', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
  } catch {
    return null;
  }
}

/**
 * urlwatch over the same feed URLs, with its own urls/config/hooks/cache in a temp folder: a first run
 * (every URL new: fetched and stored) and a second (it sends If-None-Match / If-Modified-Since; every
 * feed answers 304). Its default config is written by an untimed `--list` first; its report goes to a
 * discarded stdout.
 */
export async function benchUrlwatch(farm: BenchFarm, feeds: number): Promise<PeerRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-bench-urlwatch-'));
  try {
    const urls = Array.from({ length: feeds }, (_, i) => `name: feed ${i}\nurl: ${farm.feedUrl(i)}\n`).join('---\n');
    writeFileSync(join(dir, 'urls.yaml'), urls);
    writeFileSync(join(dir, 'hooks.py'), '');
    const args = ['--urls', join(dir, 'urls.yaml'), '--config', join(dir, 'urlwatch.yaml'), '--hooks', join(dir, 'hooks.py'), '--cache', join(dir, 'cache.db')];
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C.UTF-8' };
    execFileSync('urlwatch', [...args, '--list'], { env, stdio: 'ignore', timeout: 60_000 });
    farm.resetCounts();
    const first = await runProcess('urlwatch', args, env);
    const firstCounts = farm.counts();
    farm.resetCounts();
    const second = await runProcess('urlwatch', args, env);
    const secondCounts = farm.counts();
    for (const [name, r] of [['first', first], ['second', second]] as const)
      if (r.code !== 0) throw new Error(`urlwatch ${name} run exited ${r.code}: ${r.stderr.slice(-2000)}`);
    return {
      version: urlwatchVersion() ?? 'urlwatch',
      firstSeconds: Math.round(first.seconds * 100) / 100,
      secondSeconds: Math.round(second.seconds * 100) / 100,
      firstPeakRssMB: first.peakRssMB,
      firstCpuSeconds: first.cpuSeconds,
      secondCpuSeconds: second.cpuSeconds,
      farm: { first: firstCounts, second: secondCounts },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
