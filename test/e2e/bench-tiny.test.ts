import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { REDIS_URL } from '../helpers/redis-prefix.js';

const BENCH = fileURLToPath(new URL('../../dist/bench/run.js', import.meta.url));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BENCH, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', REDIS_URL }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function keysUnder(prefixes: string[]): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let n = 0;
    for (const p of prefixes) n += (await redis.keys(`${p}:*`)).length;
    return n;
  } finally {
    redis.disconnect();
  }
}

// `npm run bench` measures; this runs the whole harness at tiny size so it cannot rot. No speed is asserted.
describe('npm run bench --tiny', () => {
  it('prints one JSON object of the documented shape with sane values, and cleans up', async () => {
    const { code, stdout, stderr } = await run(['--tiny']);
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!);
    expect(Object.keys(r).sort()).toEqual(['cycle', 'extraction', 'fanout', 'meta', 'peer', 'scaleOut']);

    expect(Object.keys(r.cycle.first).sort()).toEqual(['articles', 'peakRssMB', 'redisUsedMB', 'seconds', 'sourcesPerSec']);
    expect(Object.keys(r.cycle.second).sort()).toEqual(['peakRssMB', 'seconds', 'sourcesPerSec']);
    // 10 feeds, one new article each; the next cycle reads nothing and every feed answers 304.
    expect(r.cycle.first.articles).toBe(10);
    expect(r.cycle.first.seconds).toBeGreaterThan(0);
    expect(r.cycle.first.sourcesPerSec).toBeGreaterThan(0);
    expect(r.cycle.first.redisUsedMB).toBeGreaterThan(0);
    expect(r.cycle.second.seconds).toBeGreaterThan(0);
    expect(r.meta.cycle.first).toMatchObject({ polled: 10, failed: 0, articlesRead: 10, articlesFailed: 0 });
    expect(r.meta.cycle.second).toMatchObject({ polled: 10, notModified: 10, failed: 0, articlesRead: 0 });
    expect(r.meta.cycle.second.farm).toMatchObject({ feeds304: 10, feeds200: 0, articles: 0 });
    if (process.platform === 'linux') {
      expect(r.cycle.first.peakRssMB).toBeGreaterThan(20);
      expect(r.cycle.second.peakRssMB).toBeGreaterThan(20);
      // A Node process that loads its modules and polls spends well over 0.05 s of CPU.
      expect(r.meta.cycle.first.cpuSeconds).toBeGreaterThan(0.05);
      expect(r.meta.cycle.second.cpuSeconds).toBeGreaterThan(0.05);
    }

    expect(Object.keys(r.extraction)).toEqual(expect.arrayContaining(['articlesPerSec', 'mbPerSec', 'parseOnlyArticlesPerSec', 'ratioToParse']));
    expect(r.extraction.articlesPerSec).toBeGreaterThan(0);
    expect(r.extraction.ratioToParse).toBeGreaterThan(0);

    expect(r.fanout).toEqual({ subscribers: 20, mailsPerSec: expect.any(Number) });
    expect(r.fanout.mailsPerSec).toBeGreaterThan(0);

    expect(Object.keys(r.scaleOut).sort()).toEqual(['oneWorkerSeconds', 'twoWorkersSeconds']);
    expect(r.scaleOut.oneWorkerSeconds).toBeGreaterThan(0);
    expect(r.scaleOut.twoWorkersSeconds).toBeGreaterThan(0);
    expect(r.meta.scaleOut.oneWorker).toMatchObject({ articlesRead: 10, failed: 0 });
    expect(r.meta.scaleOut.twoWorkers).toMatchObject({ articlesRead: 10, failed: 0 });

    expect(r.peer).toBeNull();
    expect(stderr).toMatch(/^peer: skipped/m);
    // Every deployment's prefix is deleted afterwards.
    const prefixes: string[] = [r.meta.cycle.prefix, ...r.meta.scaleOut.prefixes];
    expect(prefixes.every((p) => /^pwbench-[0-9a-f]{8}$/.test(p))).toBe(true);
    expect(await keysUnder(prefixes)).toBe(0);
  }, 180_000);
});
